using Lucene.Net.Search.Similarities;

namespace Integreat.Search.Querying;

/// <summary>
/// BM25, plus a reward for pages that contain more of the question's words: BM25 alone lets one rare word
/// outweigh the rest of a whole-sentence question.
/// </summary>
internal sealed class RankingSimilarity(float k1, float b, float coordinationPower) : BM25Similarity(k1, b)
{
    public override float Coord(int overlap, int maxOverlap) =>
        maxOverlap <= 1 || coordinationPower == 0 ? 1f : MathF.Pow((float)overlap / maxOverlap, coordinationPower);
}

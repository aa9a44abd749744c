using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Integreat.Search.Querying;

/// <summary>
/// BM25, plus a reward for pages that contain more of the question's words: BM25 alone lets one rare word
/// outweigh the rest of a whole-sentence question.
/// </summary>
/// <param name="fieldIdf">
/// Inverse document frequency out of the documents that have the field rather than out of the whole index. The index
/// holds every language, and events and locations next to pages, so against the whole index even a word on every German page looks
/// rare, and common and rare words end up weighing nearly the same.
/// </param>
internal sealed class RankingSimilarity(float k1, float b, float coordinationPower, bool fieldIdf = true, float averageLengthShare = 1f) : BM25Similarity(k1, b)
{
    public override float Coord(int overlap, int maxOverlap) =>
        maxOverlap <= 1 || coordinationPower == 0 ? 1f : MathF.Pow((float)overlap / maxOverlap, coordinationPower);

    public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics termStats)
    {
        var documents = Documents(collectionStats);
        var idf = Idf(termStats.DocFreq, documents);
        return new Explanation(idf, $"idf(docFreq={termStats.DocFreq}, documents={documents})");
    }

    public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics[] termStats)
    {
        var documents = Documents(collectionStats);
        var explanation = new Explanation { Description = "idf(), sum of:" };
        var sum = 0f;
        foreach (var stats in termStats)
        {
            var idf = Idf(stats.DocFreq, documents);
            explanation.AddDetail(new Explanation(idf, $"idf(docFreq={stats.DocFreq}, documents={documents})"));
            sum += idf;
        }

        explanation.Value = sum;
        return explanation;
    }

    /// <summary>
    /// The length BM25 measures a document against: the average length of the field where it occurs, times
    /// <c>averageLengthShare</c>. Below 1 the ranking leans towards pages that speak of the question's words densely
    /// rather than at length; Lucene's own average (divided by every document of the index, whatever its language or
    /// kind) did that by accident, depending on what else the index held.
    /// </summary>
    protected override float AvgFieldLength(CollectionStatistics collectionStats) =>
        collectionStats.SumTotalTermFreq <= 0 ? 1f : (float)(collectionStats.SumTotalTermFreq / (double)Documents(collectionStats)) * averageLengthShare;

    /// <summary>IDF of a term in a field, as this similarity weighs it.</summary>
    public float Idf(CollectionStatistics collectionStats, long docFreq) => Idf(docFreq, Documents(collectionStats));

    /// <summary>
    /// What BM25 needs of a field besides the term: its statistics and the length part of the denominator for each
    /// encoded length. Both depend on the reader only, so a searcher works them out once per field.
    /// </summary>
    public FieldScoring Scoring(CollectionStatistics collectionStats)
    {
        var averageLength = AvgFieldLength(collectionStats);
        var norms = new float[256];
        for (var i = 0; i < norms.Length; i++)
        {
            norms[i] = K1 * ((1 - B) + B * DecodeNormValue((byte)i) / averageLength);
        }

        return new FieldScoring(collectionStats, K1, norms);
    }

    public sealed record FieldScoring(CollectionStatistics Statistics, float K1, float[] LengthNorms);

    /// <summary>The document count IDF is taken out of; -1 (not recorded by the codec) falls back to the index size.</summary>
    private long Documents(CollectionStatistics stats) => fieldIdf && stats.DocCount > 0 ? stats.DocCount : stats.MaxDoc;
}

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Integreat.Search.Querying;

/// <summary>
/// A bonus for candidate pages in which neighbouring question words stand within a few words of each other,
/// scored like a sloppy phrase by the searcher's similarity. Worked out for the candidates only, from their
/// positions in the postings: phrase clauses in the query would score every page containing any question word
/// and look their terms up again.
/// </summary>
internal static class ProximityBonus
{
    /// <summary>Adds each candidate's bonus to its score (<paramref name="scores"/> parallel to <paramref name="candidates"/>).</summary>
    public static void Add(IndexSearcher searcher, QueryPlan plan, string field, IReadOnlyList<ScoreDoc> candidates, float[] scores, RankingOptions options)
    {
        var pairs = Pairs(plan.Sequence);
        if (pairs.Count == 0 || candidates.Count == 0 || options.ProximityBoost <= 0)
        {
            return;
        }

        var terms = pairs.SelectMany(p => new[] { p.First, p.Second }).Distinct(StringComparer.Ordinal).ToArray();
        var similarity = searcher.Similarity;
        var collection = searcher.CollectionStatistics(field);
        var weights = pairs.Select(p =>
        {
            var weight = similarity.ComputeWeight(options.ProximityBoost, collection,
                searcher.TermStatistics(new Term(field, p.First), plan.Lookup.Get(field, p.First)),
                searcher.TermStatistics(new Term(field, p.Second), plan.Lookup.Get(field, p.Second)));
            // BM25 does not normalise queries: what a phrase clause of a top-level query would get.
            weight.Normalize(1f, 1f);
            return weight;
        }).ToArray();

        var leaves = searcher.IndexReader.Leaves;
        var order = Enumerable.Range(0, candidates.Count).OrderBy(i => candidates[i].Doc).ToArray();
        var positions = new int[terms.Length][];
        var start = 0;
        while (start < order.Length)
        {
            var leaf = leaves[ReaderUtil.SubIndex(candidates[order[start]].Doc, leaves)];
            var end = start;
            while (end < order.Length && candidates[order[end]].Doc < leaf.DocBase + leaf.AtomicReader.MaxDoc)
            {
                end++;
            }

            var enums = terms.Select(t => Postings(plan.Lookup, leaf, field, t)).ToArray();
            var scorers = weights.Select(w => similarity.GetSimScorer(w, leaf)).ToArray();
            for (var k = start; k < end; k++)
            {
                var local = candidates[order[k]].Doc - leaf.DocBase;
                for (var t = 0; t < terms.Length; t++)
                {
                    positions[t] = Positions(enums[t], local);
                }

                for (var p = 0; p < pairs.Count; p++)
                {
                    var frequency = SloppyFrequency(
                        positions[Array.IndexOf(terms, pairs[p].First)], positions[Array.IndexOf(terms, pairs[p].Second)], options.ProximitySlop);
                    if (frequency > 0)
                    {
                        scores[order[k]] += scorers[p].Score(local, frequency);
                    }
                }
            }

            start = end;
        }
    }

    /// <summary>
    /// How often the second word follows the first within <paramref name="slop"/> moves, each occurrence counting
    /// 1 / (distance + 1) as in a sloppy phrase.
    /// </summary>
    internal static float SloppyFrequency(int[] first, int[] second, int slop)
    {
        var frequency = 0f;
        var j = 0;
        foreach (var position in first)
        {
            // Both lists are ascending: skip what lies too far before this occurrence.
            while (j < second.Length && second[j] < position + 1 - slop)
            {
                j++;
            }

            var best = int.MaxValue;
            for (var k = j; k < second.Length && second[k] <= position + 1 + slop; k++)
            {
                best = Math.Min(best, Math.Abs(second[k] - (position + 1)));
            }

            if (best <= slop)
            {
                frequency += 1f / (best + 1);
            }
        }

        return frequency;
    }

    private static List<(string First, string Second)> Pairs(IReadOnlyList<string> sequence)
    {
        var pairs = new List<(string, string)>();
        for (var i = 0; i + 1 < sequence.Count; i++)
        {
            if (sequence[i].Length > 0 && sequence[i + 1].Length > 0 && sequence[i] != sequence[i + 1] && !pairs.Contains((sequence[i], sequence[i + 1])))
            {
                pairs.Add((sequence[i], sequence[i + 1]));
            }
        }

        return pairs;
    }

    private static DocsAndPositionsEnum? Postings(TermLookup lookup, AtomicReaderContext leaf, string field, string term)
    {
        var state = lookup.Get(field, term).Get(leaf.Ord);
        var terms = state is null ? null : leaf.AtomicReader.GetTerms(field);
        if (terms is null)
        {
            return null;
        }

        var iterator = terms.GetEnumerator();
        iterator.SeekExact(new BytesRef(term), state);
        return iterator.DocsAndPositions(leaf.AtomicReader.LiveDocs, null, DocsAndPositionsFlags.NONE);
    }

    private static int[] Positions(DocsAndPositionsEnum? postings, int doc)
    {
        if (postings is null)
        {
            return [];
        }

        if (postings.DocID < doc)
        {
            postings.Advance(doc);
        }

        if (postings.DocID != doc)
        {
            return [];
        }

        var positions = new int[postings.Freq];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = postings.NextPosition();
        }

        return positions;
    }
}

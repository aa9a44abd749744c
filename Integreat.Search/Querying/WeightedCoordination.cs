using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Integreat.Search.Querying;

/// <summary>
/// Re-weighs the coordination reward of the candidate pages by what the words they contain are worth. Lucene's
/// coordination counts words: "Müll" and "Deutschland" each make half of "Müll in Deutschland", so a page that only
/// says "Deutschland" (in its title) ties with the one about waste. Here a page gets the share of the question's
/// inverse document frequency it contains instead, the idea of IDF-weighted query-term coverage.
/// </summary>
internal static class WeightedCoordination
{
    /// <summary>
    /// Multiplies each candidate's score by <c>weightShare^power / countShare^countPower</c>: the count-based
    /// coordination Lucene applied (<see cref="RankingSimilarity"/>) is taken out and the weighted one put in.
    /// </summary>
    /// <param name="candidates">Document number → score, changed in place.</param>
    /// <param name="fields">The fields whose postings are still to be read.</param>
    /// <param name="known">Word groups already known to be in each candidate (by document number), from fields read before.</param>
    public static void Apply(IndexReader reader, QueryPlan plan, IReadOnlyList<string> fields, Dictionary<int, float> candidates, float power, float countPower,
        IReadOnlyDictionary<int, bool[]>? known = null)
    {
        var total = plan.TotalWeight;
        if (candidates.Count == 0 || plan.Groups.Count <= 1 || total <= 0)
        {
            return;
        }

        var pages = candidates.Keys.Order().ToArray();
        var matched = Matched(reader, plan, fields, pages, known);
        for (var i = 0; i < pages.Length; i++)
        {
            var (count, weight) = (0, 0f);
            for (var g = 0; g < plan.Groups.Count; g++)
            {
                if (matched[i, g])
                {
                    count++;
                    weight += plan.Groups[g].Weight;
                }
            }

            if (count == 0)
            {
                // Found through a passage or a translation only: nothing of the page itself to weigh.
                continue;
            }

            var countShare = (float)count / plan.Groups.Count;
            candidates[pages[i]] *= MathF.Pow(weight / total, power) / MathF.Pow(countShare, countPower);
        }
    }

    /// <summary>Which word groups (or their synonyms and corrections) each document (ascending numbers) contains in any of the fields.</summary>
    internal static bool[,] Matched(IndexReader reader, QueryPlan plan, IReadOnlyList<string> fields, int[] sortedDocs, IReadOnlyDictionary<int, bool[]>? known = null)
    {
        var matched = new bool[sortedDocs.Length, plan.Groups.Count];
        for (var i = 0; known is not null && i < sortedDocs.Length; i++)
        {
            if (known.TryGetValue(sortedDocs[i], out var groups))
            {
                for (var g = 0; g < groups.Length; g++)
                {
                    matched[i, g] = groups[g];
                }
            }
        }

        foreach (var context in reader.Leaves)
        {
            var leaf = context.AtomicReader;
            var first = LowerBound(sortedDocs, context.DocBase);
            var end = LowerBound(sortedDocs, context.DocBase + leaf.MaxDoc);
            if (first == end)
            {
                continue;
            }

            var docs = sortedDocs[first..end].Select(d => d - context.DocBase).ToArray();
            foreach (var field in fields)
            {
                for (var g = 0; g < plan.Groups.Count; g++)
                {
                    var group = g;
                    foreach (var term in plan.Groups[g].Synonyms.Concat(plan.Groups[g].Corrections).Prepend(plan.Groups[g].Term))
                    {
                        TermMatches.ForEachContaining(plan.Lookup, context, field, term, docs, (k, _) => matched[first + k, group] = true);
                    }
                }
            }
        }

        return matched;
    }

    private static int LowerBound(int[] sorted, int value)
    {
        var index = Array.BinarySearch(sorted, value);
        if (index < 0)
        {
            return ~index;
        }

        while (index > 0 && sorted[index - 1] == value)
        {
            index--;
        }

        return index;
    }
}

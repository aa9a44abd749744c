using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Integreat.Search.Querying;

/// <summary>Looks up, straight in the postings, which question words given documents contain and where.</summary>
/// <remarks>
/// Terms are found through the plan's <see cref="TermLookup"/>, so no term dictionary is searched again, and the walks
/// reuse the thread's enumerators of each segment and field (<see cref="PostingsReuse"/>): in Lucene.Net each new
/// enumerator clones index inputs, which showed as a quarter of a question's time.
/// </remarks>
internal static class TermMatches
{
    /// <summary>The share of the question's coverage weight found in the document's fields (synonyms count for their word).</summary>
    public static float Coverage(IndexReader reader, int docId, QueryPlan plan, params string[] fields)
    {
        var total = plan.TotalCoverageWeight;
        if (total <= 0)
        {
            return 0;
        }

        var (leaf, local) = Leaf(reader, docId);
        var found = 0f;
        foreach (var group in plan.Groups)
        {
            foreach (var field in fields)
            {
                if (group.Synonyms.Concat(group.Corrections).Prepend(group.Term)
                    .Any(term => Contains(plan.Lookup, leaf, local, field, term)))
                {
                    found += group.CoverageWeight;
                    break;
                }
            }
        }

        return found / total;
    }

    /// <summary>
    /// Start offsets of every occurrence of each term in the document's field (indexed with offsets), tagged with
    /// the index of the term's word.
    /// </summary>
    public static void Offsets(TermLookup lookup, IndexReader reader, int docId, string field, IReadOnlyList<(string Term, int Word)> terms, List<(int Start, int Word)> into)
    {
        var (leaf, local) = Leaf(reader, docId);
        foreach (var (term, word) in terms)
        {
            ForEachWithOffsets(lookup, leaf, field, term, [local], (_, found) =>
            {
                for (var i = 0; i < found.Freq; i++)
                {
                    found.NextPosition();
                    if (found.StartOffset >= 0)
                    {
                        into.Add((found.StartOffset, word));
                    }
                }
            });
        }
    }

    /// <summary>
    /// Calls <paramref name="visit"/> with the index of each of <paramref name="docs"/> (ascending numbers within the
    /// segment) that contains the term, the postings positioned on it (documents only, no frequencies).
    /// </summary>
    public static void ForEachContaining(TermLookup lookup, AtomicReaderContext leaf, string field, string term, IReadOnlyList<int> docs, Action<int, DocsEnum> visit)
    {
        if (Seek(lookup, leaf, field, term) is { } enumerators)
        {
            enumerators.Walker = enumerators.Terms!.Docs(leaf.AtomicReader.LiveDocs, enumerators.Walker, DocsFlags.NONE);
            Visit(enumerators.Walker, docs, visit);
        }
    }

    /// <summary>As <see cref="ForEachContaining"/>, with positions and offsets.</summary>
    public static void ForEachWithOffsets(TermLookup lookup, AtomicReaderContext leaf, string field, string term, IReadOnlyList<int> docs, Action<int, DocsAndPositionsEnum> visit)
    {
        if (Seek(lookup, leaf, field, term) is { } enumerators)
        {
            enumerators.PositionsWalker = enumerators.Terms!.DocsAndPositions(leaf.AtomicReader.LiveDocs, enumerators.PositionsWalker, DocsAndPositionsFlags.OFFSETS);
            Visit(enumerators.PositionsWalker, docs, visit);
        }
    }

    /// <summary>The thread's enumerators of the field in this segment, the terms enumerator on the term; null when the segment lacks it.</summary>
    private static PostingsReuse.FieldEnumerators? Seek(TermLookup lookup, AtomicReaderContext leaf, string field, string term)
    {
        var state = lookup.Get(field, term).Get(leaf.Ord);
        if (state is null || PostingsReuse.Of(leaf.AtomicReader, field) is not { Terms: { } iterator } enumerators)
        {
            return null;
        }

        iterator.SeekExact(new BytesRef(term), state);
        return enumerators;
    }

    private static void Visit<TPostings>(TPostings? postings, IReadOnlyList<int> docs, Action<int, TPostings> visit)
        where TPostings : DocsEnum
    {
        for (var k = 0; k < docs.Count && postings is not null; k++)
        {
            if (postings.DocID < docs[k] && postings.Advance(docs[k]) == DocIdSetIterator.NO_MORE_DOCS)
            {
                return;
            }

            if (postings.DocID == docs[k])
            {
                visit(k, postings);
            }
        }
    }

    private static bool Contains(TermLookup lookup, AtomicReaderContext leaf, int local, string field, string term)
    {
        var found = false;
        ForEachContaining(lookup, leaf, field, term, [local], (_, _) => found = true);
        return found;
    }

    private static (AtomicReaderContext Leaf, int Local) Leaf(IndexReader reader, int docId)
    {
        var leaves = reader.Leaves;
        var context = leaves[ReaderUtil.SubIndex(docId, leaves)];
        return (context, docId - context.DocBase);
    }
}

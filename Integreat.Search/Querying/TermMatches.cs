using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Integreat.Search.Querying;

/// <summary>Looks up, straight in the postings, which question words given documents contain and where.</summary>
/// <remarks>
/// Terms are found through the plan's <see cref="TermLookup"/>, so no term dictionary is searched again, and callers
/// reuse one terms enumerator per field and one postings enumerator: in Lucene.Net each new enumerator clones index
/// inputs, which showed as a quarter of a question's time.
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
        var enumerators = new TermsEnum?[fields.Length];
        var postings = new DocsEnum?[fields.Length];
        var found = 0f;
        foreach (var group in plan.Groups)
        {
            for (var f = 0; f < fields.Length; f++)
            {
                if (group.Synonyms.Concat(group.Corrections).Prepend(group.Term)
                    .Any(term => Contains(plan.Lookup, leaf, local, fields[f], term, ref enumerators[f], ref postings[f])))
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
        TermsEnum? iterator = null;
        DocsAndPositionsEnum? postings = null;
        foreach (var (term, word) in terms)
        {
            ForEachContaining(lookup, leaf, field, term, [local], ref iterator, ref postings, OpenWithOffsets(leaf), (_, found) =>
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
    /// segment) that contains the term, the postings positioned on it. The enumerators are made on first use and
    /// reused on the next call, and both must always be of the same field: a postings enumerator reused for a field
    /// indexed with other options (offsets or not) misreads its skip data.
    /// </summary>
    public static void ForEachContaining<TPostings>(
        TermLookup lookup,
        AtomicReaderContext leaf,
        string field,
        string term,
        IReadOnlyList<int> docs,
        ref TermsEnum? iterator,
        ref TPostings? postings,
        Func<TermsEnum, TPostings?, TPostings?> open,
        Action<int, TPostings> visit)
        where TPostings : DocsEnum
    {
        var state = lookup.Get(field, term).Get(leaf.Ord);
        iterator ??= state is null ? null : leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
        if (state is null || iterator is null)
        {
            return;
        }

        iterator.SeekExact(new BytesRef(term), state);
        postings = open(iterator, postings);
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

    /// <summary>Documents only, for whether a term is there.</summary>
    public static Func<TermsEnum, DocsEnum?, DocsEnum?> OpenDocs(AtomicReaderContext leaf) =>
        (iterator, reuse) => iterator.Docs(leaf.AtomicReader.LiveDocs, reuse, DocsFlags.NONE);

    /// <summary>Positions and offsets, for where a term is.</summary>
    public static Func<TermsEnum, DocsAndPositionsEnum?, DocsAndPositionsEnum?> OpenWithOffsets(AtomicReaderContext leaf) =>
        (iterator, reuse) => iterator.DocsAndPositions(leaf.AtomicReader.LiveDocs, reuse, DocsAndPositionsFlags.OFFSETS);

    private static bool Contains(TermLookup lookup, AtomicReaderContext leaf, int local, string field, string term, ref TermsEnum? iterator, ref DocsEnum? postings)
    {
        var found = false;
        ForEachContaining(lookup, leaf, field, term, [local], ref iterator, ref postings, OpenDocs(leaf), (_, _) => found = true);
        return found;
    }

    private static (AtomicReaderContext Leaf, int Local) Leaf(IndexReader reader, int docId)
    {
        var leaves = reader.Leaves;
        var context = leaves[ReaderUtil.SubIndex(docId, leaves)];
        return (context, docId - context.DocBase);
    }
}

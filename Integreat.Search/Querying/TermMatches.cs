using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Integreat.Search.Querying;

/// <summary>Looks up, straight in the postings, which question words one document contains and where.</summary>
/// <remarks>Terms are found through the plan's <see cref="TermLookup"/>, so no term dictionary is searched again.</remarks>
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
        var found = 0f;
        foreach (var group in plan.Groups)
        {
            for (var f = 0; f < fields.Length; f++)
            {
                if (Contains(plan.Lookup, leaf, local, fields[f], ref enumerators[f], group))
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
    /// the index of the term's word; one terms enumerator serves all terms.
    /// </summary>
    public static void Offsets(TermLookup lookup, IndexReader reader, int docId, string field, IReadOnlyList<(string Term, int Word)> terms, List<(int Start, int Word)> into)
    {
        var (leaf, local) = Leaf(reader, docId);
        TermsEnum? iterator = null;
        DocsAndPositionsEnum? postings = null;
        foreach (var (term, word) in terms)
        {
            if (!Seek(lookup, leaf, field, term, ref iterator))
            {
                continue;
            }

            postings = iterator!.DocsAndPositions(leaf.AtomicReader.LiveDocs, postings, DocsAndPositionsFlags.OFFSETS);
            if (postings is null || postings.Advance(local) != local)
            {
                continue;
            }

            for (var i = 0; i < postings.Freq; i++)
            {
                postings.NextPosition();
                if (postings.StartOffset >= 0)
                {
                    into.Add((postings.StartOffset, word));
                }
            }
        }
    }

    private static bool Contains(TermLookup lookup, AtomicReaderContext leaf, int local, string field, ref TermsEnum? iterator, TermGroup group)
    {
        if (ContainsTerm(lookup, leaf, local, field, group.Term, ref iterator))
        {
            return true;
        }

        foreach (var alternative in group.Synonyms.Concat(group.Corrections))
        {
            if (ContainsTerm(lookup, leaf, local, field, alternative, ref iterator))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsTerm(TermLookup lookup, AtomicReaderContext leaf, int local, string field, string term, ref TermsEnum? iterator)
    {
        if (!Seek(lookup, leaf, field, term, ref iterator))
        {
            return false;
        }

        var docs = iterator!.Docs(leaf.AtomicReader.LiveDocs, null, DocsFlags.NONE);
        return docs is not null && docs.Advance(local) == local;
    }

    /// <summary>Positions the enumerator on the term in this segment from its known state; false where the segment lacks it.</summary>
    private static bool Seek(TermLookup lookup, AtomicReaderContext leaf, string field, string term, ref TermsEnum? iterator)
    {
        var state = lookup.Get(field, term).Get(leaf.Ord);
        if (state is null)
        {
            return false;
        }

        if (iterator is null)
        {
            var terms = leaf.AtomicReader.GetTerms(field);
            if (terms is null)
            {
                return false;
            }

            iterator = terms.GetEnumerator();
        }

        iterator.SeekExact(new BytesRef(term), state);
        return true;
    }

    private static (AtomicReaderContext Leaf, int Local) Leaf(IndexReader reader, int docId)
    {
        var leaves = reader.Leaves;
        var context = leaves[ReaderUtil.SubIndex(docId, leaves)];
        return (context, docId - context.DocBase);
    }
}

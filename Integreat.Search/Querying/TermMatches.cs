using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Integreat.Search.Querying;

/// <summary>Looks up, straight in the postings, which question words one document contains and where.</summary>
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
            if (fields.Any(f => Contains(leaf, local, f, group.Term) || group.Synonyms.Concat(group.Corrections).Any(s => Contains(leaf, local, f, s))))
            {
                found += group.CoverageWeight;
            }
        }

        return found / total;
    }

    /// <summary>
    /// Start offsets of every occurrence of each term in the document's field (indexed with offsets), tagged with
    /// the index of the term's word; one terms enumerator serves all terms.
    /// </summary>
    public static void Offsets(IndexReader reader, int docId, string field, IReadOnlyList<(string Term, int Word)> terms, List<(int Start, int Word)> into)
    {
        var (leaf, local) = Leaf(reader, docId);
        var fieldTerms = leaf.GetTerms(field);
        if (fieldTerms is null)
        {
            return;
        }

        var iterator = fieldTerms.GetEnumerator();
        DocsAndPositionsEnum? postings = null;
        foreach (var (term, word) in terms)
        {
            if (!iterator.SeekExact(new BytesRef(term)))
            {
                continue;
            }

            postings = iterator.DocsAndPositions(leaf.LiveDocs, postings, DocsAndPositionsFlags.OFFSETS);
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

    private static bool Contains(AtomicReader leaf, int local, string field, string term)
    {
        var terms = leaf.GetTerms(field);
        if (terms is null)
        {
            return false;
        }

        var iterator = terms.GetEnumerator();
        if (!iterator.SeekExact(new BytesRef(term)))
        {
            return false;
        }

        var docs = iterator.Docs(leaf.LiveDocs, null, DocsFlags.NONE);
        return docs is not null && docs.Advance(local) == local;
    }

    private static (AtomicReader Leaf, int Local) Leaf(IndexReader reader, int docId)
    {
        var leaves = reader.Leaves;
        var context = leaves[ReaderUtil.SubIndex(docId, leaves)];
        return (context.AtomicReader, docId - context.DocBase);
    }
}

using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Integreat.Search.Querying;

/// <summary>
/// The terms and postings enumerators of a thread's questions, handed from one question to the next. In Lucene.Net
/// each new enumerator allocates its decoding buffers and clones its file, and a question opens one per word, field
/// and segment: that was half of what a question allocated, and allocation is what makes the garbage collector pause.
/// </summary>
/// <remarks>
/// A question runs on one thread from start to end, so the enumerators of the thread's previous question are done
/// once the next begins (<see cref="BeginQuestion"/>). Each thread keeps at most <see cref="MaxPooled"/> of live
/// segments; past that enumerators are made afresh, as Lucene would.
/// </remarks>
internal static class PostingsReuse
{
    private const int MaxPooled = 2048;

    [ThreadStatic]
    private static ConditionalWeakTable<AtomicReader, Dictionary<string, FieldEnumerators>>? t_segments;

    [ThreadStatic]
    private static int t_question;

    [ThreadStatic]
    private static int t_pooled;

    [ThreadStatic]
    private static int t_recounted;

    /// <summary>Frees this thread's enumerators of its previous question for reuse.</summary>
    public static void BeginQuestion() => t_question++;

    /// <summary>
    /// The thread's enumerators of a field in a segment, for walks that read one term's postings at a time; null when
    /// the segment lacks the field. Their terms enumerator may be moved by anyone between walks.
    /// </summary>
    public static FieldEnumerators? Of(AtomicReader segment, string field)
    {
        var enumerators = For(segment, field) ?? new FieldEnumerators();
        enumerators.Terms ??= segment.GetTerms(field)?.GetEnumerator();
        return enumerators.Terms is null ? null : enumerators;
    }

    /// <summary>
    /// Postings (with frequencies) of a term whose dictionary entry in this segment is known, for a scorer: each
    /// call this question gets its own enumerator.
    /// </summary>
    public static DocsEnum? Docs(AtomicReader segment, string field, BytesRef term, TermState state, IBits? acceptDocs)
    {
        var enumerators = For(segment, field);
        if (enumerators is null)
        {
            var fresh = segment.GetTerms(field)?.GetEnumerator();
            if (fresh is null)
            {
                return null;
            }

            fresh.SeekExact(term, state);
            return fresh.Docs(acceptDocs, null, DocsFlags.FREQS);
        }

        if (enumerators.Question != t_question)
        {
            enumerators.Question = t_question;
            enumerators.Used = 0;
        }

        enumerators.Terms ??= segment.GetTerms(field)?.GetEnumerator();
        if (enumerators.Terms is null)
        {
            return null;
        }

        // The terms enumerator is only a way to the postings: the postings enumerator keeps nothing of it.
        enumerators.Terms.SeekExact(term, state);
        var reuse = enumerators.Used < enumerators.Docs.Count ? enumerators.Docs[enumerators.Used] : null;
        var docs = enumerators.Terms.Docs(acceptDocs, reuse, DocsFlags.FREQS);
        if (reuse is not null)
        {
            enumerators.Docs[enumerators.Used++] = docs;
        }
        else if (HasRoom())
        {
            t_pooled++;
            enumerators.Docs.Add(docs);
            enumerators.Used++;
        }

        return docs;
    }

    private static FieldEnumerators? For(AtomicReader segment, string field)
    {
        var fields = (t_segments ??= new()).GetValue(segment, static _ => new Dictionary<string, FieldEnumerators>(StringComparer.Ordinal));
        if (fields.TryGetValue(field, out var enumerators))
        {
            return enumerators;
        }

        if (!HasRoom())
        {
            return null;
        }

        t_pooled++;
        enumerators = new FieldEnumerators();
        fields.Add(field, enumerators);
        return enumerators;
    }

    private static bool HasRoom()
    {
        if (t_pooled < MaxPooled)
        {
            return true;
        }

        // The enumerators of segments no longer searched (merged away, reindexed) went with their readers: count the
        // live ones again, at most once a question, so a long-running server keeps reusing.
        if (t_recounted == t_question || t_segments is null)
        {
            return false;
        }

        t_recounted = t_question;
        t_pooled = 0;
        foreach (var (_, fields) in t_segments)
        {
            foreach (var enumerators in fields.Values)
            {
                t_pooled += 1 + enumerators.Docs.Count;
            }
        }

        return t_pooled < MaxPooled;
    }

    internal sealed class FieldEnumerators
    {
        public TermsEnum? Terms;

        /// <summary>Postings walked one term after another (<see cref="TermMatches"/>), documents only.</summary>
        public DocsEnum? Walker;

        /// <summary>As <see cref="Walker"/>, with positions and offsets: a separate enumerator, as Lucene reuses only its own kind.</summary>
        public DocsAndPositionsEnum? PositionsWalker;

        /// <summary>The scorers' postings: those of this question are the first <see cref="Used"/>.</summary>
        public readonly List<DocsEnum> Docs = [];
        public int Question;
        public int Used;
    }
}

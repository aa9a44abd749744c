using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Integreat.Search.Querying;

/// <summary>
/// The term dictionary of one reader, looked up once and kept. A question's words are needed by the plan
/// (document frequencies), the page, passage and fallback queries and the coverage check, and the same words recur
/// across questions; every fresh lookup seeks the term dictionary of every segment. Readers never change, so an
/// entry never goes stale.
/// </summary>
internal sealed class TermLookup
{
    /// <summary>Enough for the vocabulary people use; beyond it (random input) terms are looked up each time.</summary>
    private const int MaxEntries = 200_000;

    private static readonly ConditionalWeakTable<IndexReader, TermLookup> PerReader = new();

    private readonly IndexReader _reader;
    private readonly BoundedCache<TermContext> _terms = new(MaxEntries);
    private readonly BoundedCache<string[]> _corrections = new(MaxEntries / 2);

    private TermLookup(IndexReader reader) => _reader = reader;

    public static TermLookup For(IndexReader reader) => PerReader.GetValue(reader, r => new TermLookup(r));

    /// <summary>Where the term sits in each segment (no entry where a segment lacks it).</summary>
    public TermContext Get(string field, string text) =>
        _terms.GetOrAdd(field, text, static (lookup, field, text) => TermContext.Build(lookup._reader.Context, new Term(field, text)), this);

    public int DocFreq(string field, string text) => Get(field, text).DocFreq;

    /// <summary>A term query that skips the dictionary lookup when it is weighted.</summary>
    public Query Query(string field, string text, float boost) => new LookedUpTermQuery(new Term(field, text), Get(field, text)) { Boost = boost };

    /// <summary>
    /// The closest indexed words to a word the index does not know (a fuzzy query rewritten against the field),
    /// worked out once rather than once per field and query.
    /// </summary>
    public string[] Corrections(string field, string text) =>
        _corrections.GetOrAdd(field, text, static (lookup, field, text) =>
        {
            // Two edits cost an order of magnitude more to look up than one and bring in more noise than answers.
            const int edits = 1;
            var fuzzy = new FuzzyQuery(new Term(field, text), edits, prefixLength: 1, maxExpansions: 4, transpositions: true);
            return fuzzy.Rewrite(lookup._reader) is BooleanQuery expanded
                ? expanded.Clauses.Select(c => c.Query).OfType<TermQuery>().Select(q => q.Term.Text).ToArray()
                : [];
        }, this);

    private sealed class BoundedCache<T>(int capacity)
    {
        private readonly ConcurrentDictionary<(string Field, string Text), T> _entries = new();

        // ConcurrentDictionary.Count takes every lock of the dictionary: too dear on each lookup.
        private int _count;

        public T GetOrAdd(string field, string text, Func<TermLookup, string, string, T> create, TermLookup lookup)
        {
            if (_entries.TryGetValue((field, text), out var known))
            {
                return known;
            }

            var value = create(lookup, field, text);
            if (Volatile.Read(ref _count) < capacity && _entries.TryAdd((field, text), value))
            {
                Interlocked.Increment(ref _count);
            }

            return value;
        }
    }
}

using System.Collections.Concurrent;
using Integreat.Search.Analysis;
using Integreat.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Integreat.Search.Querying;

/// <summary>One word of the question as the index knows it, with what else may stand for it.</summary>
/// <param name="Weight">Its inverse document frequency in the body field: how much finding it says.</param>
/// <param name="Corrections">For a word the index does not know: indexed words one or two typos away.</param>
internal sealed record TermGroup(string Term, int Position, IReadOnlyList<string> Synonyms, IReadOnlyList<string> Corrections, float Weight)
{
    /// <summary>
    /// Its weight for the no-answer signal: IDF out of the whole index, as <see cref="RankingOptions.ConfidenceCoverage"/>
    /// was calibrated. Out of a small region's own pages (the demo region: a few pages a language) a word on three
    /// pages of five weighs next to nothing, and one unknown word would make every answer look unconfident.
    /// </summary>
    public float CoverageWeight { get; init; } = Weight;

    public bool IsUnknown => Corrections.Count > 0;
}

/// <summary>A question analysed for one language: its words in order, ready to be turned into queries.</summary>
internal sealed class QueryPlan
{
    private static readonly ConcurrentDictionary<(IndexAnalyzer, string), Dictionary<string, string[]>> SynonymCache = new();

    /// <summary>Per reader (readers never change): the corrections found for unknown words, which recur across questions.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IndexReader, ConcurrentDictionary<(string, string), string[]>> CorrectionCache = new();

    private QueryPlan(string language, List<TermGroup> groups, List<string> sequence)
    {
        Language = language;
        Groups = groups;
        Sequence = sequence;
    }

    public string Language { get; }

    public IReadOnlyList<TermGroup> Groups { get; }

    /// <summary>The first term at each position, in order: the pairs that should stand close together.</summary>
    public IReadOnlyList<string> Sequence { get; }

    public bool IsEmpty => Groups.Count == 0;

    public float TotalWeight => Groups.Sum(g => g.Weight);

    public float TotalCoverageWeight => Groups.Sum(g => g.CoverageWeight);

    /// <summary>Longer input is cut: a question is a few sentences, and every word costs a clause (Lucene allows 1,024).</summary>
    public const int MaxQueryLength = 1000;

    /// <summary>At most this many distinct words take part, whatever the input.</summary>
    public const int MaxTermGroups = 64;

    public static QueryPlan Create(IndexAnalyzer analyzer, IndexReader reader, string language, string text, RankingOptions options)
    {
        var terms = analyzer.Terms(language, text.Length > MaxQueryLength ? text[..MaxQueryLength] : text);
        var synonyms = options.UseSynonyms ? SynonymsOf(analyzer, language) : null;
        var body = IndexSchema.Body(language);
        var title = IndexSchema.Title(language);
        // Out of the documents with a body in this language, like the ranking's IDF (RankingSimilarity).
        var documents = Math.Max(1, options.FieldIdf ? reader.GetDocCount(body) : reader.MaxDoc);
        var groups = new List<TermGroup>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sequence = new List<string>();
        var lastPosition = -1;
        foreach (var (term, position) in terms)
        {
            var frequency = reader.DocFreq(new Term(body, term));
            if (position != lastPosition)
            {
                // Only words the body has can stand close together in it.
                sequence.Add(frequency > 0 ? term : "");
                lastPosition = position;
            }

            if (groups.Count >= MaxTermGroups)
            {
                break;
            }

            if (!seen.Add(term))
            {
                continue;
            }

            var unknown = frequency == 0 && reader.DocFreq(new Term(title, term)) == 0;
            // A compound whose parts are known needs no correction: the parts (same position) already match.
            var partsKnown = terms.Any(t => t.Position == position && t.Term != term && reader.DocFreq(new Term(body, t.Term)) > 0);
            var fuzzy = options.UseFuzzy && unknown && !partsKnown && term.Length >= options.FuzzyMinLength;
            // Unknown words weigh like rare ones: they are most likely names or typos of something specific.
            var weight = Idf(frequency, documents);
            var alternatives = synonyms is not null && synonyms.TryGetValue(term, out var s) ? s : [];
            groups.Add(new TermGroup(term, position, alternatives, fuzzy ? Corrections(reader, body, term) : [], weight)
            {
                CoverageWeight = Idf(frequency, Math.Max(1, reader.MaxDoc)),
            });
        }

        return new QueryPlan(language, groups, sequence);
    }

    private static float Idf(int frequency, int documents) => (float)Math.Log(1 + (documents - frequency + 0.5) / (frequency + 0.5));

    /// <summary>Builds the disjunction of every question word over the given fields (one clause per word, so coordination counts words).</summary>
    public Query WordsQuery(IReadOnlyList<(string Field, float Boost)> fields, RankingOptions options)
    {
        var words = new BooleanQuery(disableCoord: false);
        foreach (var group in Groups)
        {
            var any = new DisjunctionMaxQuery(options.FieldTieBreaker);
            foreach (var (field, boost) in fields)
            {
                any.Add(new TermQuery(new Term(field, group.Term)) { Boost = boost });
                foreach (var synonym in group.Synonyms)
                {
                    any.Add(new TermQuery(new Term(field, synonym)) { Boost = boost * options.SynonymWeight });
                }

                foreach (var correction in group.Corrections)
                {
                    any.Add(new TermQuery(new Term(field, correction)) { Boost = boost * options.FuzzyWeight });
                }
            }

            words.Add(any, Occur.SHOULD);
        }

        return words;
    }

    /// <summary>Neighbouring question words near each other in the field: a bonus for pages that use the question's phrases.</summary>
    public IEnumerable<Query> ProximityQueries(string field, RankingOptions options)
    {
        for (var i = 0; i + 1 < Sequence.Count; i++)
        {
            if (Sequence[i].Length == 0 || Sequence[i + 1].Length == 0 || Sequence[i] == Sequence[i + 1])
            {
                continue;
            }

            var phrase = new PhraseQuery { Slop = options.ProximitySlop, Boost = options.ProximityBoost };
            phrase.Add(new Term(field, Sequence[i]), 0);
            phrase.Add(new Term(field, Sequence[i + 1]), 1);
            yield return phrase;
        }
    }

    /// <summary>
    /// The closest indexed words to a word the index does not know, worked out once per question (a fuzzy query
    /// rewritten against the body field) rather than once per field and query.
    /// </summary>
    private static string[] Corrections(IndexReader reader, string field, string term)
    {
        var cache = CorrectionCache.GetValue(reader, _ => new ConcurrentDictionary<(string, string), string[]>());
        if (cache.TryGetValue((field, term), out var known))
        {
            return known;
        }

        // Two edits cost an order of magnitude more to look up than one and bring in more noise than answers.
        const int edits = 1;
        var fuzzy = new FuzzyQuery(new Term(field, term), edits, prefixLength: 1, maxExpansions: 4, transpositions: true);
        var corrections = fuzzy.Rewrite(reader) is BooleanQuery expanded
            ? expanded.Clauses.Select(c => c.Query).OfType<TermQuery>().Select(q => q.Term.Text).ToArray()
            : [];
        if (cache.Count < 100_000)
        {
            cache[(field, term)] = corrections;
        }

        return corrections;
    }

    /// <summary>Each synonym group analysed like the text, so that lookup is by indexed term.</summary>
    private static Dictionary<string, string[]>? SynonymsOf(IndexAnalyzer analyzer, string language)
    {
        var key = LanguageAnalyzers.BaseLanguage(language);
        if (!Synonyms.Groups.ContainsKey(key))
        {
            return null;
        }

        return SynonymCache.GetOrAdd((analyzer, key), k =>
        {
            var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var group in Synonyms.Groups[k.Item2])
            {
                var analysed = group
                    .Select(word => analyzer.Terms(language, word).Select(t => t.Term).FirstOrDefault())
                    .OfType<string>()
                    .Distinct(StringComparer.Ordinal)
                    .ToArray();
                foreach (var term in analysed)
                {
                    var others = analysed.Where(t => t != term);
                    map[term] = map.TryGetValue(term, out var existing) ? existing.Union(others).ToArray() : others.ToArray();
                }
            }

            return map;
        });
    }
}

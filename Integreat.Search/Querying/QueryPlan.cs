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

    /// <summary>How much the word counts against the others: below 1 for the words of asking (<see cref="StopWords.Weak"/>).</summary>
    public float Emphasis { get; init; } = 1f;
}

/// <summary>A question analysed for one language: its words in order, ready to be turned into queries.</summary>
internal sealed class QueryPlan
{
    private static readonly ConcurrentDictionary<(IndexAnalyzer, string), Dictionary<string, string[]>> SynonymCache = new();
    private static readonly ConcurrentDictionary<(IndexAnalyzer, string), HashSet<string>> WeakCache = new();

    private QueryPlan(TermLookup lookup, string language, List<TermGroup> groups, List<string> sequence)
    {
        Lookup = lookup;
        Language = language;
        Groups = groups;
        Sequence = sequence;
    }

    /// <summary>The term dictionary of the reader the plan was made for; its queries must run on that reader.</summary>
    public TermLookup Lookup { get; }

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
        var weak = options.WeakWordWeight < 1f ? WeakOf(analyzer, language) : null;
        var body = IndexSchema.Body(language);
        var title = IndexSchema.Title(language);
        var lookup = TermLookup.For(reader);
        // Out of the documents with a body in this language, like the ranking's IDF (RankingSimilarity).
        var documents = Math.Max(1, options.FieldIdf ? reader.GetDocCount(body) : reader.MaxDoc);
        var groups = new List<TermGroup>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sequence = new List<string>();
        var lastPosition = -1;
        foreach (var (term, position) in terms)
        {
            var frequency = lookup.DocFreq(body, term);
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

            var unknown = frequency == 0 && lookup.DocFreq(title, term) == 0;
            // A compound whose parts are known needs no correction: the parts (same position) already match.
            var partsKnown = terms.Any(t => t.Position == position && t.Term != term && lookup.DocFreq(body, t.Term) > 0);
            var fuzzy = options.UseFuzzy && unknown && !partsKnown && term.Length >= options.FuzzyMinLength;
            // Unknown words weigh like rare ones: they are most likely names or typos of something specific.
            var emphasis = weak is not null && weak.Contains(term) ? options.WeakWordWeight : 1f;
            var weight = Idf(frequency, documents) * emphasis;
            IReadOnlyList<string> alternatives = synonyms is not null && synonyms.TryGetValue(term, out var s) ? s : [];
            if (options.UseProclitics && LanguageAnalyzers.BaseLanguage(language) == "ar" && ArabicProclitics.WithoutProclitic(lookup, body, term, frequency) is { } rest)
            {
                // The word weighs what the more frequent form it most likely is says, not what its rare spelling does.
                alternatives = [.. alternatives, rest];
                weight = Idf(lookup.DocFreq(body, rest), documents) * emphasis;
            }

            groups.Add(new TermGroup(term, position, alternatives, fuzzy ? lookup.Corrections(body, term) : [], weight)
            {
                CoverageWeight = Idf(frequency, Math.Max(1, reader.MaxDoc)),
                Emphasis = emphasis,
            });
        }

        return new QueryPlan(lookup, language, groups, sequence);
    }

    private static float Idf(int frequency, int documents) => (float)Math.Log(1 + (documents - frequency + 0.5) / (frequency + 0.5));

    /// <summary>Builds the disjunction of every question word over the given fields (one clause per word, so coordination counts words).</summary>
    public Query WordsQuery(IReadOnlyList<(string Field, float Boost)> fields, RankingOptions options)
    {
        var words = new BooleanQuery(disableCoord: false);
        foreach (var group in Groups)
        {
            var any = new DisjunctionMaxQuery(options.FieldTieBreaker) { Boost = group.Emphasis };
            foreach (var (field, boost) in fields)
            {
                any.Add(Lookup.Query(field, group.Term, boost));
                foreach (var synonym in group.Synonyms)
                {
                    any.Add(Lookup.Query(field, synonym, boost * options.SynonymWeight));
                }

                foreach (var correction in group.Corrections)
                {
                    any.Add(Lookup.Query(field, correction, boost * options.FuzzyWeight));
                }
            }

            words.Add(any, Occur.SHOULD);
        }

        return words;
    }

    /// <summary>The language's words of asking (<see cref="StopWords.Weak"/>) analysed like the text; null when it has none.</summary>
    private static HashSet<string>? WeakOf(IndexAnalyzer analyzer, string language)
    {
        var key = LanguageAnalyzers.BaseLanguage(language);
        if (!StopWords.Weak.TryGetValue(key, out var words))
        {
            return null;
        }

        return WeakCache.GetOrAdd((analyzer, key), _ =>
            analyzer.Terms(language, words).Select(t => t.Term).ToHashSet(StringComparer.Ordinal));
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

using System.Collections.Concurrent;
using Integreat.Search.Analysis;
using Integreat.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Integreat.Search.Querying;

/// <summary>One word of the question as the index knows it, with what else may stand for it.</summary>
/// <param name="Weight">Its inverse document frequency in the body field: how much finding it says.</param>
internal sealed record TermGroup(string Term, int Position, IReadOnlyList<string> Synonyms, bool Fuzzy, float Weight);

/// <summary>A question analysed for one language: its words in order, ready to be turned into queries.</summary>
internal sealed class QueryPlan
{
    private static readonly ConcurrentDictionary<(IndexAnalyzer, string), Dictionary<string, string[]>> SynonymCache = new();

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

    public static QueryPlan Create(IndexAnalyzer analyzer, IndexReader reader, string language, string text, RankingOptions options)
    {
        var terms = analyzer.Terms(language, text);
        var synonyms = options.UseSynonyms ? SynonymsOf(analyzer, language) : null;
        var body = IndexSchema.Body(language);
        var title = IndexSchema.Title(language);
        var documents = Math.Max(1, reader.MaxDoc);
        var groups = new List<TermGroup>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sequence = new List<string>();
        var lastPosition = -1;
        foreach (var (term, position) in terms)
        {
            if (position != lastPosition)
            {
                sequence.Add(term);
                lastPosition = position;
            }

            if (!seen.Add(term))
            {
                continue;
            }

            var frequency = reader.DocFreq(new Term(body, term));
            var unknown = frequency == 0 && reader.DocFreq(new Term(title, term)) == 0;
            var fuzzy = options.UseFuzzy && unknown && term.Length >= options.FuzzyMinLength;
            // Unknown words weigh like rare ones: they are most likely names or typos of something specific.
            var weight = (float)Math.Log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
            var alternatives = synonyms is not null && synonyms.TryGetValue(term, out var s) ? s : [];
            groups.Add(new TermGroup(term, position, alternatives, fuzzy, weight));
        }

        return new QueryPlan(language, groups, sequence);
    }

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

                if (group.Fuzzy)
                {
                    var edits = group.Term.Length >= 8 ? 2 : 1;
                    any.Add(new FuzzyQuery(new Term(field, group.Term), edits, prefixLength: 1, maxExpansions: 8, transpositions: true)
                    {
                        Boost = boost * options.FuzzyWeight,
                    });
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
            if (Sequence[i] == Sequence[i + 1])
            {
                continue;
            }

            var phrase = new PhraseQuery { Slop = options.ProximitySlop, Boost = options.ProximityBoost };
            phrase.Add(new Term(field, Sequence[i]), 0);
            phrase.Add(new Term(field, Sequence[i + 1]), 1);
            yield return phrase;
        }
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

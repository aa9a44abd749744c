using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Integreat.Search.Analysis;

/// <summary>
/// Picks each field's analyzer from the language its name ends with (<c>body.de</c>, <c>title.uk</c>), so that one
/// index holds every language of every region.
/// </summary>
internal sealed class IndexAnalyzer : AnalyzerWrapper
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Analyzer> _byLanguage = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Analyzer> _gramsByLanguage = new(StringComparer.Ordinal);
    private readonly Analyzer _keyword = new Lucene.Net.Analysis.Core.KeywordAnalyzer();

    public IndexAnalyzer(CharArraySet compounds)
        : base(PER_FIELD_REUSE_STRATEGY)
    {
        Compounds = compounds;
    }

    /// <summary>The German compound word list; shared by reference, so words added later take effect.</summary>
    public CharArraySet Compounds { get; }

    public Analyzer For(string language)
    {
        var key = language.ToLowerInvariant();
        // Read without the lock: indexing threads ask for every field of every document.
        if (_byLanguage.TryGetValue(key, out var analyzer))
        {
            return analyzer;
        }

        lock (_lock)
        {
            return _byLanguage.GetOrAdd(key, k => LanguageAnalyzers.Create(k, Compounds));
        }
    }

    /// <summary>The analyzer of a language's letter-sequence fields.</summary>
    public Analyzer GramsFor(string language)
    {
        var key = language.ToLowerInvariant();
        lock (_lock)
        {
            if (!_gramsByLanguage.TryGetValue(key, out var analyzer))
            {
                analyzer = LanguageAnalyzers.CharacterGrams(key, Indexing.IndexSchema.GramLength);
                _gramsByLanguage[key] = analyzer;
            }

            return analyzer;
        }
    }

    protected override Analyzer GetWrappedAnalyzer(string fieldName)
    {
        var dot = fieldName.LastIndexOf('.');
        if (dot < 0)
        {
            return _keyword;
        }

        var language = fieldName[(dot + 1)..];
        return fieldName.StartsWith(Indexing.IndexSchema.GramsPrefix, StringComparison.Ordinal) ? GramsFor(language) : For(language);
    }

    /// <summary>The analysed terms of a text with their positions, in order.</summary>
    public List<(string Term, int Position)> Terms(string language, string text) => Analyze(For(language), "q", text);

    public static List<(string Term, int Position)> Analyze(Analyzer analyzer, string field, string text)
    {
        var result = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var increment = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            result.Add((term.ToString(), position));
        }

        stream.End();
        return result;
    }

    public static CharArraySet NewWordSet() => new(LuceneVersion.LUCENE_48, 1024, ignoreCase: true);
}

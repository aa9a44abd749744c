using System.Text.RegularExpressions;
using Integreat.Content.Model;
using Integreat.Content.Store;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Pattern;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Integreat.Search.Bench;

/// <summary>
/// The two reference points of docs/benchmarks.md: the Integreat app's MiniSearch setup (title ×2, fuzzy 0.25,
/// prefix, every word required) and a stock Lucene setup (each language's stock analyzer, BM25, title ×2, any word).
/// </summary>
internal sealed class Baseline : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly RAMDirectory _directory = new();
    private readonly bool _miniSearch;
    private readonly Dictionary<string, Analyzer> _analyzers = [];
    private readonly IndexSearcher _searcher;
    private readonly DirectoryReader _reader;

    public Baseline(IContentStore store, bool miniSearch)
    {
        _miniSearch = miniSearch;
        var wrapper = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), null);
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(Version, new KeywordAnalyzer()) { Similarity = new BM25Similarity() }))
        {
            foreach (var version in store.GetVersions())
            {
                var content = store.GetContent(version.Region, version.Language)!;
                var analyzer = AnalyzerFor(version.Language);
                var perField = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), new Dictionary<string, Analyzer> { ["title"] = analyzer, ["body"] = analyzer });
                foreach (var page in content.Pages)
                {
                    var document = new Document
                    {
                        new StringField("scope", version.Region + "|" + version.Language, Field.Store.NO),
                        new StoredField("id", page.Id),
                        new TextField("title", page.Title, Field.Store.NO),
                        new TextField("body", PlainText(page.ContentHtml), Field.Store.NO),
                    };
                    writer.AddDocument(document, perField);
                }
            }
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public IReadOnlyList<int> Rank(string region, string language, string question)
    {
        var analyzer = AnalyzerFor(language);
        var terms = Tokens(analyzer, question).Distinct().ToList();
        if (terms.Count == 0)
        {
            return [];
        }

        var words = new BooleanQuery();
        foreach (var term in terms)
        {
            var any = new BooleanQuery();
            foreach (var (field, boost) in new[] { ("title", 2f), ("body", 1f) })
            {
                any.Add(new TermQuery(new Term(field, term)) { Boost = boost }, Occur.SHOULD);
                if (_miniSearch)
                {
                    any.Add(new PrefixQuery(new Term(field, term)) { Boost = boost * 0.375f }, Occur.SHOULD);
                    var edits = Math.Min(2, (int)Math.Round(term.Length * 0.25));
                    if (edits > 0)
                    {
                        any.Add(new FuzzyQuery(new Term(field, term), edits, 0, 20, true) { Boost = boost * 0.45f }, Occur.SHOULD);
                    }
                }
            }

            words.Add(any, _miniSearch ? Occur.MUST : Occur.SHOULD);
        }

        var query = new BooleanQuery
        {
            { new TermQuery(new Term("scope", region + "|" + language)), Occur.MUST },
            { words, Occur.MUST },
        };
        return _searcher.Search(query, 10).ScoreDocs.Select(d => _searcher.Doc(d.Doc).GetField("id").GetInt32Value() ?? 0).ToList();
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    private Analyzer AnalyzerFor(string language)
    {
        if (!_analyzers.TryGetValue(language, out var analyzer))
        {
            analyzer = _miniSearch
                ? new MiniSearchAnalyzer()
                : language switch
                {
                    "de" => new GermanAnalyzer(Version),
                    "en" => new EnglishAnalyzer(Version),
                    "fr" => new FrenchAnalyzer(Version),
                    "ar" => new ArabicAnalyzer(Version),
                    _ => new StandardAnalyzer(Version),
                };
            _analyzers[language] = analyzer;
        }

        return analyzer;
    }

    private static IEnumerable<string> Tokens(Analyzer analyzer, string text)
    {
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        var list = new List<string>();
        while (stream.IncrementToken())
        {
            list.Add(term.ToString());
        }

        stream.End();
        return list;
    }

    private static string PlainText(string html) => Regex.Replace(System.Net.WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", " ")), @"\s+", " ");

    /// <summary>MiniSearch's default: split at spaces and punctuation, lower-case.</summary>
    private sealed class MiniSearchAnalyzer : Analyzer
    {
        private static readonly Regex Split = new(@"[\n\r\p{Z}\p{P}]+", RegexOptions.Compiled);

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new PatternTokenizer(reader, Split, -1);
            return new TokenStreamComponents(source, new LowerCaseFilter(Version, source));
        }
    }
}

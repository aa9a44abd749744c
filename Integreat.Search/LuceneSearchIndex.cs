using Integreat.Content.Store;
using Integreat.Content.Text;
using Integreat.Search.Analysis;
using Integreat.Search.Indexing;
using Integreat.Search.Querying;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Integreat.Search;

/// <summary>
/// The search index: one Lucene index in a directory holding every region and language, kept in step with the
/// content store by <see cref="Synchronize"/> and searched through near-real-time searchers, so searching goes on
/// while content is reindexed.
/// </summary>
public sealed class LuceneSearchIndex : ISearchIndex, ISearchIndexer, IDisposable
{
    private const string CompoundsFile = "compounds.txt";

    private readonly LuceneDirectory _directory;
    private readonly string? _path;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly System.Threading.Lock _writeLock = new();
    private readonly PageSearcher _pages;
    private volatile IndexAnalyzer _analyzer;

    private LuceneSearchIndex(LuceneDirectory directory, string? path, TimeProvider timeProvider, RankingOptions options)
    {
        _directory = directory;
        _path = path;
        Options = options;
        _analyzer = new IndexAnalyzer(LoadCompounds(path));
        var similarity = new RankingSimilarity(options.K1, options.B, options.CoordinationPower, options.FieldIdf, options.AverageLengthShare);
        var current = DirectoryReader.IndexExists(directory) ? CommittedSchema(directory) : null;
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzer)
        {
            // An index written with other analysis is useless: start over, Synchronize fills it again.
            OpenMode = current == IndexSchema.Version ? OpenMode.CREATE_OR_APPEND : OpenMode.CREATE,
            Similarity = similarity,
            RAMBufferSizeMB = 64,
        };
        _writer = new IndexWriter(directory, config);
        if (current != IndexSchema.Version)
        {
            Commit();
        }

        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new RankingSearcherFactory(similarity));
        _pages = new PageSearcher(options, timeProvider);
    }

    /// <summary>The ranking weights in use.</summary>
    public RankingOptions Options { get; }

    /// <summary>Opens (or creates) the index in a directory; an index of an older schema is emptied and refilled by the next <see cref="Synchronize"/>.</summary>
    public static LuceneSearchIndex Open(string indexDirectory, TimeProvider? timeProvider = null, RankingOptions? options = null)
    {
        System.IO.Directory.CreateDirectory(indexDirectory);
        return new LuceneSearchIndex(FSDirectory.Open(indexDirectory), indexDirectory, timeProvider ?? TimeProvider.System, options ?? new RankingOptions());
    }

    /// <summary>An index in memory, for tests and tools.</summary>
    public static LuceneSearchIndex InMemory(TimeProvider? timeProvider = null, RankingOptions? options = null) =>
        new(new RAMDirectory(), null, timeProvider ?? TimeProvider.System, options ?? new RankingOptions());

    public SearchResults Search(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var searcher = _searchers.Acquire();
        try
        {
            return _pages.Search(searcher, _analyzer, query);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public IReadOnlyList<ContentVersion> Synchronize(IContentStore store, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        lock (_writeLock)
        {
            var indexed = IndexedHashes();
            var wanted = store.GetVersions();
            var changed = wanted
                .Where(v => !indexed.TryGetValue(IndexSchema.UnitOf(v.Region, v.Language), out var hash) || hash != v.Hash)
                .ToList();

            ExtendCompounds(store, changed);

            foreach (var version in changed)
            {
                var content = store.GetContent(version.Region, version.Language);
                var unit = IndexSchema.UnitOf(version.Region, version.Language);
                _writer.DeleteDocuments(new Term(IndexSchema.Unit, unit));
                if (content is null)
                {
                    continue;
                }

                foreach (var document in DocumentBuilder.Build(content, version.Hash))
                {
                    _writer.AddDocument(document, _analyzer);
                }

                progress?.Report($"indexed {version.Region}/{version.Language}: {content.Pages.Count} pages, {content.Events.Count} events, {content.Locations.Count} locations");
            }

            var stillThere = wanted.Select(v => IndexSchema.UnitOf(v.Region, v.Language)).ToHashSet(StringComparer.Ordinal);
            foreach (var unit in indexed.Keys.Where(u => !stillThere.Contains(u)))
            {
                _writer.DeleteDocuments(new Term(IndexSchema.Unit, unit));
                progress?.Report($"removed {unit.Replace('|', '/')}");
            }

            Commit();
            _searchers.MaybeRefreshBlocking();
            return changed;
        }
    }

    /// <summary>The content hash recorded in the index for each region/language ("region|language").</summary>
    internal Dictionary<string, string> IndexedHashes()
    {
        _searchers.MaybeRefreshBlocking();
        var searcher = _searchers.Acquire();
        try
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            var hits = searcher.Search(new PrefixQuery(new Term(IndexSchema.Scope, IndexSchema.MetaKind + "|")), int.MaxValue / 2);
            foreach (var hit in hits.ScoreDocs)
            {
                var document = searcher.Doc(hit.Doc);
                result[document.Get(IndexSchema.Unit)] = document.Get(IndexSchema.Hash);
            }

            return result;
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
    }

    private void Commit()
    {
        _writer.SetCommitData(new Dictionary<string, string> { [IndexSchema.VersionKey] = IndexSchema.Version });
        _writer.Commit();
    }

    /// <summary>
    /// Adds the vocabulary of the German content about to be indexed to the compound word list. The list only grows,
    /// so pages indexed earlier stay split the way queries split them.
    /// </summary>
    private void ExtendCompounds(IContentStore store, IEnumerable<ContentVersion> changed)
    {
        var texts = changed
            .Where(v => LanguageAnalyzers.BaseLanguage(v.Language) == "de")
            .Select(v => store.GetContent(v.Region, v.Language))
            .OfType<Content.Model.LanguageContent>()
            .SelectMany(c => c.Pages.SelectMany(p => new[] { p.Title, HtmlText.ToPlainText(p.ContentHtml) }));
        var added = CompoundDictionary.Build(texts);
        var merged = IndexAnalyzer.NewWordSet();
        foreach (var word in _analyzer.Compounds)
        {
            merged.Add(word);
        }

        var before = merged.Count;
        foreach (var word in added)
        {
            merged.Add(word);
        }

        if (merged.Count == before)
        {
            return;
        }

        _analyzer = new IndexAnalyzer(merged);
        if (_path is not null)
        {
            File.WriteAllLines(Path.Combine(_path, CompoundsFile), merged.Select(w => w.ToString()!).Order(StringComparer.Ordinal));
        }
    }

    private static CharArraySet LoadCompounds(string? path)
    {
        var file = path is null ? null : Path.Combine(path, CompoundsFile);
        if (file is null || !File.Exists(file))
        {
            return CompoundDictionary.Build([]);
        }

        var set = IndexAnalyzer.NewWordSet();
        foreach (var line in File.ReadLines(file))
        {
            if (line.Length > 0)
            {
                set.Add(line);
            }
        }

        return set;
    }

    private static string? CommittedSchema(LuceneDirectory directory)
    {
        using var reader = DirectoryReader.Open(directory);
        return reader.IndexCommit.UserData.TryGetValue(IndexSchema.VersionKey, out var version) ? version : null;
    }

    /// <summary>Every searcher ranks with BM25 (and the coordination reward), not Lucene's default TF-IDF.</summary>
    private sealed class RankingSearcherFactory(RankingSimilarity similarity) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = similarity };
    }
}

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

    /// <summary>Threads that index at once: every core, up to four (beyond that the disk and merges set the pace).</summary>
    private static readonly int IndexingThreads = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>Region/languages per batch: a few hundred to a thousand pages, one segment each.</summary>
    private const int PairsPerBatch = 4;

    private readonly LuceneDirectory _directory;
    private readonly string? _path;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly System.Threading.Lock _writeLock = new();
    private readonly PageSearcher _pages;
    private readonly RankingSimilarity _similarity;
    private volatile IndexAnalyzer _analyzer;

    private LuceneSearchIndex(LuceneDirectory directory, string? path, TimeProvider timeProvider, RankingOptions options)
    {
        _directory = directory;
        _path = path;
        Options = options;
        _analyzer = new IndexAnalyzer(LoadCompounds(path));
        _similarity = new RankingSimilarity(options.K1, options.B, options.CoordinationPower, options.FieldIdf, options.AverageLengthShare);
        var current = DirectoryReader.IndexExists(directory) ? CommittedSchema(directory) : null;
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzer)
        {
            // An index written with other analysis is useless: start over, Synchronize fills it again.
            OpenMode = current == IndexSchema.Version ? OpenMode.CREATE_OR_APPEND : OpenMode.CREATE,
            Similarity = _similarity,
            RAMBufferSizeMB = 64,
            // Merges only neighbouring segments, so documents keep the order they were added in (ties rank by it).
            MergePolicy = new LogByteSizeMergePolicy(),
        };
        _writer = new IndexWriter(directory, config);
        if (current != IndexSchema.Version)
        {
            Commit();
        }

        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new RankingSearcherFactory(_similarity));
        _pages = new PageSearcher(options, timeProvider);
    }

    /// <summary>The ranking weights in use.</summary>
    public RankingOptions Options { get; }

    /// <summary>Opens (or creates) the index in a directory; an index of an older schema is emptied and refilled by the next <see cref="Synchronize"/>.</summary>
    public static LuceneSearchIndex Open(string indexDirectory, TimeProvider? timeProvider = null, RankingOptions? options = null)
    {
        System.IO.Directory.CreateDirectory(indexDirectory);
        // Memory-mapped where the platform allows. Lucene.Net tracks each clone of a mapped file through a weak
        // handle, and every handle lengthens each collection: questions reuse their enumerators (PostingsReuse),
        // else the clones of a few hundred questions made each gen-0 collection pause 5-10 ms.
        var directory = FSDirectory.Open(indexDirectory);
        return new LuceneSearchIndex(directory, indexDirectory, timeProvider ?? TimeProvider.System, options ?? new RankingOptions());
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

            IndexInBatches(store, changed, progress);

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

    /// <summary>
    /// Indexes the changed region/languages: batches of a few are built on <see cref="IndexingThreads"/> threads and
    /// added to the index in the order of <paramref name="changed"/>, so the result is the same as indexing them one
    /// after another. At most that many batches are in memory at once.
    /// </summary>
    private void IndexInBatches(IContentStore store, List<ContentVersion> changed, IProgress<string>? progress)
    {
        var analyzer = _analyzer;
        var batches = changed.Chunk(PairsPerBatch).ToList();
        var pending = new Queue<Task<PairBatch>>();
        var next = 0;
        try
        {
            while (next < batches.Count || pending.Count > 0)
            {
                while (next < batches.Count && pending.Count < IndexingThreads)
                {
                    var versions = batches[next++];
                    pending.Enqueue(Task.Run(() => PairBatch.Build(store, versions, analyzer, _similarity)));
                }

                using var batch = pending.Dequeue().GetAwaiter().GetResult();
                foreach (var version in batch.Versions)
                {
                    _writer.DeleteDocuments(new Term(IndexSchema.Unit, IndexSchema.UnitOf(version.Region, version.Language)));
                }

                _writer.AddIndexes(batch.Directory);
                // AddIndexes does not merge by itself: without this, every batch stays a segment of its own, and each
                // query term is looked up in hundreds of them (p99 near a second at 80 regions × 11 languages).
                _writer.MaybeMerge();
                foreach (var line in batch.Indexed)
                {
                    progress?.Report(line);
                }
            }
        }
        finally
        {
            // After a failure, let the batches still being built finish, and free them.
            foreach (var task in pending)
            {
                try
                {
                    task.GetAwaiter().GetResult().Dispose();
                }
                catch (Exception)
                {
                    // The first failure is the one being reported.
                }
            }
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
        public override IndexSearcher NewSearcher(IndexReader reader) => new RankingSearcher(reader) { Similarity = similarity };
    }
}

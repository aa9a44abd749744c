using Integreat.Content.Store;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Integreat.Search.Indexing;

/// <summary>
/// A few region/languages indexed on their own, into a small in-memory index that the main index then takes whole
/// (<see cref="IndexWriter.AddIndexes(Lucene.Net.Store.Directory[])"/>). Batches are built on several threads and
/// added in order, so the documents end up in the same order as when indexed one after another: ties, which rank by
/// document order, rank the same however many threads built the index.
/// </summary>
internal sealed class PairBatch : IDisposable
{
    private PairBatch(IReadOnlyList<ContentVersion> versions, RAMDirectory directory, IReadOnlyList<string> indexed)
    {
        Versions = versions;
        Directory = directory;
        Indexed = indexed;
    }

    /// <summary>The region/languages of the batch, indexed or (no longer in the store) to be removed.</summary>
    public IReadOnlyList<ContentVersion> Versions { get; }

    /// <summary>The batch's own index: one segment.</summary>
    public RAMDirectory Directory { get; }

    /// <summary>One line per region/language indexed, for progress reports.</summary>
    public IReadOnlyList<string> Indexed { get; }

    /// <summary>Reads the content of each version from the store and indexes it into a new in-memory index.</summary>
    public static PairBatch Build(IContentStore store, IReadOnlyList<ContentVersion> versions, Analyzer analyzer, Similarity similarity)
    {
        var directory = new RAMDirectory();
        try
        {
            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
            {
                OpenMode = OpenMode.CREATE,
                Similarity = similarity,
                // One segment per batch: a batch is a few region/languages, far below this.
                RAMBufferSizeMB = 256,
                MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
                MergeScheduler = new SerialMergeScheduler(),
            };
            var indexed = new List<string>();
            using (var writer = new IndexWriter(directory, config))
            {
                foreach (var version in versions)
                {
                    var content = store.GetContent(version.Region, version.Language);
                    if (content is null)
                    {
                        continue;
                    }

                    foreach (var document in DocumentBuilder.Build(content, version.Hash))
                    {
                        writer.AddDocument(document, analyzer);
                    }

                    indexed.Add($"indexed {version.Region}/{version.Language}: {content.Pages.Count} pages, {content.Events.Count} events, {content.Locations.Count} locations");
                }

                writer.Commit();
            }

            return new PairBatch(versions, directory, indexed);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    public void Dispose() => Directory.Dispose();
}

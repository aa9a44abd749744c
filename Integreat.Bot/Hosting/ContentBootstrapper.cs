using Integreat.Content.Cms;
using Integreat.Content.Demo;
using Integreat.Content.Import;
using Integreat.Content.Store;
using Integreat.Search;

namespace Integreat.Bot.Hosting;

/// <summary>Makes sure there is content to serve and that the search index matches it, before anything answers.</summary>
/// <remarks>
/// A fresh data directory gets the demo region that ships with the bot; an index that lags behind the store (a crash
/// between import and indexing, or a changed analysis) is brought up to date here, so every start heals itself.
/// </remarks>
public sealed class ContentBootstrapper(
    IContentStore store,
    ISearchIndexer indexer,
    ContentImporter importer,
    TimeProvider time,
    ILogger<ContentBootstrapper> logger)
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>True once content is stored and indexed.</summary>
    public bool IsReady => _ready.Task.IsCompletedSuccessfully;

    /// <summary>When the bootstrapper finished, for the health report.</summary>
    public DateTimeOffset? ReadyAt { get; private set; }

    public async Task EnsureReadyAsync(CancellationToken cancellationToken = default)
    {
        if (IsReady)
        {
            return;
        }

        if (store.GetRegions().Count == 0)
        {
            logger.LogInformation("The data directory holds no content; importing the demo region");
            await importer.ImportAsync(new CmsDumpDirectory(DemoContent.Directory), regions: null, progress: null, cancellationToken);
        }

        var reindexed = indexer.Synchronize(store);
        if (reindexed.Count > 0)
        {
            logger.LogInformation("Indexed {Count} region/language pairs", reindexed.Count);
        }

        ReadyAt = time.GetUtcNow();
        _ready.TrySetResult();
    }
}

/// <summary>Runs the bootstrapper when the web host starts, so that <c>/health</c> turns ready only with content.</summary>
internal sealed class ContentStartupService(ContentBootstrapper bootstrapper) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => bootstrapper.EnsureReadyAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

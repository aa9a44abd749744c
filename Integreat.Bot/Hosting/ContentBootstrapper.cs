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
    private readonly Lock _gate = new();
    private Task? _run;

    /// <summary>True once content is stored and indexed.</summary>
    public bool IsReady => _run is { IsCompletedSuccessfully: true };

    /// <summary>Why the last attempt failed, for the health report; null while none failed.</summary>
    public string? Error { get; private set; }

    /// <summary>When the bootstrapper finished, for the health report.</summary>
    public DateTimeOffset? ReadyAt { get; private set; }

    /// <summary>Runs the bootstrap once; later and concurrent callers wait for that same run (a failed run is tried again).</summary>
    /// <param name="cancellationToken">Stops this caller's wait, not the shared run.</param>
    public Task EnsureReadyAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_run is null || _run.IsFaulted)
            {
                _run = Task.Run(RunAsync, CancellationToken.None);
            }

            return _run.WaitAsync(cancellationToken);
        }
    }

    private async Task RunAsync()
    {
        var cancellationToken = CancellationToken.None;
        try
        {
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
            Error = null;
        }
        catch (Exception e)
        {
            Error = e.Message;
            logger.LogCritical(e, "Content could not be made ready");
            throw;
        }
    }
}

/// <summary>Prepares content in the background when the web host starts: the host listens at once (so <c>/health</c>
/// answers 503 "starting" rather than nothing), and messages wait for the content instead of being answered from none.</summary>
internal sealed class ContentStartupService(ContentBootstrapper bootstrapper) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await bootstrapper.EnsureReadyAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Logged and reported by /health; the process stays up so an operator can see why.
        }
    }
}

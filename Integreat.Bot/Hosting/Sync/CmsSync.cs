using Integreat.Bot.Hosting.Metrics;
using Integreat.Content.Cms;
using Integreat.Content.Import;
using Integreat.Content.Store;
using Integreat.Search;
using Microsoft.Extensions.Options;

namespace Integreat.Bot.Hosting.Sync;

/// <summary>One sync: the configured regions from the live CMS into the store, then the index brought in line.</summary>
/// <remarks>
/// <para>All or nothing: <see cref="ContentImporter"/> writes every region and language into one store transaction that
/// is committed only once all were fetched and validated, so a CMS outage, a timeout or a corrupt response leaves the previous content
/// serving. The index follows only a committed store; if indexing fails, the store is ahead and the next sync (or the
/// next start) reindexes.</para>
/// <para>Incremental in effect: the CMS API v3 has no "changed since" query, so every page list is fetched, but the
/// importer compares content hashes and rewrites (and the indexer reindexes) only the region/language pairs that
/// changed.</para>
/// </remarks>
public sealed class CmsSync(
    IServiceProvider services,
    ContentImporter importer,
    IContentStore store,
    ISearchIndexer indexer,
    SyncStatus status,
    BotMetrics metrics,
    IOptions<CmsOptions> options,
    TimeProvider time,
    ILogger<CmsSync> logger)
{
    private readonly SemaphoreSlim _running = new(1, 1);

    /// <summary>True when there is something to sync: regions are configured and the interval is not zero.</summary>
    public bool Enabled => options.Value.Regions.Count > 0 && options.Value.SyncInterval > TimeSpan.Zero;

    /// <summary>Runs one sync now (waiting for one already running); never throws except for cancellation.</summary>
    public async Task<SyncOutcome> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        await _running.WaitAsync(cancellationToken);
        try
        {
            return await RunAsync(cancellationToken);
        }
        finally
        {
            _running.Release();
        }
    }

    private async Task<SyncOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var regions = options.Value.Regions;
        status.Started(time.GetUtcNow());
        var started = time.GetTimestamp();
        SyncOutcome outcome;
        try
        {
            // A typed client per run: the factory rotates its handler, so DNS changes of the CMS are picked up.
            var cms = services.GetRequiredService<CmsApiClient>();
            var summary = await importer.ImportAsync(cms, regions, progress: null, cancellationToken);
            var reindexed = indexer.Synchronize(store);
            outcome = summary.NothingChanged && reindexed.Count == 0 ? SyncOutcome.Unchanged : SyncOutcome.Changed;
            status.Succeeded(time.GetUtcNow(), outcome);
            logger.LogInformation(
                "CMS sync of {Regions} from {Origin}: {Outcome}; {Changed} region/language pairs changed, {Reindexed} reindexed, in {Seconds:0.0} s",
                string.Join(", ", regions), cms.Origin, outcome, summary.Languages.Count(l => l.Changed), reindexed.Count,
                time.GetElapsedTime(started).TotalSeconds);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            // Whatever went wrong (CMS down, timeout, bad JSON, a full disk), the last good content keeps serving
            // and the next attempt may succeed; a sync must never take the host down.
            outcome = SyncOutcome.Failed;
            status.Failed(time.GetUtcNow(), e.Message);
            logger.LogWarning(e, "CMS sync of {Regions} failed; the previous content keeps serving: {Error}", string.Join(", ", regions), e.Message);
        }

        metrics.SyncCompleted(outcome);
        return outcome;
    }
}

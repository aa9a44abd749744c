using Integreat.Content.Cms;
using Microsoft.Extensions.Options;

namespace Integreat.Bot.Hosting.Sync;

/// <summary>Keeps the served content in step with the CMS while <c>serve</c> runs: a sync at start, then every <c>Cms:SyncInterval</c>.</summary>
/// <remarks>
/// After a failure the next attempt comes after <c>Cms:SyncRetryDelay</c> (shorter than the interval), so a brief CMS
/// outage costs minutes of staleness, not hours. The content keeps serving throughout; <c>/health</c> shows the
/// last error and turns <c>degraded</c> once the content is older than <c>Cms:MaxContentAge</c>.
/// </remarks>
public sealed class CmsSyncService(
    CmsSync sync,
    ContentBootstrapper bootstrapper,
    SyncStatus status,
    IOptions<CmsOptions> options,
    TimeProvider time,
    ILogger<CmsSyncService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        status.Configure(sync.Enabled);
        if (!sync.Enabled)
        {
            logger.LogInformation("Periodic CMS sync is off (set Cms:Regions and a non-zero Cms:SyncInterval to turn it on)");
            return;
        }

        // Yield first, so that the host finishes starting (and /health answers) while the first sync runs.
        await Task.Yield();
        try
        {
            await bootstrapper.EnsureReadyAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                var outcome = await sync.RunOnceAsync(stoppingToken);
                var interval = options.Value.SyncInterval;
                var delay = outcome == SyncOutcome.Failed && options.Value.SyncRetryDelay < interval
                    ? options.Value.SyncRetryDelay
                    : interval;
                status.Scheduled(time.GetUtcNow() + delay);
                await Task.Delay(delay, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }
}

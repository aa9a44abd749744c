using Integreat.Bot.Hosting.Sync;
using Integreat.Content.Cms;
using Integreat.Content.Store;
using Microsoft.Extensions.Options;

namespace Integreat.Bot.Hosting;

/// <summary><c>GET /health</c> for operators and load balancers: 200 once content is loaded and the index is open, 503 before.</summary>
/// <remarks>
/// Stale content is still content: past <c>Cms:MaxContentAge</c> the answer stays 200 (a load balancer must not take
/// every replica out because the CMS is down) but says <c>"status": "degraded"</c> with the reason in <c>warnings</c>.
/// </remarks>
public static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", (ContentBootstrapper bootstrapper, IContentStore store, SyncStatus syncStatus, IOptions<CmsOptions> cms, TimeProvider time) =>
        {
            if (!bootstrapper.IsReady)
            {
                return Results.Json(new { status = "starting", error = bootstrapper.Error }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            var now = time.GetUtcNow();
            var versions = store.GetVersions();
            var regions = store.GetRegions().Select(r => new
            {
                region = r.Slug,
                name = r.Name,
                languages = versions.Where(v => v.Region == r.Slug).Select(v => v.Language).Order().ToArray(),
            });
            var oldest = versions.Count == 0 ? (DateTimeOffset?)null : versions.Min(v => v.ImportedAt);
            var sync = syncStatus.Current;
            var freshness = ContentFreshness.Evaluate(sync, oldest, cms.Value.EffectiveMaxContentAge, now);
            return Results.Ok(new
            {
                status = freshness.Warnings.Count == 0 ? "ok" : "degraded",
                warnings = freshness.Warnings,
                regions,
                contentImportedAt = oldest,
                contentAgeSeconds = oldest is { } at ? (long)(now - at).TotalSeconds : (long?)null,
                contentCurrentAsOf = freshness.CurrentAsOf,
                contentCurrentAgeSeconds = freshness.Age is { } age ? (long)age.TotalSeconds : (long?)null,
                sync = new
                {
                    enabled = sync.Enabled,
                    attempts = sync.Attempts,
                    lastAttempt = sync.LastAttempt,
                    lastSuccess = sync.LastSuccess,
                    lastResult = sync.LastOutcome?.ToString().ToLowerInvariant(),
                    lastError = sync.LastError,
                    lastErrorAt = sync.LastErrorAt,
                    consecutiveFailures = sync.ConsecutiveFailures,
                    nextAttempt = sync.NextAttempt,
                },
                index = new { state = "open", readyAt = bootstrapper.ReadyAt },
            });
        });
        return app;
    }
}

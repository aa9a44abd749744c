using Integreat.Content.Store;

namespace Integreat.Bot.Hosting;

/// <summary><c>GET /health</c> for operators and load balancers: 200 once content is loaded and the index is open, 503 before.</summary>
public static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", (ContentBootstrapper bootstrapper, IContentStore store, TimeProvider time) =>
        {
            if (!bootstrapper.IsReady)
            {
                return Results.Json(new { status = "starting" }, statusCode: StatusCodes.Status503ServiceUnavailable);
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
            return Results.Ok(new
            {
                status = "ok",
                regions,
                contentImportedAt = oldest,
                contentAgeSeconds = oldest is { } at ? (long)(now - at).TotalSeconds : (long?)null,
                index = new { state = "open", readyAt = bootstrapper.ReadyAt },
            });
        });
        return app;
    }
}

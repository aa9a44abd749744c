using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Integreat.Content.Tests.Cms;

/// <summary>A fake Integreat CMS on 127.0.0.1 that serves the fixture dump at the API v3 routes, with scripted failures.</summary>
internal sealed class FakeCms : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<int, HttpContext, Task<bool>>> _overrides = new();
    private readonly ConcurrentDictionary<string, int> _counts = new();

    private FakeCms(WebApplication app) => _app = app;

    public Uri BaseUrl => new(_app.Urls.First());

    /// <summary>Every request as path + query, with its development header (or null).</summary>
    public ConcurrentQueue<(string PathAndQuery, string? DevelopmentHeader)> Requests { get; } = new();

    public static async Task<FakeCms> StartAsync(string dumpDirectory)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var cms = new FakeCms(app);
        app.Run(context => cms.HandleAsync(context, dumpDirectory));
        await app.StartAsync();
        return cms;
    }

    /// <summary>Answers requests to <paramref name="path"/> with <paramref name="status"/> for the first <paramref name="times"/> attempts.</summary>
    public void Fail(string path, HttpStatusCode status, int times = int.MaxValue) =>
        _overrides[path] = async (attempt, context) =>
        {
            if (attempt > times)
            {
                return false;
            }

            context.Response.StatusCode = (int)status;
            await context.Response.WriteAsync("""{"error": "scripted failure"}""");
            return true;
        };

    /// <summary>Never answers requests to <paramref name="path"/> (until the client gives up).</summary>
    public void Hang(string path) =>
        _overrides[path] = async (_, context) =>
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return true;
        };

    /// <summary>Answers requests to <paramref name="path"/> with 200 and <paramref name="body"/>.</summary>
    public void Serve(string path, string body) =>
        _overrides[path] = async (_, context) =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(body);
            return true;
        };

    public int Attempts(string path) => _counts.GetValueOrDefault(path);

    private async Task HandleAsync(HttpContext context, string dumpDirectory)
    {
        var path = context.Request.Path.Value ?? "";
        Requests.Enqueue((path + context.Request.QueryString, context.Request.Headers["X-Integreat-Development"].FirstOrDefault()));
        var attempt = _counts.AddOrUpdate(path, 1, (_, n) => n + 1);
        if (_overrides.TryGetValue(path, out var handler) && await handler(attempt, context))
        {
            return;
        }

        var file = MapToDump(path, dumpDirectory);
        if (file is not null && !File.Exists(file) && Path.GetFileName(file) is "events.json" or "locations.json"
            && Directory.Exists(Path.GetDirectoryName(file)))
        {
            // Like the real CMS: a language without events or locations answers with an empty list.
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("[]");
            return;
        }

        if (file is null || !File.Exists(file))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await context.Response.WriteAsync("""{"detail": "Not found."}""");
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.SendFileAsync(file);
    }

    /// <summary>/api/v3/regions/ → regions.json; /api/v3/r/languages/ → r/languages.json; /api/v3/r/l/pages/ → r/l/pages.json.</summary>
    private static string? MapToDump(string path, string dumpDirectory)
    {
        var parts = path.Trim('/').Split('/').Select(Uri.UnescapeDataString).ToArray();
        return parts switch
        {
            ["api", "v3", "regions"] => Path.Combine(dumpDirectory, "regions.json"),
            ["api", "v3", var region, "languages"] => Path.Combine(dumpDirectory, region, "languages.json"),
            ["api", "v3", var region, var language, var endpoint] => Path.Combine(dumpDirectory, region, language, endpoint + ".json"),
            _ => null,
        };
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Integreat.Bot.Tests.Support;

/// <summary>How the fake CMS answers every request.</summary>
internal enum FakeCmsMode
{
    Ok,
    ServerError,
    InvalidJson,
}

/// <summary>A fake Integreat CMS on 127.0.0.1 with one region in German whose single page title the test chooses.</summary>
internal sealed class FakeCms : IAsyncDisposable
{
    public const string Region = "syncville";

    private readonly WebApplication _app;
    private volatile string _pageTitle = "Sperrmüll anmelden";
    private volatile FakeCmsMode _mode = FakeCmsMode.Ok;
    private int _requests;

    private FakeCms(WebApplication app) => _app = app;

    public string BaseUrl => _app.Urls.First();

    public int Requests => Volatile.Read(ref _requests);

    /// <summary>What every following request gets.</summary>
    public FakeCmsMode Mode { get => _mode; set => _mode = value; }

    /// <summary>The title of the region's one page; change it to make the next sync see new content.</summary>
    public string PageTitle { get => _pageTitle; set => _pageTitle = value; }

    public static async Task<FakeCms> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var cms = new FakeCms(app);
        app.Run(cms.HandleAsync);
        await app.StartAsync();
        return cms;
    }

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        switch (_mode)
        {
            case FakeCmsMode.ServerError:
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                await context.Response.WriteAsync("scripted outage");
                return;
            case FakeCmsMode.InvalidJson when context.Request.Path.Value!.EndsWith("/pages/", StringComparison.Ordinal):
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("[{\"id\": 1, \"title\": \"cut off");
                return;
        }

        object? body = context.Request.Path.Value switch
        {
            "/api/v3/regions/" => new[] { new { id = 77, name = "Syncville (Test)", path = Region, live = true, languages = Languages } },
            $"/api/v3/{Region}/languages/" => Languages,
            $"/api/v3/{Region}/de/pages/" => new[]
            {
                new
                {
                    id = 7001,
                    url = $"https://cms.example.test/{Region}/de/sperrmuell/",
                    path = $"/{Region}/de/sperrmuell/",
                    title = _pageTitle,
                    excerpt = "Termin beim Wertstoffhof",
                    content = "<p>Den Sperrmüll melden Sie beim Wertstoffhof an. Die Abholung kostet nichts.</p>",
                    parent = new { id = (int?)null, url = (string?)null, path = (string?)null },
                    order = 1,
                    last_updated = "2026-11-01T10:00:00+01:00",
                    available_languages = new Dictionary<string, object>(),
                },
            },
            $"/api/v3/{Region}/de/events/" or $"/api/v3/{Region}/de/locations/" => Array.Empty<object>(),
            _ => null,
        };
        if (body is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }

    private static readonly object[] Languages =
        [new { id = 1, code = "de", bcp47_tag = "de-DE", native_name = "Deutsch", dir = "ltr" }];

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

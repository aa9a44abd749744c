using Integreat.Bot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Integreat.Bot.Tests.Support;

/// <summary>The real web host of <c>serve</c> (<see cref="BotHost"/>) on a free port of 127.0.0.1, with its own data directory.</summary>
internal sealed class RunningBot : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TempDirectory _data;

    private RunningBot(WebApplication app, TempDirectory data, Uri baseUrl)
    {
        _app = app;
        _data = data;
        BaseUrl = baseUrl;
        Http = new HttpClient { BaseAddress = baseUrl };
    }

    public Uri BaseUrl { get; }

    public HttpClient Http { get; }

    public IServiceProvider Services => _app.Services;

    public string DataDirectory => _data.Path;

    public static async Task<RunningBot> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var data = new TempDirectory();
        var all = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = data.Path,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var app = BotHost.Build(["--urls", "http://127.0.0.1:0"], all);
        await app.StartAsync();

        // serve listens at once and prepares content in the background; tests start from a ready host.
        await app.Services.GetRequiredService<ContentBootstrapper>().EnsureReadyAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningBot(app, data, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _data.Dispose();
    }
}

using Integreat.Bot.Channels;
using Integreat.Bot.Conversation;
using Integreat.Bot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Integreat.Bot.Tests.Channels;

/// <summary>The bot's web host on a free port of 127.0.0.1, as <c>serve</c> runs it.</summary>
internal sealed class ChannelTestHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private ChannelTestHost(WebApplication app)
    {
        this.app = app;
        BaseUrl = app.Urls.First().TrimEnd('/');
        Client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
    }

    public string BaseUrl { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => app.Services;

    /// <summary>Starts the real host (<see cref="BotHost.Build"/>) with its engine; or, with <paramref name="engine"/>,
    /// the channels alone around that engine, for tests that need replies of a known shape.</summary>
    public static async Task<ChannelTestHost> StartAsync(IReadOnlyDictionary<string, string?> settings, IConversationEngine? engine = null)
    {
        string[] args = ["--urls", "http://127.0.0.1:0"];
        WebApplication app;
        if (engine is null)
        {
            app = BotHost.Build(args, settings);
        }
        else
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, EnvironmentName = "Development" });
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Logging.ClearProviders();
            builder.Services.AddSingleton(TimeProvider.System);
            builder.Services.AddSingleton(engine);
            builder.AddChannels();
            app = builder.Build();
            app.MapChannels();
        }

        await app.StartAsync();
        if (engine is null)
        {
            // Content and index must be ready before the engine answers, as /health reports in production.
            await app.Services.GetRequiredService<ContentBootstrapper>().EnsureReadyAsync();
        }

        return new ChannelTestHost(app);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

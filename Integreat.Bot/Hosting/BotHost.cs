using Integreat.Bot.Channels;

namespace Integreat.Bot.Hosting;

/// <summary>Builds the web host that <c>serve</c> runs; tests build it the same way on a free port.</summary>
public static class BotHost
{
    /// <param name="args">Command-line arguments for ASP.NET Core (e.g. <c>--urls</c>).</param>
    /// <param name="settings">Configuration that wins over files and environment (tests, the <c>--data</c> option).</param>
    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // appsettings.json ships beside the executable; the data directory stays relative to the working directory.
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddBotCore(builder.Configuration);
        builder.Services.AddHostedService<ContentStartupService>();
        builder.Services.AddServeOperations();
        builder.AddChannels();

        var app = builder.Build();
        app.MapHealth();
        app.MapMetrics();
        app.MapReport();
        app.MapChannels();
        return app;
    }
}

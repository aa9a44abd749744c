using Integreat.Bot.Hosting;
using Microsoft.Extensions.Hosting;

namespace Integreat.Bot.Cli;

/// <summary>The services of a verb that does not serve: the same content, search and engine as <c>serve</c>, logging to stderr only.</summary>
internal static class CliHost
{
    public static IHost Build(string? dataDirectory, LogLevel minimumLevel = LogLevel.Warning)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        if (dataDirectory is not null)
        {
            builder.Configuration[StorageKey] = dataDirectory;
        }

        // stdout belongs to the verb's output (JSON, JSONL, the conversation).
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(minimumLevel);
        builder.Services.AddBotCore(builder.Configuration);
        return builder.Build();
    }

    /// <summary>Builds the host and waits until content and index are ready.</summary>
    public static async Task<IHost> StartAsync(string? dataDirectory, CancellationToken cancellationToken)
    {
        var host = Build(dataDirectory);
        await host.Services.GetRequiredService<ContentBootstrapper>().EnsureReadyAsync(cancellationToken);
        return host;
    }

    public const string StorageKey = "Storage:DataDirectory";
}

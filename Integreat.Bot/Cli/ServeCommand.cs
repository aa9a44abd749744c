using System.CommandLine;
using Integreat.Bot.Hosting;

namespace Integreat.Bot.Cli;

/// <summary><c>serve</c>: the web host with every configured channel.</summary>
internal static class ServeCommand
{
    public static Command Create(Option<string?> data)
    {
        var command = new Command("serve", "Run the web host with every configured channel (the default verb). ASP.NET Core options such as --urls pass through.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction((result, cancellationToken) => RunAsync(result, data, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(ParseResult result, Option<string?> data, CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string?>();
        if (result.GetValue(data) is { } directory)
        {
            settings[CliHost.StorageKey] = directory;
        }

        await using var app = BotHost.Build([.. result.UnmatchedTokens], settings);
        try
        {
            await app.RunAsync(cancellationToken);
        }
        catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            throw new CliException(e.Message);
        }

        return 0;
    }
}

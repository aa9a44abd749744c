using System.CommandLine;
using Integreat.Content.Cms;

namespace Integreat.Bot.Cli;

/// <summary>The verbs of the executable; with none it serves.</summary>
internal static class BotCommandLine
{
    public static async Task<int> RunAsync(string[] args)
    {
        var data = new Option<string?>("--data")
        {
            Description = "Where content, index and state live (default: Storage:DataDirectory, else ./data).",
            Recursive = true,
        };
        var root = new RootCommand("Integreat bot: answers questions from Integreat content on Telegram, SMS, WhatsApp and the Bot Framework.");
        root.Options.Add(data);

        var serve = ServeCommand.Create(data);
        root.Subcommands.Add(serve);
        root.Subcommands.Add(ImportCommand.Create(data));
        root.Subcommands.Add(AskCommand.Create(data));
        root.Subcommands.Add(SearchBatchCommand.Create(data));
        root.Subcommands.Add(ChatCommand.Create(data));
        root.Subcommands.Add(EvalCommand.Create(data));
        root.Subcommands.Add(ReportCommand.Create(data));

        // No verb means serve; ASP.NET Core options such as --urls pass through.
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction((result, cancellationToken) => ServeCommand.RunAsync(result, data, cancellationToken));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            Console.Error.WriteLine($"error: {parsed.Errors[0].Message} (see --help)");
            return 2;
        }

        try
        {
            // Our own handler below prints one line; the default one would print a stack trace.
            return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is CliException or CmsException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }
}

/// <summary>A problem the person at the terminal can fix: printed as one line, exit code 1.</summary>
internal sealed class CliException(string message) : Exception(message);

using System.CommandLine;
using System.Globalization;
using Integreat.Bot.State;
using Spectre.Console;

namespace Integreat.Bot.Cli;

/// <summary><c>report [--region] [--since]</c>: unanswered questions and not-helpful feedback for editors, most frequent first.</summary>
internal static class ReportCommand
{
    public static Command Create(Option<string?> data)
    {
        var region = new Option<string?>("--region") { Description = "Only this region." };
        var since = new Option<DateTimeOffset?>("--since") { Description = "Only entries from this date on, e.g. 2026-11-01." };
        var command = new Command("report", "List unanswered questions and not-helpful feedback per region and language, most frequent first.") { region, since };
        command.SetAction(async (result, cancellationToken) =>
        {
            using var host = CliHost.Build(result.GetValue(data));
            var report = host.Services.GetRequiredService<IEditorReport>();
            var lines = await report.QueryAsync(result.GetValue(region), result.GetValue(since), cancellationToken);
            if (lines.Count == 0)
            {
                Console.WriteLine("Nothing to report.");
                return 0;
            }

            var table = new Table().AddColumns("region", "language", "kind", "count", "last", "question");
            foreach (var line in lines)
            {
                table.AddRow(
                    Markup.Escape(line.Region), Markup.Escape(line.Language), line.Kind.ToString(),
                    line.Count.ToString(CultureInfo.InvariantCulture), line.LastAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Markup.Escape(line.Question));
            }

            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }
}

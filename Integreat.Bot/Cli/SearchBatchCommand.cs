using System.CommandLine;
using Integreat.Search;
using Integreat.Search.Evaluation;

namespace Integreat.Bot.Cli;

/// <summary><c>search-batch --in &lt;file.jsonl&gt; --out &lt;file.jsonl&gt;</c>: ranks pages for many questions at once.</summary>
internal static class SearchBatchCommand
{
    public static Command Create(Option<string?> data)
    {
        var input = new Option<FileInfo>("--in") { Description = "Questions, one JSON object a line: {id, region, language, question}.", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Results, one line per question in the same order: {id, results: [{id, title, score}]}.", Required = true };
        var command = new Command("search-batch", "Rank pages for many questions at once (the measurement interface).") { input, output };
        command.SetAction(async (result, cancellationToken) =>
        {
            var inFile = result.GetValue(input)!;
            if (!inFile.Exists)
            {
                throw new CliException($"--in: file not found: {inFile.FullName}");
            }

            using var host = await CliHost.StartAsync(result.GetValue(data), cancellationToken);
            var index = host.Services.GetRequiredService<ISearchIndex>();
            using var reader = inFile.OpenText();
            await using var writer = new StreamWriter(result.GetValue(output)!.FullName);
            var count = await SearchBatch.RunAsync(index, reader, writer, cancellationToken);
            Console.Error.WriteLine($"Ranked {count} questions.");
            return 0;
        });
        return command;
    }
}

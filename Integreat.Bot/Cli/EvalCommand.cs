using System.CommandLine;
using Integreat.Search;
using Integreat.Search.Evaluation;

namespace Integreat.Bot.Cli;

/// <summary><c>eval --questions &lt;file.jsonl&gt;</c>: Recall@1/3/5/10 and MRR@10 per language, defined as the benchmark's score.py does.</summary>
internal static class EvalCommand
{
    public static Command Create(Option<string?> data)
    {
        var questions = new Option<FileInfo>("--questions")
        {
            Description = "Questions with their gold pages, one JSON object a line: {id, region, language, question, gold: [page ids]}.",
            Required = true,
        };
        var command = new Command("eval", "Measure how well search ranks the gold page of each question.") { questions };
        command.SetAction(async (result, cancellationToken) =>
        {
            var file = result.GetValue(questions)!;
            if (!file.Exists)
            {
                throw new CliException($"--questions: file not found: {file.FullName}");
            }

            using var host = await CliHost.StartAsync(result.GetValue(data), cancellationToken);
            var index = host.Services.GetRequiredService<ISearchIndex>();
            var rankings = new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal);
            var lineNumber = 0;
            foreach (var line in File.ReadLines(file.FullName))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var question = SearchBatch.ParseQuestion(line, lineNumber);
                rankings[question.Id] = SearchBatch.Answer(index, question).Results.Select(r => r.Id).ToList();
            }

            Console.Write(RecallEvaluator.Format(RecallEvaluator.Evaluate(RecallEvaluator.ReadGold(file.FullName), rankings)));
            return 0;
        });
        return command;
    }
}

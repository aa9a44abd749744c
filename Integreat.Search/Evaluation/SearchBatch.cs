using System.Text.Json;
using System.Text.Json.Serialization;

namespace Integreat.Search.Evaluation;

/// <summary>One line of <c>search-batch</c> input.</summary>
public sealed record BatchQuestion(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("region")] string Region,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("question")] string Question);

/// <summary>One ranked page of <c>search-batch</c> output.</summary>
public sealed record BatchResult(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("score")] float Score);

/// <summary>One line of <c>search-batch</c> output.</summary>
public sealed record BatchAnswer(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("results")] IReadOnlyList<BatchResult> Results);

/// <summary>
/// <c>search-batch</c> (docs/interfaces.md): reads questions as JSON lines, writes at most ten ranked pages per
/// question, one line each, in the same order.
/// </summary>
public static class SearchBatch
{
    public const int MaxResults = 10;

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Parses one input line; a line that is not a question object fails with its line number.</summary>
    public static BatchQuestion ParseQuestion(string line, int lineNumber)
    {
        BatchQuestion? question;
        try
        {
            question = JsonSerializer.Deserialize<BatchQuestion>(line);
        }
        catch (JsonException e)
        {
            throw new FormatException($"line {lineNumber}: not a JSON question object ({e.Message})", e);
        }

        if (question is null || question.Id is null || question.Region is null || question.Language is null || question.Question is null)
        {
            throw new FormatException($"line {lineNumber}: a question needs \"id\", \"region\", \"language\" and \"question\"");
        }

        return question;
    }

    public static BatchAnswer Answer(ISearchIndex index, BatchQuestion question)
    {
        var results = index.Search(new SearchQuery(question.Region, question.Language, question.Question, MaxResults, WithExcerpts: false));
        return new BatchAnswer(question.Id, results.Pages.Select(p => new BatchResult(p.PageId, p.Title, p.Score)).ToList());
    }

    /// <summary>Streams questions from <paramref name="input"/> to answers on <paramref name="output"/>; empty lines are skipped.</summary>
    /// <returns>The number of questions answered.</returns>
    public static async Task<int> RunAsync(ISearchIndex index, TextReader input, TextWriter output, CancellationToken cancellationToken = default)
    {
        var count = 0;
        var lineNumber = 0;
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var answer = Answer(index, ParseQuestion(line, lineNumber));
            await output.WriteLineAsync(JsonSerializer.Serialize(answer, Json).AsMemory(), cancellationToken);
            count++;
        }

        await output.FlushAsync(cancellationToken);
        return count;
    }
}

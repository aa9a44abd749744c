using System.Text.Json;
using Integreat.Search.Evaluation;

namespace Integreat.Search.Tests.Evaluation;

public sealed class EvaluationTests
{
    [Fact]
    public void Recall_and_reciprocal_rank_follow_the_benchmark_definitions()
    {
        (string, string, IReadOnlyCollection<int>)[] questions =
        [
            ("a", "de", [1]),
            ("b", "de", [2, 3]),
            ("c", "de", [4]),
            ("d", "en", [5]),
        ];
        var rankings = new Dictionary<string, IReadOnlyList<int>>
        {
            ["a"] = [1, 9],
            ["b"] = [9, 8, 3],
            ["c"] = [9, 8, 7, 6, 5, 4],
            // "d" has no result line: a miss.
        };

        var figures = RecallEvaluator.Evaluate(questions, rankings).ToDictionary(f => f.Language);

        var de = figures["de"];
        Assert.Equal(3, de.Count);
        Assert.Equal(1 / 3.0, de.R1, 6);
        Assert.Equal(2 / 3.0, de.R3, 6);
        Assert.Equal(2 / 3.0, de.R5, 6);
        Assert.Equal(1.0, de.R10, 6);
        Assert.Equal((1 + 1 / 3.0 + 1 / 6.0) / 3, de.Mrr10, 6);
        Assert.Equal(0.0, figures["en"].R10);
        Assert.Equal(0.0, figures["en"].NonEmpty);
        Assert.Equal(4, figures["all"].Count);
        Assert.Equal("all", RecallEvaluator.Evaluate(questions, rankings).Last().Language);
    }

    [Fact]
    public async Task Search_batch_answers_every_line_in_order_with_at_most_ten_pages()
    {
        using var index = LuceneSearchIndex.InMemory();
        index.Synchronize(Fixture.Store());
        var input = string.Join('\n',
            """{"id": "q1", "region": "testkreis", "language": "en", "question": "Where can I extend my residence permit?"}""",
            "",
            """{"id": "q2", "region": "testkreis", "language": "de", "question": "Wann wird der Müll abgeholt?", "gold": [5]}""",
            """{"id": "q3", "region": "nowhere", "language": "de", "question": "Müll"}""");
        var output = new StringWriter();

        var count = await SearchBatch.RunAsync(index, new StringReader(input), output);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, count);
        Assert.Equal(["q1", "q2", "q3"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.Equal(12, lines[0].GetProperty("results")[0].GetProperty("id").GetInt32());
        Assert.Equal(5, lines[1].GetProperty("results")[0].GetProperty("id").GetInt32());
        Assert.Equal("Müllentsorgung", lines[1].GetProperty("results")[0].GetProperty("title").GetString());
        Assert.Equal(0, lines[2].GetProperty("results").GetArrayLength());
        Assert.All(lines, l => Assert.InRange(l.GetProperty("results").GetArrayLength(), 0, SearchBatch.MaxResults));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"id": "q1", "region": "testkreis"}""")]
    public void A_bad_line_is_rejected_with_its_line_number(string line)
    {
        var error = Assert.Throws<FormatException>(() => SearchBatch.ParseQuestion(line, 7));

        Assert.StartsWith("line 7:", error.Message, StringComparison.Ordinal);
    }
}

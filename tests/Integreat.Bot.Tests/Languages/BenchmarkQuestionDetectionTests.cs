using System.Globalization;
using System.Text.Json;
using Integreat.Bot.Languages;
using Xunit.Abstractions;

namespace Integreat.Bot.Tests.Languages;

/// <summary>A check on text we did not write: the questions of the shared retrieval benchmark (de, en, fr, uk, ar), when
/// the benchmark is present (it is not in a user's clone; the test is skipped there).</summary>
public sealed class BenchmarkQuestionDetectionTests(ITestOutputHelper output)
{
    private const string QuestionsPath = "benchmark/questions/dev.jsonl";

    /// <summary>The benchmark lives in <c>shared/</c> beside the clone (see <c>.ci/run</c>).</summary>
    private static readonly string Questions = FindBesideClone(QuestionsPath);

    private static readonly string[] Candidates = UiCatalog.All.Select(s => s.Code).ToArray();

    /// <summary>Where <c>../shared/<paramref name="pathInShared"/></c> would be, seen from the clone holding Integreat.sln.</summary>
    internal static string FindBesideClone(string pathInShared)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Integreat.sln")))
            {
                return Path.Combine(directory.FullName, "..", "shared", pathInShared);
            }
        }

        return Path.Combine("..", "shared", pathInShared);
    }

    [BenchmarkFact(QuestionsPath)]
    public void Benchmark_questions_are_detected_in_their_language()
    {
        var detector = new LinguaLanguageDetector();
        var results = File.ReadLines(Questions)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Select(q => (Language: q.GetProperty("language").GetString()!, Text: q.GetProperty("question").GetString()!))
            .Select(q => (q.Language, Detected: detector.Detect(q.Text, Candidates)?.Code))
            .ToList();

        foreach (var group in results.GroupBy(r => r.Language).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var correct = group.Count(r => r.Detected == group.Key || (group.Key == "de" && r.Detected == "de-si"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {group.Key} | {group.Count()} | {correct} | {(double)correct / group.Count():P1} |"));
            Assert.True(correct >= 0.9 * group.Count(), $"{group.Key}: {correct} of {group.Count()}");
        }
    }
}

/// <summary>Runs only where the named file exists (the shared benchmark on the build machine).</summary>
public sealed class BenchmarkFactAttribute : FactAttribute
{
    /// <param name="pathInShared">A path inside the <c>shared</c> folder beside the clone.</param>
    public BenchmarkFactAttribute(string pathInShared)
    {
        if (!File.Exists(BenchmarkQuestionDetectionTests.FindBesideClone(pathInShared)))
        {
            Skip = $"shared/{pathInShared} is not beside the clone.";
        }
    }
}

using System.Globalization;
using Integreat.Bot.Languages;
using Xunit.Abstractions;

namespace Integreat.Bot.Tests.Languages;

/// <summary>Detection on short messages of our own writing (detection-samples.tsv), all fourteen UI languages as candidates:
/// a region that offers every language is the hardest case.</summary>
public sealed class LanguageDetectionAccuracyTests(ITestOutputHelper output)
{
    /// <summary>Below this share of correct answers per language the bot would switch people into the wrong language too often.</summary>
    private const double FloorPerLanguage = 0.8;
    private const double FloorOverall = 0.9;

    private static readonly string[] Candidates = UiCatalog.All.Select(s => s.Code).ToArray();

    [Fact]
    public void Samples_cover_every_language_with_at_least_fifteen_short_messages()
    {
        var samples = Samples();
        foreach (var code in Candidates.Where(c => c != "de-si"))
        {
            var own = samples.Where(s => s.Language == code).ToList();
            Assert.True(own.Count >= 15, $"{code}: {own.Count} samples");
            Assert.All(own, s => Assert.InRange(ScriptRules.Words(s.Text).Length, 1, 10));
        }
    }

    [Fact]
    public void Accuracy_per_language_is_above_the_floor()
    {
        var detector = new LinguaLanguageDetector();
        var results = Samples()
            .Select(s => (s.Language, s.Text, Detected: detector.Detect(s.Text, Candidates)?.Code))
            .ToList();

        var lines = new List<string> { "| language | samples | correct | accuracy |", "| --- | ---: | ---: | ---: |" };
        foreach (var group in results.GroupBy(r => r.Language).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var correct = group.Count(r => Same(r.Detected, r.Language));
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"| {group.Key} | {group.Count()} | {correct} | {(double)correct / group.Count():P0} |"));
            foreach (var miss in group.Where(r => !Same(r.Detected, r.Language)))
            {
                output.WriteLine($"miss {miss.Language}: \"{miss.Text}\" → {miss.Detected ?? "(none)"}");
            }
        }

        var overall = (double)results.Count(r => Same(r.Detected, r.Language)) / results.Count;
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"| all | {results.Count} | {results.Count(r => Same(r.Detected, r.Language))} | {overall:P1} |"));
        output.WriteLine(string.Join('\n', lines));

        Assert.True(overall >= FloorOverall, $"overall accuracy {overall:P1}");
        Assert.All(results.GroupBy(r => r.Language), g =>
            Assert.True(g.Count(r => Same(r.Detected, r.Language)) >= FloorPerLanguage * g.Count(), $"{g.Key} below the floor"));
    }

    /// <summary>German and Leichte Sprache cannot be told apart by the words; either is right for German text.</summary>
    private static bool Same(string? detected, string expected) =>
        detected is not null && (detected == expected || (expected == "de" && detected == "de-si"));

    private static List<(string Language, string Text)> Samples() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Languages", "detection-samples.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t', 2))
            .Select(p => (p[0], p[1]))
            .ToList();
}

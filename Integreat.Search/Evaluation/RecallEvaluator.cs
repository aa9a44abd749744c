using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Integreat.Search.Evaluation;

/// <summary>Recall@k and MRR@10 of one language (or "all").</summary>
public sealed record RecallFigures(string Language, int Count, double R1, double R3, double R5, double R10, double Mrr10, double NonEmpty);

/// <summary>
/// Scores ranked results against gold pages exactly like <c>benchmark/score.py</c>: the first gold page's rank in
/// the top ten; a question without results is a miss.
/// </summary>
public static class RecallEvaluator
{
    /// <param name="questions">Question id, language and gold page ids.</param>
    /// <param name="rankings">Question id → ranked page ids, best first.</param>
    public static IReadOnlyList<RecallFigures> Evaluate(
        IEnumerable<(string Id, string Language, IReadOnlyCollection<int> Gold)> questions,
        IReadOnlyDictionary<string, IReadOnlyList<int>> rankings)
    {
        var sums = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var (id, language, gold) in questions)
        {
            var ranked = rankings.TryGetValue(id, out var r) ? r : [];
            int? rank = null;
            for (var i = 0; i < Math.Min(10, ranked.Count); i++)
            {
                if (gold.Contains(ranked[i]))
                {
                    rank = i + 1;
                    break;
                }
            }

            foreach (var key in new[] { language, "all" })
            {
                if (!sums.TryGetValue(key, out var s))
                {
                    sums[key] = s = new double[7];
                }

                s[0]++;
                s[1] += ranked.Count > 0 ? 1 : 0;
                s[2] += rank <= 1 ? 1 : 0;
                s[3] += rank <= 3 ? 1 : 0;
                s[4] += rank <= 5 ? 1 : 0;
                s[5] += rank <= 10 ? 1 : 0;
                s[6] += rank is { } k ? 1.0 / k : 0;
            }
        }

        return sums
            .OrderBy(kv => kv.Key == "all" ? 1 : 0).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv =>
            {
                var s = kv.Value;
                var n = s[0];
                return new RecallFigures(kv.Key, (int)n, s[2] / n, s[3] / n, s[4] / n, s[5] / n, s[6] / n, s[1] / n);
            })
            .ToList();
    }

    /// <summary>Reads the questions file of the benchmark (<c>{"id","language","gold":[…]}</c> per line).</summary>
    public static List<(string Id, string Language, IReadOnlyCollection<int> Gold)> ReadGold(string path)
    {
        var result = new List<(string, string, IReadOnlyCollection<int>)>();
        foreach (var line in File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var gold = root.GetProperty("gold").EnumerateArray().Select(g => g.GetInt32()).ToHashSet();
            result.Add((Id(root.GetProperty("id")), root.GetProperty("language").GetString() ?? "", gold));
        }

        return result;
    }

    /// <summary>The table score.py prints.</summary>
    public static string Format(IEnumerable<RecallFigures> figures)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"lang",-5} {"n",5} {"R@1",6} {"R@3",6} {"R@5",6} {"R@10",6} {"MRR@10",7} {"nonempty",8}");
        foreach (var f in figures)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{f.Language,-5} {f.Count,5} {f.R1,6:F3} {f.R3,6:F3} {f.R5,6:F3} {f.R10,6:F3} {f.Mrr10,7:F3} {f.NonEmpty,8:F3}");
        }

        return text.ToString();
    }

    private static string Id(JsonElement element) => element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
}

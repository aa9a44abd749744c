using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Integreat.Content.Cms;
using Integreat.Content.Store;
using Integreat.Search;
using Integreat.Search.Bench;
using Integreat.Search.Evaluation;
using Integreat.Search.Querying;

// Usage: Integreat.Search.Bench --cms DIR --questions FILE [--mode full|minisearch|stock] [--out FILE]
//        [--excerpts] [--set Name=value ...] [--only LANG] [--passes N]
var cms = Arg("--cms") ?? "../shared/benchmark/cms";
var questionsFile = Arg("--questions") ?? "../shared/benchmark/questions/dev.jsonl";
var mode = Arg("--mode") ?? "full";
var outFile = Arg("--out");
var excerpts = args.Contains("--excerpts");
var options = ApplySettings(new RankingOptions(), args);

var load = Stopwatch.StartNew();
var store = await InMemoryContentStore.LoadAsync(new CmsDumpDirectory(cms));
Console.WriteLine($"loaded {store.GetVersions().Count} region/languages in {load.Elapsed.TotalSeconds:F1} s");

var questions = File.ReadLines(questionsFile).Where(l => !string.IsNullOrWhiteSpace(l)).Select((l, i) => SearchBatch.ParseQuestion(l, i + 1)).ToList();
var only = Arg("--only");
if (only is not null)
{
    questions = questions.Where(q => q.Language == only).ToList();
}

Func<BatchQuestion, IReadOnlyList<int>> rank;
var confident = new Dictionary<string, bool>();
IDisposable resource;
string? temp = null;
var build = Stopwatch.StartNew();
if (mode is "minisearch" or "stock")
{
    var baseline = new Baseline(store, mode == "minisearch");
    rank = q => baseline.Rank(q.Region, q.Language, q.Question);
    resource = baseline;
}
else
{
    temp = Path.Combine(Path.GetTempPath(), "integreat-bench-" + Guid.NewGuid().ToString("N"));
    var index = LuceneSearchIndex.Open(temp, options: options);
    index.Synchronize(store);
    rank = q =>
    {
        var results = index.Search(new SearchQuery(q.Region, q.Language, q.Question, SearchBatch.MaxResults, WithExcerpts: excerpts));
        confident[q.Id] = results.IsConfident;
        return results.Pages.Select(p => p.PageId).ToList();
    };
    resource = index;
}

Console.WriteLine($"indexed in {build.Elapsed.TotalSeconds:F1} s");

// Warm-up pass (JIT, caches), then the measured pass.
foreach (var q in questions.Take(300))
{
    rank(q);
}

// More than one measured pass gives steadier figures and a longer window for a profiler.
var passes = int.Parse(Arg("--passes") ?? "1", CultureInfo.InvariantCulture);
var rankings = new Dictionary<string, IReadOnlyList<int>>();
var latencies = new double[questions.Count * passes];
var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
var total = Stopwatch.StartNew();
for (var i = 0; i < latencies.Length; i++)
{
    var question = questions[i % questions.Count];
    var start = Stopwatch.GetTimestamp();
    rankings[question.Id] = rank(question);
    latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
}

total.Stop();
// CPU time per question says less about latency than the wall clock, but stays comparable when the machine is busy.
var cpuPerQuestion = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / latencies.Length;
Array.Sort(latencies);
var gold = RecallEvaluator.ReadGold(questionsFile).Where(g => only is null || g.Language == only);
Console.Write(RecallEvaluator.Format(RecallEvaluator.Evaluate(gold, rankings)));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"mode {mode}{(excerpts ? " +excerpts" : "")}: {latencies.Length / total.Elapsed.TotalSeconds:F0} questions/s, p50 {latencies[latencies.Length / 2]:F3} ms, p99 {latencies[(int)(latencies.Length * 0.99)]:F3} ms, CPU {cpuPerQuestion:F3} ms/question, peak RSS {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB"));

if (confident.Count > 0)
{
    // How well "confident" predicts a right answer in the top 3: the no-answer signal's calibration.
    var goldById = RecallEvaluator.ReadGold(questionsFile).ToDictionary(g => g.Id, g => g.Gold);
    bool Hit(BatchQuestion q) => rankings[q.Id].Take(3).Any(goldById[q.Id].Contains);
    var yes = questions.Where(q => confident[q.Id]).ToList();
    var no = questions.Where(q => !confident[q.Id]).ToList();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"confident on {yes.Count * 100.0 / questions.Count:F1} % of questions; R@3 when confident {yes.Count(Hit) / (double)Math.Max(1, yes.Count):F3}, when not {no.Count(Hit) / (double)Math.Max(1, no.Count):F3}"));
}

if (outFile is not null)
{
    using var writer = new StreamWriter(outFile);
    foreach (var q in questions)
    {
        writer.WriteLine(JsonSerializer.Serialize(new { id = q.Id, results = rankings[q.Id].Select(id => new { id }) }));
    }
}

resource.Dispose();
if (temp is not null)
{
    Directory.Delete(temp, recursive: true);
}

string? Arg(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static RankingOptions ApplySettings(RankingOptions options, string[] args)
{
    for (var i = 0; i + 1 < args.Length; i++)
    {
        if (args[i] != "--set")
        {
            continue;
        }

        var (name, value) = (args[i + 1].Split('=')[0], args[i + 1].Split('=')[1]);
        var property = typeof(RankingOptions).GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new ArgumentException($"no ranking option {name}");
        var copy = options with { };
        property.SetValue(copy, Convert.ChangeType(value, property.PropertyType, CultureInfo.InvariantCulture));
        options = copy;
    }

    return options;
}

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
//        Integreat.Search.Bench --cms DIR --generate TARGET [--regions 80] [--languages 11] [--pages 300]
//        Integreat.Search.Bench --cms DIR --questions FILE --index INDEXDIR [--regions 80] [--pages 300] [--warmup N]
// --generate writes a scale dump made from the --cms dump (see ScaleDump) and exits; --index searches an index
// built from such a dump (by `Integreat.Bot import`), each question asked in a generated region made from its own.
var cms = Arg("--cms") ?? "../shared/benchmark/cms";
var questionsFile = Arg("--questions") ?? "../shared/benchmark/questions/dev.jsonl";
var mode = Arg("--mode") ?? "full";
var outFile = Arg("--out");
var excerpts = args.Contains("--excerpts");
var options = ApplySettings(new RankingOptions(), args);
var regionCount = int.Parse(Arg("--regions") ?? "80", CultureInfo.InvariantCulture);
var pagesPerLanguage = int.Parse(Arg("--pages") ?? "300", CultureInfo.InvariantCulture);

if (Arg("--generate") is { } generateInto)
{
    var generating = Stopwatch.StartNew();
    var languageCount = int.Parse(Arg("--languages") ?? "11", CultureInfo.InvariantCulture);
    var pages = ScaleDump.Read(cms).Write(generateInto, regionCount, languageCount, pagesPerLanguage);
    Console.WriteLine($"wrote {regionCount} regions × {languageCount} languages, {pages} pages, to {generateInto} in {generating.Elapsed.TotalSeconds:F1} s");
    return;
}

var scaleIndex = Arg("--index");
var scale = scaleIndex is null ? null : ScaleDump.Read(cms);
var load = Stopwatch.StartNew();
var store = scale is null ? await InMemoryContentStore.LoadAsync(new CmsDumpDirectory(cms)) : new InMemoryContentStore([], []);
Console.WriteLine($"loaded {store.GetVersions().Count} region/languages in {load.Elapsed.TotalSeconds:F1} s");

var questions = File.ReadLines(questionsFile).Where(l => !string.IsNullOrWhiteSpace(l)).Select((l, i) => SearchBatch.ParseQuestion(l, i + 1)).ToList();
var gold = RecallEvaluator.ReadGold(questionsFile).ToList();
if (scale is not null)
{
    // Question n of a source region goes to the (n mod k)-th of the k generated regions made from it, so that the
    // questions are spread over all regions; its gold pages become every copy of them there.
    var generated = questions.Select((q, n) => scale.RegionsFrom(q.Region, regionCount) is { Count: > 0 } made ? made[n % made.Count] : -1).ToList();
    var byId = questions.Select((q, n) => (q.Id, Index: generated[n])).ToDictionary(e => e.Id, e => e.Index);
    gold = gold.Select(g => (g.Id, g.Language, (IReadOnlyCollection<int>)g.Gold
        .SelectMany(id => scale.GeneratedIds(byId[g.Id], g.Language, id, pagesPerLanguage)).ToList())).ToList();
    questions = questions.Select((q, n) => q with { Region = scale.RegionSlug(generated[n]) }).ToList();
}

var only = Arg("--only");
if (only is not null)
{
    questions = questions.Where(q => q.Language == only).ToList();
}

Func<BatchQuestion, IReadOnlyList<int>> rank;
var confident = new Dictionary<string, bool>();

// The excerpts of the three pages shown, for --out with --excerpts: a change meant to be faster can be checked to say the same.
var shownExcerpts = new Dictionary<string, List<string>>();
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
    temp = scaleIndex is null ? Path.Combine(Path.GetTempPath(), "integreat-bench-" + Guid.NewGuid().ToString("N")) : null;
    var index = LuceneSearchIndex.Open(scaleIndex ?? temp!, options: options);
    if (scaleIndex is null)
    {
        index.Synchronize(store);
    }

    rank = q =>
    {
        var results = index.Search(new SearchQuery(q.Region, q.Language, q.Question, SearchBatch.MaxResults, WithExcerpts: excerpts));
        confident[q.Id] = results.IsConfident;
        if (excerpts && outFile is not null)
        {
            shownExcerpts[q.Id] = [.. results.Pages.Take(3).Select(p => p.Excerpt)];
        }

        return results.Pages.Select(p => p.PageId).ToList();
    };
    resource = index;
}

Console.WriteLine($"indexed in {build.Elapsed.TotalSeconds:F1} s");

// Warm-up pass (JIT, caches), then the measured pass. --warmup N: how many questions warm up (default 300; at scale,
// with 400 region/languages asked, each warms its own per-region caches only when one of its questions is among them).
foreach (var q in questions.Take(int.Parse(Arg("--warmup") ?? "300", CultureInfo.InvariantCulture)))
{
    rank(q);
}

// More than one measured pass gives steadier figures and a longer window for a profiler.
var passes = int.Parse(Arg("--passes") ?? "1", CultureInfo.InvariantCulture);
var rankings = new Dictionary<string, IReadOnlyList<int>>();
var latencies = new double[questions.Count * passes];
var cpuTimes = new double[latencies.Length];
var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
var collectionsBefore = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
var pausedBefore = GC.GetTotalPauseDuration();
var total = Stopwatch.StartNew();
for (var i = 0; i < latencies.Length; i++)
{
    var question = questions[i % questions.Count];
    var cpuStart = ThreadCpu.Milliseconds();
    var start = Stopwatch.GetTimestamp();
    rankings[question.Id] = rank(question);
    latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    cpuTimes[i] = ThreadCpu.Milliseconds() - cpuStart;
}

total.Stop();
var allocatedPerQuestion = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)latencies.Length;
var collections = Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - collectionsBefore[g]).ToArray();
var paused = GC.GetTotalPauseDuration() - pausedBefore;
var slowest = cpuTimes.Select((ms, i) => (Ms: ms, Question: questions[i % questions.Count])).OrderByDescending(e => e.Ms).Take(5).ToList();
Array.Sort(latencies);
Array.Sort(cpuTimes);
Console.Write(RecallEvaluator.Format(RecallEvaluator.Evaluate(gold.Where(g => only is null || g.Language == only), rankings)));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"mode {mode}{(excerpts ? " +excerpts" : "")}: {latencies.Length / total.Elapsed.TotalSeconds:F0} questions/s, p50 {latencies[latencies.Length / 2]:F3} ms, p99 {latencies[(int)(latencies.Length * 0.99)]:F3} ms, peak RSS {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB"));
// Allocation drives the tail: each collection pauses whichever question is running.
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"allocated per question {allocatedPerQuestion / 1024:F1} KiB; collections gen0/1/2 {collections[0]}/{collections[1]}/{collections[2]}, paused {paused.TotalMilliseconds:F0} ms"));
if (ThreadCpu.Available)
{
    // CPU time of the searching thread: what a question costs, without the waits for a core on a loaded machine.
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"thread CPU per question: mean {cpuTimes.Average():F3} ms, p50 {cpuTimes[cpuTimes.Length / 2]:F3} ms, p99 {cpuTimes[(int)(cpuTimes.Length * 0.99)]:F3} ms; slowest: {string.Join(", ", slowest.Select(e => $"{e.Question.Id} {e.Ms:F0} ms"))}"));
}

if (confident.Count > 0)
{
    // How well "confident" predicts a right answer in the top 3: the no-answer signal's calibration.
    var goldById = gold.ToDictionary(g => g.Id, g => g.Gold);
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
        writer.WriteLine(excerpts
            ? JsonSerializer.Serialize(new { id = q.Id, results = rankings[q.Id].Select(id => new { id }), excerpts = shownExcerpts[q.Id] })
            : JsonSerializer.Serialize(new { id = q.Id, results = rankings[q.Id].Select(id => new { id }) }));
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

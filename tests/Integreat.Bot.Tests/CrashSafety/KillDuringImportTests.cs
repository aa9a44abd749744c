using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Integreat.Bot.Tests.Support;
using Integreat.Content.Store;
using Microsoft.Data.Sqlite;

namespace Integreat.Bot.Tests.CrashSafety;

/// <summary>
/// <c>kill -9</c> of the real executable in the middle of an import: the data directory must still open with the
/// earlier content whole, and the next import and <c>serve</c> must start cleanly (SQLite WAL + one transaction for the
/// store; Lucene commits, and its <c>write.lock</c> is an OS lock that dies with the process; a lagging index is
/// brought up to date at start).
/// </summary>
public sealed class KillDuringImportTests
{
    private const string DemoRegion = "beispielstadt";
    private const int CopiedRegions = 6;
    private static readonly string[] CopiedLanguages = ["de", "en"];

    [Fact]
    public async Task Killing_an_import_loses_no_committed_content_and_everything_starts_cleanly_afterwards()
    {
        using var temp = new TempDirectory();
        var data = Path.Combine(temp.Path, "data");
        var demo = Path.Combine(AppContext.BaseDirectory, "demo", "cms");
        var dump = WriteLargerDump(demo, Path.Combine(temp.Path, "dump"));

        // The earlier content: the demo region, imported completely.
        using (var first = BotProcess.Start("import", "--from", demo, "--data", data))
        {
            Assert.True(await first.WaitForExitAsync() == 0, first.Log);
        }

        var demoPages = CountPages(data, DemoRegion);
        Assert.True(demoPages > 0);

        // 1. Killed while fetching: nothing of the new import may be visible, the demo region is whole.
        using (var import = BotProcess.Start("import", "--from", dump, "--data", data))
        {
            await Eventually.WaitUntilAsync(() => import.Output.Any(l => l.StartsWith("[2/", StringComparison.Ordinal)) || import.HasExited,
                "the import is fetching");
            import.KillHard();
        }

        // All or nothing; killed this early it is always nothing.
        Assert.Contains(RegionSlugs(data).Count, new[] { 1, CopiedRegions + 1 });
        Assert.Equal(demoPages, CountPages(data, DemoRegion));

        // 1b. Killed as the last pair is fetched, around the store's write transaction: still all or nothing.
        var pairs = 9 + (CopiedRegions * CopiedLanguages.Length);
        using (var import = BotProcess.Start("import", "--from", dump, "--data", data))
        {
            await Eventually.WaitUntilAsync(() => import.Output.Any(l => l.StartsWith($"[{pairs}/", StringComparison.Ordinal)) || import.HasExited,
                "the import fetched the last pair");
            import.KillHard();
        }

        Assert.Contains(RegionSlugs(data).Count, new[] { 1, CopiedRegions + 1 });
        Assert.Equal(demoPages, CountPages(data, DemoRegion));

        // 2. Killed right after the store committed, while the index is being built: all regions or none, never some.
        using (var import = BotProcess.Start("import", "--from", dump, "--data", data))
        {
            await Eventually.WaitUntilAsync(() => RegionSlugs(data).Count > 1 || import.HasExited, "the store committed the new regions");
            import.KillHard();
        }

        Assert.Equal(CopiedRegions + 1, RegionSlugs(data).Count);
        Assert.Equal(demoPages, CountPages(data, DemoRegion));
        var germanAndEnglish = CountPages(data, DemoRegion, CopiedLanguages);
        Assert.All(RegionSlugs(data), slug => Assert.Equal(germanAndEnglish, CountPages(data, slug, CopiedLanguages)));

        // 3. serve starts on the same data directory (the index lock of the killed process is gone, the lagging
        //    index is caught up) and reports every region; then it is killed too, while serving.
        var port = BotProcess.FreePort();
        using (var serve = BotProcess.Start("serve", "--data", data, "--urls", $"http://127.0.0.1:{port}"))
        {
            var health = await serve.WaitForHealthAsync(port);
            var regions = health.GetProperty("regions").EnumerateArray().Select(r => r.GetProperty("region").GetString()).ToList();
            Assert.Equal(CopiedRegions + 1, regions.Count);
            serve.KillHard();
        }

        // 4. The index answers for a region that was committed just before the first kill.
        var questions = Path.Combine(temp.Path, "questions.jsonl");
        var results = Path.Combine(temp.Path, "results.jsonl");
        File.WriteAllText(questions, """{"id": "q1", "region": "crash05", "language": "de", "question": "Kind in der Kita anmelden"}""" + "\n");
        using (var search = BotProcess.Start("search-batch", "--in", questions, "--out", results, "--data", data))
        {
            Assert.True(await search.WaitForExitAsync() == 0, search.Log);
        }

        var answer = JsonNode.Parse(File.ReadAllLines(results).Single())!;
        Assert.NotEmpty(answer["results"]!.AsArray());

        // 5. A new import over the killed ones completes and finds nothing left to change.
        using (var again = BotProcess.Start("import", "--from", dump, "--data", data))
        {
            Assert.True(await again.WaitForExitAsync() == 0, again.Log);
            Assert.Contains(again.Output, l => l.StartsWith("No change", StringComparison.Ordinal));
        }
    }

    /// <summary>The demo region plus <see cref="CopiedRegions"/> copies of it under other slugs (German and English only, to keep indexing short), in the CMS dump layout.</summary>
    private static string WriteLargerDump(string demo, string target)
    {
        var regions = JsonNode.Parse(File.ReadAllText(Path.Combine(demo, "regions.json")))!.AsArray();
        var template = regions.Single(r => r!["path"]!.GetValue<string>() == DemoRegion)!;
        var all = new JsonArray(template.DeepClone());
        CopyDirectory(Path.Combine(demo, DemoRegion), Path.Combine(target, DemoRegion));
        var languages = JsonNode.Parse(File.ReadAllText(Path.Combine(demo, DemoRegion, "languages.json")))!.AsArray();
        var kept = new JsonArray(languages.Where(l => CopiedLanguages.Contains(l!["code"]!.GetValue<string>())).Select(l => l!.DeepClone()).ToArray());
        for (var i = 0; i < CopiedRegions; i++)
        {
            var slug = $"crash{i:00}";
            var copy = template.DeepClone();
            copy["id"] = 9000 + i;
            copy["path"] = slug;
            copy["name"] = $"Crash test copy {i}";
            copy["languages"] = kept.DeepClone();
            all.Add(copy);
            foreach (var language in CopiedLanguages)
            {
                CopyDirectory(Path.Combine(demo, DemoRegion, language), Path.Combine(target, slug, language));
            }

            File.WriteAllText(Path.Combine(target, slug, "languages.json"), kept.ToJsonString());
        }

        File.WriteAllText(Path.Combine(target, "regions.json"), all.ToJsonString());
        return target;
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    /// <summary>The stored region slugs, read with a fresh connection so that the child process's writes are seen at once.</summary>
    private static List<string> RegionSlugs(string data)
    {
        var path = Path.Combine(data, "content.db");
        if (!File.Exists(path))
        {
            return [];
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT slug FROM regions ORDER BY slug";
        using var reader = command.ExecuteReader();
        var slugs = new List<string>();
        while (reader.Read())
        {
            slugs.Add(reader.GetString(0));
        }

        return slugs;
    }

    private static int CountPages(string data, string region, string[]? languages = null)
    {
        using var store = new SqliteContentStore(data);
        return store.GetVersions().Where(v => v.Region == region && (languages is null || languages.Contains(v.Language)))
            .Sum(v => store.GetContent(v.Region, v.Language)!.Pages.Count);
    }
}

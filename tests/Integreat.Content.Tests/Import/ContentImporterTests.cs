using System.Net;
using Integreat.Content.Cms;
using Integreat.Content.Import;
using Integreat.Content.Store;
using Integreat.Content.Tests.Cms;
using Microsoft.Extensions.Time.Testing;

namespace Integreat.Content.Tests.Import;

public sealed class ContentImporterTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.Zero));
    private readonly SqliteContentStore _store;

    public ContentImporterTests() => _store = new SqliteContentStore(Path.Combine(_temp.Path, "data"), _time);

    public void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task Import_StoresEveryRegionAndLanguage()
    {
        var sut = CreateSut();

        var summary = await sut.ImportAsync(new CmsDumpDirectory(TestFiles.CmsDirectory));

        Assert.Equal(
            [("testort", "de", 3, 2, 2), ("testort", "ar", 1, 0, 0), ("testort", "en", 1, 0, 0)],
            summary.Languages.Select(l => (l.Region, l.Language, l.Pages, l.Events, l.Locations)));
        Assert.All(summary.Languages, l => Assert.Equal(ContentChange.Added, l.Change));
        Assert.False(summary.NothingChanged);
        Assert.Equal(TestFiles.CmsDirectory, summary.Origin);

        Assert.Equal(["testort", "zweitort"], _store.GetRegions().Select(r => r.Slug));
        Assert.Equal(["de", "ar", "en"], _store.FindRegion("testort")!.Languages.Select(l => l.Code));
        Assert.Equal("Kita-Platz finden", _store.FindPage("testort", "de", 102)!.Title);
        Assert.Equal("الوصول إلى المدينة", _store.GetContent("testort", "ar")!.Pages[0].Title);
        Assert.Equal(2, _store.GetContent("testort", "de")!.Locations.Count);
        Assert.Equal(3, _store.GetVersions().Count);
    }

    [Fact]
    public async Task ImportAgain_ReportsUnchangedAndRewritesNothing()
    {
        var sut = CreateSut();
        await sut.ImportAsync(new CmsDumpDirectory(TestFiles.CmsDirectory));
        var before = _store.GetVersions();
        _time.Advance(TimeSpan.FromHours(1));

        var summary = await sut.ImportAsync(new CmsDumpDirectory(TestFiles.CmsDirectory));

        Assert.True(summary.NothingChanged);
        Assert.All(summary.Languages, l => Assert.Equal(ContentChange.Unchanged, l.Change));
        Assert.Equal(before, _store.GetVersions()); // same hashes and the first import's time: nothing was rewritten
    }

    [Fact]
    public async Task ImportAfterAnEdit_UpdatesOnlyWhatChanged()
    {
        var dump = _temp.CopyOfFixtureDump();
        var sut = CreateSut();
        await sut.ImportAsync(new CmsDumpDirectory(dump));
        var english = Path.Combine(dump, "testort", "en", "pages.json");
        File.WriteAllText(english, File.ReadAllText(english).Replace("Arriving in Testort", "Welcome to Testort"));
        _time.Advance(TimeSpan.FromHours(1));

        var summary = await sut.ImportAsync(new CmsDumpDirectory(dump));

        Assert.False(summary.NothingChanged);
        Assert.Equal(
            [("de", ContentChange.Unchanged), ("ar", ContentChange.Unchanged), ("en", ContentChange.Updated)],
            summary.Languages.Select(l => (l.Language, l.Change)));
        Assert.Equal("Welcome to Testort", _store.FindPage("testort", "en", 301)!.Title);
        Assert.Equal(_time.GetUtcNow(), _store.GetVersions().Single(v => v.Language == "en").ImportedAt);
    }

    [Theory]
    [InlineData("truncated", "invalid JSON")]
    [InlineData("without id", "page #0 has no id")]
    [InlineData("missing", "file not found")]
    public async Task BrokenFile_FailsNamingIt_AndKeepsTheEarlierContent(string damage, string problem)
    {
        var dump = _temp.CopyOfFixtureDump();
        var sut = CreateSut();
        await sut.ImportAsync(new CmsDumpDirectory(dump));
        var versions = _store.GetVersions();
        // An edit that would change German content, and a broken Arabic file read after it: neither may land.
        var german = Path.Combine(dump, "testort", "de", "pages.json");
        File.WriteAllText(german, File.ReadAllText(german).Replace("Kita-Platz finden", "Geändert"));
        var arabic = Path.Combine(dump, "testort", "ar", "pages.json");
        Break(arabic, damage);

        var error = await Assert.ThrowsAsync<CmsFormatException>(() => sut.ImportAsync(new CmsDumpDirectory(dump)));

        Assert.Equal(arabic, error.Origin);
        Assert.Contains(arabic, error.Message);
        Assert.Contains(problem, error.Message);
        Assert.Equal(versions, _store.GetVersions());
        Assert.Equal("Kita-Platz finden", _store.FindPage("testort", "de", 102)!.Title);
        Assert.Equal("الوصول إلى المدينة", _store.FindPage("testort", "ar", 201)!.Title);
    }

    [Fact]
    public async Task FailureInTheLastPair_AfterEarlierPairsWereWritten_LeavesTheStoreExactlyAsBefore()
    {
        var dump = _temp.CopyOfFixtureDump();
        var sut = CreateSut();
        await sut.ImportAsync(new CmsDumpDirectory(dump));
        var versions = _store.GetVersions();
        var regions = _store.GetRegions();
        // The first two pairs change and are written into the import; the last one (testort/en) then fails.
        foreach (var language in new[] { "de", "ar" })
        {
            var pages = Path.Combine(dump, "testort", language, "pages.json");
            File.WriteAllText(pages, File.ReadAllText(pages).Replace("\"title\": \"", "\"title\": \"Neu: ", StringComparison.Ordinal));
        }

        var english = Path.Combine(dump, "testort", "en", "pages.json");
        Break(english, "truncated");
        _time.Advance(TimeSpan.FromHours(1));

        var error = await Assert.ThrowsAsync<CmsFormatException>(() => sut.ImportAsync(new CmsDumpDirectory(dump)));

        Assert.Equal(english, error.Origin);
        using var reopened = new SqliteContentStore(Path.Combine(_temp.Path, "data"));
        Assert.Equal(versions, reopened.GetVersions());
        Assert.Equal(regions, reopened.GetRegions(), new RegionComparer());
        Assert.Equal("Kita-Platz finden", reopened.FindPage("testort", "de", 102)!.Title);
        Assert.Equal("الوصول إلى المدينة", reopened.FindPage("testort", "ar", 201)!.Title);

        // The store is not left locked: the next import succeeds.
        File.Copy(Path.Combine(TestFiles.CmsDirectory, "testort", "en", "pages.json"), english, overwrite: true);
        var summary = await sut.ImportAsync(new CmsDumpDirectory(dump));
        Assert.Equal([ContentChange.Updated, ContentChange.Updated, ContentChange.Unchanged], summary.Languages.Select(l => l.Change));
    }

    [Fact]
    public async Task BrokenFile_LeavesTheDatabaseFileAsItWas()
    {
        var dump = _temp.CopyOfFixtureDump();
        await CreateSut().ImportAsync(new CmsDumpDirectory(dump));
        Break(Path.Combine(dump, "testort", "de", "events.json"), "truncated");

        await Assert.ThrowsAsync<CmsFormatException>(() => CreateSut().ImportAsync(new CmsDumpDirectory(dump)));

        using var reopened = new SqliteContentStore(Path.Combine(_temp.Path, "data"));
        Assert.Equal(2, reopened.GetContent("testort", "de")!.Events.Count);
    }

    [Fact]
    public async Task LiveCms_ServerErrorOnOneLanguage_ChangesNothing()
    {
        await using var cms = await FakeCms.StartAsync(TestFiles.CmsDirectory);
        var client = CmsApiClient.Create(new CmsOptions { BaseUrl = cms.BaseUrl.ToString(), MaxRetries = 1, RetryDelay = TimeSpan.Zero });
        var sut = CreateSut();
        var first = await sut.ImportAsync(client, ["testort"]);
        var versions = _store.GetVersions();
        cms.Serve("/api/v3/testort/de/pages/", """[{"id": 101, "title": "Neu"}]""");
        cms.Fail("/api/v3/testort/en/locations/", HttpStatusCode.InternalServerError);

        var error = await Assert.ThrowsAsync<CmsRequestException>(() => sut.ImportAsync(client, ["testort"]));

        Assert.Equal(3, first.Languages.Count);
        Assert.Contains("/api/v3/testort/en/locations/?on_map=1", error.Message);
        Assert.Equal(versions, _store.GetVersions());
        Assert.Equal("Ankommen in Testort", _store.FindPage("testort", "de", 101)!.Title);
    }

    [Fact]
    public async Task DuplicatePageIds_FailTheImport()
    {
        var dump = _temp.CopyOfFixtureDump();
        var english = Path.Combine(dump, "testort", "en", "pages.json");
        File.WriteAllText(english, """[{"id": 5, "title": "a"}, {"id": 5, "title": "b"}]""");

        var error = await Assert.ThrowsAsync<CmsFormatException>(() => CreateSut().ImportAsync(new CmsDumpDirectory(dump)));

        Assert.Contains("testort/en", error.Message);
        Assert.Contains("page id 5 occurs more than once", error.Message);
        Assert.Empty(_store.GetVersions());
    }

    [Fact]
    public async Task UnknownRegion_FailsListingTheKnownOnes()
    {
        var error = await Assert.ThrowsAsync<UnknownRegionException>(() =>
            CreateSut().ImportAsync(new CmsDumpDirectory(TestFiles.CmsDirectory), ["testort", "atlantis"]));

        Assert.Equal(["atlantis"], error.UnknownRegions);
        Assert.Contains("'atlantis'", error.Message);
        Assert.Contains("known regions: testort, zweitort", error.Message);
        Assert.Empty(_store.GetRegions());
    }

    [Fact]
    public async Task SelectedRegions_AreImportedAlone_AndOthersAreKept()
    {
        var sut = CreateSut();
        await sut.ImportAsync(new CmsDumpDirectory(TestFiles.CmsDirectory), ["testort"]);

        var summary = await sut.ImportAsync(new CmsDumpDirectory(TestFiles.CmsDirectory), ["ZWEITORT"]);

        Assert.Empty(summary.Languages); // zweitort offers no language
        Assert.True(summary.RegionsChanged);
        Assert.Equal(["testort", "zweitort"], _store.GetRegions().Select(r => r.Slug));
        Assert.NotNull(_store.GetContent("testort", "de"));
    }

    [Fact]
    public async Task LanguageDroppedByTheRegion_IsRemoved()
    {
        var dump = _temp.CopyOfFixtureDump();
        var sut = CreateSut();
        await sut.ImportAsync(new CmsDumpDirectory(dump));
        var languages = Path.Combine(dump, "testort", "languages.json");
        File.WriteAllLines(languages, File.ReadAllLines(languages).Where(l => !l.Contains("\"en\"", StringComparison.Ordinal)));
        File.WriteAllText(languages, File.ReadAllText(languages).Replace("\"RIGHT_TO_LEFT\"},", "\"RIGHT_TO_LEFT\"}"));

        var summary = await sut.ImportAsync(new CmsDumpDirectory(dump));

        Assert.Contains(summary.Languages, l => l is { Language: "en", Change: ContentChange.Removed });
        Assert.Null(_store.GetContent("testort", "en"));
        Assert.Equal(["de", "ar"], _store.FindRegion("testort")!.Languages.Select(l => l.Code));
    }

    [Fact]
    public async Task Progress_CountsRegionLanguagePairs()
    {
        var reports = new List<ImportProgress>();

        await CreateSut().ImportAsync(new CmsDumpDirectory(TestFiles.CmsDirectory), progress: new Collect(reports));

        var fetching = reports.Where(r => r.Stage == ImportStage.Fetching).ToList();
        Assert.Equal([(1, "de"), (2, "ar"), (3, "en")], fetching.Select(r => (r.Step, r.Language!)));
        Assert.All(fetching, r => Assert.Equal((3, "testort"), (r.Total, r.Region!)));
        Assert.Equal(ImportStage.Listing, reports[0].Stage);
        Assert.Equal([ImportStage.Saving, ImportStage.Completed], reports.TakeLast(2).Select(r => r.Stage));
    }

    private ContentImporter CreateSut() => new(_store, _time);

    private static void Break(string file, string damage)
    {
        switch (damage)
        {
            case "truncated":
                var text = File.ReadAllText(file);
                File.WriteAllText(file, text[..(text.Length / 2)]);
                break;
            case "without id":
                File.WriteAllText(file, """[{"title": "Seite ohne Id", "content": "<p>x</p>"}]""");
                break;
            default:
                File.Delete(file);
                break;
        }
    }

    /// <summary>Regions compare by slug, name and language list (the record's list compares by reference).</summary>
    private sealed class RegionComparer : IEqualityComparer<Model.Region>
    {
        public bool Equals(Model.Region? x, Model.Region? y) =>
            x is not null && y is not null && x.Slug == y.Slug && x.Name == y.Name && x.Languages.SequenceEqual(y.Languages);

        public int GetHashCode(Model.Region obj) => obj.Slug.GetHashCode(StringComparison.Ordinal);
    }

    /// <summary>Records reports synchronously (Progress&lt;T&gt; would post them to the thread pool).</summary>
    private sealed class Collect(List<ImportProgress> reports) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => reports.Add(value);
    }
}

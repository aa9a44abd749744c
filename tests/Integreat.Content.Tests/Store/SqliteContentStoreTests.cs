using Integreat.Content.Cms;
using Integreat.Content.Model;
using Integreat.Content.Store;
using Microsoft.Extensions.Time.Testing;

namespace Integreat.Content.Tests.Store;

public sealed class SqliteContentStoreTests : IDisposable
{
    private static readonly DateTimeOffset ImportedAt = new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _temp = new();
    private readonly FakeTimeProvider _time = new(ImportedAt);

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void EmptyStore_HasNothing()
    {
        using var sut = CreateSut();

        Assert.Empty(sut.GetRegions());
        Assert.Empty(sut.GetVersions());
        Assert.Null(sut.FindRegion("testort"));
        Assert.Null(sut.GetContent("testort", "de"));
        Assert.Null(sut.FindPage("testort", "de", 101));
        Assert.True(File.Exists(Path.Combine(_temp.Path, SqliteContentStore.FileName)));
    }

    [Fact]
    public async Task StoredContent_ReadsBackEqual()
    {
        var (region, contents) = await LoadFixtureAsync();
        using var sut = CreateSut();

        sut.ReplaceRegions([region], contents, ImportedAt);

        using var reopened = CreateSut();
        foreach (var content in contents)
        {
            var read = reopened.GetContent("testort", content.Language.Code)!;
            Assert.Equal(ContentHasher.Hash(content), ContentHasher.Hash(read));
            Assert.Equal(content.Pages.Select(p => (p.Id, p.Title, p.Path, p.ContentHtml)), read.Pages.Select(p => (p.Id, p.Title, p.Path, p.ContentHtml)));
            Assert.Equal(content.Language, read.Language);
        }

        var version = reopened.GetVersions().Single(v => v.Language == "de");
        Assert.Equal(new ContentVersion("testort", "de", ContentHasher.Hash(contents[0]), ImportedAt), version);
        Assert.Equal(region.Name, reopened.FindRegion("TESTORT")?.Name);
        Assert.Equal(region.Languages, reopened.FindRegion("testort")!.Languages);
        Assert.Equal("Notruf", reopened.FindPage("testort", "de", 103)!.Title);
        Assert.Equal(201, reopened.FindPage("testort", "de", 101)!.AvailableLanguages["AR"].Id);
        Assert.Equal(
            new TimeOnly(13, 0),
            reopened.GetContent("testort", "de")!.Locations[0].OpeningHours!.For(DayOfWeek.Monday)!.TimeSlots[1].Start);
    }

    [Fact]
    public async Task WriteByAnotherInstance_IsSeenAfterTheRecheckInterval()
    {
        var (region, contents) = await LoadFixtureAsync();
        using var reader = CreateSut();
        using var writer = CreateSut();
        writer.ReplaceRegions([region], contents, ImportedAt);
        Assert.Equal(3, reader.GetContent("testort", "de")!.Pages.Count); // cached now

        var edited = contents[0] with { Pages = contents[0].Pages.Take(1).ToList() };
        writer.ReplaceRegions([region], [edited, .. contents.Skip(1)], ImportedAt.AddHours(1));
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Single(reader.GetContent("testort", "de")!.Pages);
        Assert.Null(reader.FindPage("testort", "de", 102));
        Assert.Equal(ImportedAt.AddHours(1), reader.GetVersions().Single(v => v.Language == "de").ImportedAt);
    }

    [Fact]
    public async Task OwnWrite_IsSeenAtOnce()
    {
        var (region, contents) = await LoadFixtureAsync();
        using var sut = CreateSut();
        sut.ReplaceRegions([region], contents, ImportedAt);
        Assert.NotNull(sut.GetContent("testort", "en"));

        var result = sut.ReplaceRegions([region with { Languages = region.Languages.Take(2).ToList() }], contents.Take(2).ToList(), ImportedAt);

        Assert.Null(sut.GetContent("testort", "en"));
        Assert.Equal(
            [("en", ContentChange.Removed), ("de", ContentChange.Unchanged), ("ar", ContentChange.Unchanged)],
            result.Changes.Select(c => (c.Language, c.Change)));
        Assert.True(result.RegionsChanged);
        Assert.False(result.NothingChanged);
    }

    [Fact]
    public async Task ContentOfARegionNotGiven_IsRejectedAndNothingIsWritten()
    {
        var (region, contents) = await LoadFixtureAsync();
        using var sut = CreateSut();

        Assert.Throws<ArgumentException>(() =>
            sut.ReplaceRegions([region with { Slug = "anderswo" }], contents, ImportedAt));

        Assert.Empty(sut.GetRegions());
        Assert.Empty(sut.GetVersions());
    }

    [Fact]
    public async Task ImportSession_DisposedWithoutCommit_LeavesTheStoreAsItWas()
    {
        var (region, contents) = await LoadFixtureAsync();
        using var sut = CreateSut();
        sut.ReplaceRegions([region], contents.Take(1).ToList(), ImportedAt);
        var versions = sut.GetVersions();
        var edited = contents[0] with { Pages = [contents[0].Pages[0] with { Title = "Geändert" }, .. contents[0].Pages.Skip(1)] };

        using (var session = sut.BeginImport([region with { Name = "Umbenannt" }], ImportedAt.AddHours(1)))
        {
            Assert.Equal(ContentChange.Updated, session.Write(edited));
            Assert.Equal(ContentChange.Added, session.Write(contents[1]));
        }

        using var reopened = CreateSut();
        Assert.Equal(versions, reopened.GetVersions());
        Assert.Equal(region.Name, reopened.FindRegion("testort")!.Name);
        Assert.Equal(contents[0].Pages[0].Title, reopened.FindPage("testort", "de", contents[0].Pages[0].Id)!.Title);
    }

    [Fact]
    public async Task ImportSession_ShowsNothingBeforeTheCommit_AndEverythingAfter()
    {
        var (region, contents) = await LoadFixtureAsync();
        using var sut = CreateSut();
        using var reader = CreateSut();

        using var session = sut.BeginImport([region], ImportedAt);
        foreach (var content in contents)
        {
            session.Write(content);
        }

        Assert.Empty(reader.GetVersions());
        var result = session.Commit();

        Assert.Equal(contents.Count, result.Changes.Count(c => c.Change == ContentChange.Added));
        Assert.Equal(contents.Count, sut.GetVersions().Count);
    }

    [Fact]
    public async Task ImportSession_RejectsAPairWrittenTwiceOrNotInItsRegions_AndStaysUsable()
    {
        var (region, contents) = await LoadFixtureAsync();
        using var sut = CreateSut();
        using var session = sut.BeginImport([region], ImportedAt);
        session.Write(contents[0]);

        Assert.Throws<ArgumentException>(() => session.Write(contents[0]));
        Assert.Throws<ArgumentException>(() => session.Write(contents[1] with { Region = "anderswo" }));
        session.Write(contents[1]);
        session.Commit();

        Assert.Equal(
            new[] { contents[0].Language.Code, contents[1].Language.Code }.Order(StringComparer.Ordinal),
            sut.GetVersions().Select(v => v.Language).Order(StringComparer.Ordinal));
        Assert.Null(sut.GetContent("anderswo", contents[1].Language.Code));
    }

    [Fact]
    public async Task MoreRegionLanguagesThanTheCacheHolds_AllReadBackRight()
    {
        var (region, contents) = await LoadFixtureAsync();
        var regions = Enumerable.Range(0, SqliteContentStore.CacheCapacity + 3).Select(i => region with { Slug = $"ort{i}" }).ToList();
        using var sut = CreateSut();
        sut.ReplaceRegions(regions, regions.Select(r => contents[0] with { Region = r.Slug }).ToList(), ImportedAt);

        for (var round = 0; round < 2; round++)
        {
            foreach (var r in regions)
            {
                Assert.Equal(r.Slug, sut.GetContent(r.Slug, "de")!.Region);
                Assert.Equal(contents[0].Pages[0].Title, sut.FindPage(r.Slug, "de", contents[0].Pages[0].Id)!.Title);
            }
        }
    }

    private SqliteContentStore CreateSut() => new(_temp.Path, _time);

    private static async Task<(Region Region, List<LanguageContent> Contents)> LoadFixtureAsync()
    {
        var dump = new CmsDumpDirectory(TestFiles.CmsDirectory);
        var languages = await dump.GetLanguagesAsync("testort");
        var contents = new List<LanguageContent>();
        foreach (var language in languages)
        {
            contents.Add(new LanguageContent(
                "testort",
                language,
                await dump.GetPagesAsync("testort", language.Code),
                await dump.GetEventsAsync("testort", language.Code),
                await dump.GetLocationsAsync("testort", language.Code)));
        }

        return (new Region("testort", "Testort (Fixture)", languages), contents);
    }
}

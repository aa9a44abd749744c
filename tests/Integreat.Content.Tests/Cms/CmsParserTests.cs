using Integreat.Content.Cms;
using Integreat.Content.Model;

namespace Integreat.Content.Tests.Cms;

public class CmsParserTests
{
    [Theory]
    [InlineData("ltr", TextDirection.LeftToRight)]
    [InlineData("rtl", TextDirection.RightToLeft)]
    [InlineData("LEFT_TO_RIGHT", TextDirection.LeftToRight)]
    [InlineData("RIGHT_TO_LEFT", TextDirection.RightToLeft)]
    [InlineData("RTL", TextDirection.RightToLeft)]
    public void ParseLanguages_AcceptsBothDirSpellings(string dir, TextDirection expected)
    {
        var json = $$"""[{"id": 5, "code": "fa", "bcp47_tag": "fa-IR", "native_name": "فارسی", "dir": "{{dir}}"}]""";

        var language = Assert.Single(CmsParser.ParseLanguages(TestFiles.Json(json), "languages.json"));

        Assert.Equal(expected, language.Direction);
        Assert.Equal("fa", language.Code);
        Assert.Equal("fa-IR", language.Bcp47Tag);
        Assert.Equal("فارسی", language.NativeName);
    }

    [Fact]
    public void ParseLanguages_MissingOptionalFields_FallBackToTheCode()
    {
        var language = Assert.Single(CmsParser.ParseLanguages(TestFiles.Json("""[{"code": "uk", "dir": null}]"""), "x"));

        Assert.Equal(new Language("uk", "uk", "uk", TextDirection.LeftToRight), language);
    }

    [Fact]
    public void ParseLanguages_FixtureHasBothSpellings()
    {
        using var json = TestFiles.Open("testort", "languages.json");

        var languages = CmsParser.ParseLanguages(json, "languages.json");

        Assert.Equal(["de", "ar", "en"], languages.Select(l => l.Code));
        Assert.Equal([TextDirection.LeftToRight, TextDirection.RightToLeft, TextDirection.LeftToRight], languages.Select(l => l.Direction));
    }

    [Fact]
    public void ParseRegions_IgnoresUnknownFieldsAndNullLanguages()
    {
        using var json = TestFiles.Open("regions.json");

        var regions = CmsParser.ParseRegions(json, "regions.json");

        Assert.Equal(["testort", "zweitort"], regions.Select(r => r.Slug));
        Assert.Equal("Testort (Fixture)", regions[0].Name);
        Assert.Equal("de", Assert.Single(regions[0].Languages).Code);
        Assert.Empty(regions[1].Languages);
    }

    [Fact]
    public void ParsePages_DecodesEntitiesInExcerptsAndTitles()
    {
        var pages = ParseFixturePages("de");

        var page = pages.Single(p => p.Id == 101);
        Assert.Equal("Erste Schritte & wichtige Adressen für Neuankommende", page.Excerpt);
        Assert.Equal("Ankommen in Testort", page.Title);
        Assert.Contains("B&uuml;rgerb&uuml;ro", page.ContentHtml); // content stays HTML; HtmlText decodes it
    }

    [Fact]
    public void ParsePages_BuildsTheTreeFromParentPaths()
    {
        var pages = ParseFixturePages("de");

        var root = pages.Single(p => p.Id == 101);
        var child = pages.Single(p => p.Id == 102);
        Assert.Null(root.ParentPath);
        Assert.Null(root.ParentId);
        Assert.Equal(root.Path, child.ParentPath);
        Assert.Equal(101, child.ParentId);
        Assert.Equal(2, child.Order);
        Assert.Equal(new DateTimeOffset(2025, 2, 10, 9, 30, 0, TimeSpan.FromHours(1)), child.LastUpdated);
    }

    [Fact]
    public void ParsePages_NullsEverywhere_BecomeEmptyValues()
    {
        var page = ParseFixturePages("de").Single(p => p.Id == 103);

        Assert.Equal("", page.ContentHtml);
        Assert.Equal("", page.Excerpt);
        Assert.Null(page.ParentPath);
        Assert.Equal(0, page.Order);
        Assert.Null(page.LastUpdated);
        Assert.Empty(page.AvailableLanguages);
    }

    [Fact]
    public void ParsePages_KeepsNonAsciiPathsAndTranslationLinks()
    {
        var arabic = Assert.Single(ParseFixturePages("ar"));
        var german = ParseFixturePages("de").Single(p => p.Id == 101);

        Assert.Equal("/testort/ar/الوصول/", arabic.Path);
        Assert.Equal("الخطوات الأولى & العناوين", arabic.Excerpt);
        Assert.Null(arabic.ParentPath); // "parent": {"id": 0, "path": ""} is a root page
        Assert.Null(arabic.ParentId);
        Assert.Equal(201, german.AvailableLanguages["ar"].Id);
        Assert.Equal("/testort/ar/الوصول/", german.AvailableLanguages["AR"].Path);
        Assert.Equal(101, arabic.AvailableLanguages["de"].Id);
    }

    [Theory]
    [InlineData("""[{"title": "Ohne Id"}]""", "page #0 has no id")]
    [InlineData("""[{"id": 7}]""", "page #0 (id 7) has no title")]
    [InlineData("""[{"id": 7, "title": "a"}, null]""", "page #1 is null")]
    [InlineData("""{"id": 7}""", "invalid JSON")]
    [InlineData("""[{"id": 7, "title": "a"},""", "invalid JSON")]
    [InlineData("null", "JSON null")]
    [InlineData("", "invalid JSON")]
    public void ParsePages_UnusableData_FailsNamingTheSourceAndTheProblem(string json, string problem)
    {
        var error = Assert.Throws<CmsFormatException>(() =>
            CmsParser.ParsePages(TestFiles.Json(json), "testort", "de", "/dump/testort/de/pages.json"));

        Assert.Equal("/dump/testort/de/pages.json", error.Origin);
        Assert.StartsWith("/dump/testort/de/pages.json: ", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void ParseEvents_KeepsRecurrenceRulesAndPlaces()
    {
        using var json = TestFiles.Open("testort", "de", "events.json");

        var events = CmsParser.ParseEvents(json, "testort", "de", "events.json");

        var weekly = events.Single(e => e.Id == 501);
        Assert.Equal("DTSTART:20250107T170000\nRRULE:FREQ=WEEKLY;BYDAY=TU", weekly.Schedule.RecurrenceRule);
        Assert.Equal(new DateTimeOffset(2025, 1, 7, 17, 0, 0, TimeSpan.FromHours(1)), weekly.Schedule.Start);
        Assert.Equal("Europe/Berlin", weekly.Schedule.TimeZone);
        Assert.Equal("Stadtbibliothek", weekly.Location!.Name);
        Assert.Equal(48.1, weekly.Location.Latitude); // sent as a string
        Assert.Equal(10.9, weekly.Location.Longitude);
        Assert.Equal("Stadtbibliothek, Marktplatz 1, 12345 Testort", weekly.Location.ToDisplayString());

        var once = events.Single(e => e.Id == 502);
        Assert.Null(once.Schedule.RecurrenceRule);
        Assert.True(once.Schedule.AllDay);
        Assert.Null(once.Schedule.End);
        Assert.Equal("Europe/Berlin", once.Schedule.TimeZone); // null timezone falls back to the CMS's zone
        Assert.Null(once.Location);
        Assert.Empty(once.AvailableLanguages);
    }

    [Fact]
    public void ParseEvents_WithoutStart_FailsNamingTheEvent()
    {
        var error = Assert.Throws<CmsFormatException>(() => CmsParser.ParseEvents(
            TestFiles.Json("""[{"id": 9, "title": "x", "event": {"start": null}}]"""), "r", "de", "events.json"));

        Assert.Contains("id 9", error.Message);
        Assert.Contains("event.start", error.Message);
    }

    [Fact]
    public void ParseLocations_ReadsOpeningHoursMondayFirst()
    {
        var office = ParseFixtureLocations().Single(l => l.Id == 601);

        var hours = office.OpeningHours!;
        Assert.Equal(7, hours.Days.Count);
        var monday = hours.For(DayOfWeek.Monday)!;
        Assert.Equal([new TimeOnly(8, 0), new TimeOnly(13, 0)], monday.TimeSlots.Select(s => s.Start));
        Assert.Equal("Europe/Berlin", monday.TimeSlots[0].TimeZone);
        Assert.True(hours.For(DayOfWeek.Tuesday)!.AppointmentOnly);
        Assert.True(hours.For(DayOfWeek.Wednesday)!.AllDay);
        Assert.Empty(hours.For(DayOfWeek.Thursday)!.TimeSlots); // an unreadable slot is dropped, not fatal
        Assert.Empty(hours.For(DayOfWeek.Friday)!.TimeSlots);   // "timeSlots": null
        Assert.True(hours.For(DayOfWeek.Sunday)!.Closed);
    }

    [Fact]
    public void ParseLocations_CategoryAsObjectOrString()
    {
        var locations = ParseFixtureLocations();

        Assert.Equal("Behörden", locations.Single(l => l.Id == 601).Category);
        Assert.Equal("Beratung", locations.Single(l => l.Id == 602).Category);
    }

    [Fact]
    public void ParseLocations_PrefersContactsOverTheOlderTopLevelFields()
    {
        var office = ParseFixtureLocations().Single(l => l.Id == 601);

        var contact = Assert.Single(office.Contacts); // the null contact is skipped
        Assert.Equal("Meldewesen", contact.AreaOfResponsibility);
        Assert.Equal("Frau Muster", contact.Name);
        Assert.Equal("0123 456-10", contact.PhoneNumber);
        Assert.Null(contact.MobileNumber);
        Assert.Null(contact.OpeningHours);
        Assert.Equal("https://termine.testort.example", contact.AppointmentUrl);
        Assert.Null(office.Address!.Longitude); // "" is no coordinate
    }

    [Fact]
    public void ParseLocations_OlderTopLevelFields_BecomeAnUnnamedContact()
    {
        var counselling = ParseFixtureLocations().Single(l => l.Id == 602);

        var contact = Assert.Single(counselling.Contacts);
        Assert.Null(contact.Name);
        Assert.Equal("beratung@testort.example", contact.Email);
        Assert.Equal("+49 123 999", contact.PhoneNumber);
        Assert.Equal("https://beratung.testort.example", contact.Website);
        Assert.Null(counselling.OpeningHours);
        Assert.Null(counselling.Address);
        Assert.True(counselling.TemporarilyClosed);
        Assert.Equal("", counselling.Excerpt);
    }

    private static IReadOnlyList<Page> ParseFixturePages(string language)
    {
        using var json = TestFiles.Open("testort", language, "pages.json");
        return CmsParser.ParsePages(json, "testort", language, "pages.json");
    }

    private static IReadOnlyList<Location> ParseFixtureLocations()
    {
        using var json = TestFiles.Open("testort", "de", "locations.json");
        return CmsParser.ParseLocations(json, "testort", "de", "locations.json");
    }
}

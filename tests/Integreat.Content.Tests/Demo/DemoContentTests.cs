using System.Globalization;
using System.Text.RegularExpressions;
using Integreat.Content.Cms;
using Integreat.Content.Demo;
using Integreat.Content.Model;

namespace Integreat.Content.Tests.Demo;

/// <summary>The demo region is what a fresh clone serves: it must load through the real parser and be rich enough to try every feature.</summary>
public sealed partial class DemoContentTests
{
    private static readonly Lazy<Task<DemoDump>> Dump = new(DemoDump.LoadAsync);

    [Fact]
    public async Task Ships_in_the_output_as_a_clearly_named_demo_region()
    {
        var dump = await Dump.Value;

        Assert.True(File.Exists(System.IO.Path.Combine(DemoContent.Directory, "regions.json")), $"no demo dump at {DemoContent.Directory}");
        Assert.Contains("Demo", dump.Region.Name, StringComparison.Ordinal);
        Assert.Equal("de", dump.Region.DefaultLanguage.Code);
        var start = dump.Pages["de"].Single(p => p.ParentPath is null && p.Order == 0);
        Assert.Contains("Demo-Inhalt", start.ContentHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Offers_the_common_languages_with_their_writing_direction()
    {
        var dump = await Dump.Value;

        foreach (var code in new[] { "de", "en", "ar", "fa", "uk", "tr" })
        {
            Assert.NotNull(dump.Region.FindLanguage(code));
        }

        Assert.Equal(TextDirection.RightToLeft, dump.Region.FindLanguage("ar")!.Direction);
        Assert.Equal(TextDirection.RightToLeft, dump.Region.FindLanguage("fa")!.Direction);
        Assert.Equal(TextDirection.LeftToRight, dump.Region.FindLanguage("uk")!.Direction);
        Assert.Equal(dump.Region.Languages.Select(l => l.Code).Order(), dump.Pages.Keys.Order());
    }

    [Fact]
    public async Task Has_enough_pages_in_enough_languages_with_some_left_untranslated()
    {
        var dump = await Dump.Value;

        Assert.True(dump.Pages["de"].Count >= 28, $"only {dump.Pages["de"].Count} German pages");
        var wellCovered = dump.Pages.Where(kv => kv.Value.Count >= 25).Select(kv => kv.Key).ToList();
        Assert.True(wellCovered.Count >= 6, $"only {string.Join(", ", wellCovered)} have 25 pages or more");
        foreach (var code in new[] { "en", "ar", "uk" })
        {
            Assert.Equal(dump.Pages["de"].Count, dump.Pages[code].Count);
        }

        // The bot must fall back to German for pages missing in a language, so some must be missing.
        Assert.Contains(dump.Pages, kv => kv.Value.Count < dump.Pages["de"].Count);
    }

    [Fact]
    public async Task German_pages_are_substantial_and_form_a_tree()
    {
        var dump = await Dump.Value;
        var pages = dump.Pages["de"];
        var byPath = pages.ToDictionary(p => p.Path);

        foreach (var page in pages)
        {
            var words = WordCount(page.ContentHtml);
            Assert.True(words is >= 80 and <= 300, $"{page.Path} has {words} words");
            Assert.False(string.IsNullOrWhiteSpace(page.Excerpt), $"{page.Path} has no excerpt");
            Assert.NotNull(page.LastUpdated);
        }

        Assert.True(pages.Count(p => p.ParentPath is not null) >= pages.Count / 2, "too few child pages");
        Assert.True(pages.Count(p => pages.Any(c => c.ParentPath == p.Path)) >= 5, "too few topic pages with children");
        Assert.Contains(pages, p => p.ParentPath is { } parent && byPath[parent].ParentPath is not null);
    }

    [Fact]
    public async Task Every_page_parent_exists_in_the_same_language()
    {
        var dump = await Dump.Value;

        foreach (var (code, pages) in dump.Pages)
        {
            var byPath = pages.ToDictionary(p => p.Path);
            Assert.Equal(pages.Count, pages.Select(p => p.Id).Distinct().Count());
            foreach (var page in pages.Where(p => p.ParentPath is not null))
            {
                Assert.True(byPath.TryGetValue(page.ParentPath!, out var parent), $"{code}: parent of {page.Path} is missing");
                Assert.Equal(parent.Id, page.ParentId);
                Assert.StartsWith(parent.Path, page.Path, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Translation_links_of_pages_point_to_existing_items_that_link_back() =>
        AssertLinksAreConsistent((await Dump.Value).Pages);

    [Fact]
    public async Task Translation_links_of_events_point_to_existing_items_that_link_back() =>
        AssertLinksAreConsistent((await Dump.Value).Events);

    [Fact]
    public async Task Translation_links_of_locations_point_to_existing_items_that_link_back() =>
        AssertLinksAreConsistent((await Dump.Value).Locations);

    [Fact]
    public async Task Has_recurring_and_one_off_events_in_at_least_six_languages()
    {
        var dump = await Dump.Value;

        Assert.True(dump.Events.Count(kv => kv.Value.Count >= 12) >= 6, "fewer than six languages with 12 events");
        var events = dump.Events["de"];
        var recurring = events.Where(e => e.Schedule.RecurrenceRule is not null).ToList();
        Assert.True(recurring.Count >= 3, $"only {recurring.Count} recurring events");
        Assert.Contains(recurring, e => e.Schedule.RecurrenceRule!.Contains("FREQ=MONTHLY", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Schedule.RecurrenceRule is null);
        Assert.Contains(events, e => e.Schedule.AllDay);

        foreach (var e in events)
        {
            Assert.Equal("Europe/Berlin", e.Schedule.TimeZone);
            Assert.True(e.Schedule.End > e.Schedule.Start, $"{e.Title} ends before it starts");
            Assert.NotNull(e.Location?.Street);
            Assert.NotNull(e.Location?.Latitude);
        }
    }

    [Fact]
    public async Task Recurrence_rules_start_on_the_events_first_occurrence()
    {
        var dump = await Dump.Value;

        foreach (var e in dump.Events.Values.SelectMany(v => v).Where(e => e.Schedule.RecurrenceRule is not null))
        {
            var match = RulePattern().Match(e.Schedule.RecurrenceRule!);
            Assert.True(match.Success, $"{e.Path}: unexpected rule {e.Schedule.RecurrenceRule}");
            Assert.Equal(e.Schedule.Start.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture), match.Groups["start"].Value);
            if (match.Groups["freq"].Value == "WEEKLY")
            {
                var day = e.Schedule.Start.DayOfWeek.ToString()[..2].ToUpperInvariant();
                Assert.Contains(day, match.Groups["days"].Value.Split(','));
            }
        }
    }

    [Fact]
    public async Task Has_locations_with_contacts_and_opening_hours()
    {
        var dump = await Dump.Value;

        Assert.True(dump.Locations.Count(kv => kv.Value.Count >= 12) >= 4, "fewer than four languages with 12 locations");
        var locations = dump.Locations["de"];
        Assert.True(locations.Count(l => l.Contacts.Count > 0) >= 12, "fewer than 12 locations with contacts");
        Assert.True(locations.Count(l => l.OpeningHours is { Days.Count: 7 }) >= 10, "fewer than 10 locations with a week of opening hours");
        Assert.Contains(locations, l => l.OpeningHours is null);
        Assert.Contains(locations, l => l.TemporarilyClosed);
        Assert.Contains(locations, l => l.OpeningHours?.Days.Any(d => d.AppointmentOnly) == true);
        Assert.All(locations, l => Assert.NotNull(l.Category));
        Assert.All(locations, l => Assert.NotNull(l.Address?.Street));
        Assert.All(locations.SelectMany(l => l.Contacts), c => Assert.True(c.PhoneNumber is not null || c.Email is not null));
    }

    [Fact]
    public async Task Pages_mention_the_phone_numbers_of_the_offices()
    {
        var dump = await Dump.Value;
        var pageText = string.Join('\n', dump.Pages["de"].Select(p => p.ContentHtml));

        var phones = dump.Locations["de"].SelectMany(l => l.Contacts).Select(c => c.PhoneNumber).OfType<string>().Distinct().ToList();
        var mentioned = phones.Count(pageText.Contains);
        Assert.True(mentioned >= phones.Count * 3 / 4, $"pages mention only {mentioned} of {phones.Count} office phone numbers");
    }

    private static void AssertLinksAreConsistent<T>(IReadOnlyDictionary<string, IReadOnlyList<T>> items)
        where T : class
    {
        var byId = items.ToDictionary(kv => kv.Key, kv => kv.Value.ToDictionary(Id));
        foreach (var (code, list) in items)
        {
            foreach (var item in list)
            {
                foreach (var (other, link) in Links(item))
                {
                    Assert.NotEqual(code, other);
                    Assert.True(byId.TryGetValue(other, out var targets), $"{PathOf(item)} links to language {other}, which has no such file");
                    Assert.True(targets.TryGetValue(link.Id, out var target), $"{PathOf(item)} links to missing {other} id {link.Id}");
                    Assert.Equal(PathOf(target), link.Path);
                    Assert.Equal(Url(target), link.Url);
                    Assert.True(Links(target).TryGetValue(code, out var back) && back.Id == Id(item),
                        $"{PathOf(target)} does not link back to {PathOf(item)}");
                }
            }
        }

        // Every translation of an item links to all the others: the groups of the German items cover each language's list.
        var linked = items["de"].SelectMany(i => Links(i).Select(kv => (kv.Key, kv.Value.Id))).ToHashSet();
        foreach (var (code, list) in items.Where(kv => kv.Key != "de"))
        {
            Assert.All(list, i => Assert.Contains((code, Id(i)), linked));
        }
    }

    private static int Id(object item) => item switch
    {
        Page p => p.Id,
        Event e => e.Id,
        Location l => l.Id,
        _ => throw new ArgumentException(item.GetType().Name),
    };

    private static string PathOf(object item) => item switch
    {
        Page p => p.Path,
        Event e => e.Path,
        Location l => l.Path,
        _ => throw new ArgumentException(item.GetType().Name),
    };

    private static string Url(object item) => item switch
    {
        Page p => p.Url,
        Event e => e.Url,
        Location l => l.Url,
        _ => throw new ArgumentException(item.GetType().Name),
    };

    private static IReadOnlyDictionary<string, TranslationLink> Links(object item) => item switch
    {
        Page p => p.AvailableLanguages,
        Event e => e.AvailableLanguages,
        Location l => l.AvailableLanguages,
        _ => throw new ArgumentException(item.GetType().Name),
    };

    private static int WordCount(string html) =>
        TagPattern().Replace(html, " ").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"^DTSTART:(?<start>\d{8}T\d{6})\nRRULE:FREQ=(?<freq>WEEKLY|MONTHLY);BYDAY=(?<days>[-0-9A-Z,]+)$")]
    private static partial Regex RulePattern();

    private sealed record DemoDump(
        Region Region,
        IReadOnlyDictionary<string, IReadOnlyList<Page>> Pages,
        IReadOnlyDictionary<string, IReadOnlyList<Event>> Events,
        IReadOnlyDictionary<string, IReadOnlyList<Location>> Locations)
    {
        public static async Task<DemoDump> LoadAsync()
        {
            var client = new CmsDumpDirectory(DemoContent.Directory);
            var region = Assert.Single(await client.GetRegionsAsync(), r => r.Slug == DemoContent.RegionSlug);
            var languages = await client.GetLanguagesAsync(region.Slug);
            Assert.Equal(region.Languages.Select(l => l.Code), languages.Select(l => l.Code));

            var pages = new Dictionary<string, IReadOnlyList<Page>>();
            var events = new Dictionary<string, IReadOnlyList<Event>>();
            var locations = new Dictionary<string, IReadOnlyList<Location>>();
            foreach (var language in languages)
            {
                pages[language.Code] = await client.GetPagesAsync(region.Slug, language.Code);
                events[language.Code] = await client.GetEventsAsync(region.Slug, language.Code);
                locations[language.Code] = await client.GetLocationsAsync(region.Slug, language.Code);
            }

            return new DemoDump(region, pages, events, locations);
        }
    }
}

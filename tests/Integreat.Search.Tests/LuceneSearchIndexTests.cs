using Integreat.Content.Model;
using Integreat.Content.Store;
using Microsoft.Extensions.Time.Testing;

namespace Integreat.Search.Tests;

public sealed class LuceneSearchIndexTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "integreat-search-test-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void Synchronize_reindexes_only_what_changed_and_removes_what_is_gone()
    {
        using var index = LuceneSearchIndex.Open(_directory);

        var first = index.Synchronize(Fixture.Store(Fixture.Content("de"), Fixture.Content("en")));
        var unchanged = index.Synchronize(Fixture.Store(Fixture.Content("de"), Fixture.Content("en")));
        var changed = index.Synchronize(Fixture.Store(Fixture.Content("de"), Fixture.Content("en", titleSuffix: " (updated)")));
        var removed = index.Synchronize(Fixture.Store(Fixture.Content("de")));

        Assert.Equal(2, first.Count);
        Assert.Empty(unchanged);
        Assert.Equal("en", Assert.Single(changed).Language);
        Assert.Empty(removed);
        Assert.Empty(index.Search(new SearchQuery(Fixture.Region, "en", "residence permit")).Pages);
        Assert.NotEmpty(index.Search(new SearchQuery(Fixture.Region, "de", "Aufenthaltstitel")).Pages);
    }

    [Fact]
    public void Many_region_languages_indexed_in_parallel_batches_each_find_their_own_pages_and_rank_ties_in_page_order()
    {
        // Twenty regions are more than one batch per indexing thread. In each, two identical pages tie; ties rank in
        // document order, which must be the content's order (9, then 8) however the batches were built.
        var english = Fixture.Languages.Single(l => l.Code == "en");
        var regions = Enumerable.Range(0, 20).Select(i => new Region($"ort{i}", $"Ort {i}", [english])).ToList();
        var contents = regions.Select(r => new LanguageContent(r.Slug, english, [Twin(r.Slug, 9), Twin(r.Slug, 8)], [], [])).ToList();
        using var index = LuceneSearchIndex.Open(_directory);

        var indexed = index.Synchronize(new InMemoryContentStore(regions, contents));

        Assert.Equal(20, indexed.Count);
        foreach (var region in regions)
        {
            var pages = index.Search(new SearchQuery(region.Slug, "en", "bicycle repair workshop")).Pages;
            Assert.Equal([9, 8], pages.Select(p => p.PageId));
            Assert.All(pages, p => Assert.Contains($"/{region.Slug}/", p.Url, StringComparison.Ordinal));
        }

        static Page Twin(string region, int id) => new(
            id, region, "en", $"https://integreat.app/{region}/en/page-{id}/", $"/{region}/en/page-{id}/", "Bicycle repair workshop",
            "<p>Repair your bicycle in the workshop.</p>", "", null, null, 0, null, new Dictionary<string, TranslationLink>());
    }

    [Fact]
    public void An_index_reopened_from_disk_keeps_its_content_and_versions()
    {
        using (var index = LuceneSearchIndex.Open(_directory))
        {
            index.Synchronize(Fixture.Store(Fixture.Content("de")));
        }

        using var reopened = LuceneSearchIndex.Open(_directory);

        Assert.Empty(reopened.Synchronize(Fixture.Store(Fixture.Content("de"))));
        Assert.Equal(1, reopened.Search(new SearchQuery(Fixture.Region, "de", "Kindergartenanmeldung")).Pages[0].PageId);
    }

    [Fact]
    public async Task Searching_goes_on_while_content_is_reindexed()
    {
        using var index = LuceneSearchIndex.Open(_directory);
        index.Synchronize(Fixture.Store(Fixture.Content("de")));
        using var stop = new CancellationTokenSource();
        var misses = 0;
        var reader = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                if (index.Search(new SearchQuery(Fixture.Region, "de", "Aufenthaltstitel")).Pages.Count == 0)
                {
                    Interlocked.Increment(ref misses);
                }
            }
        });

        for (var i = 0; i < 5; i++)
        {
            index.Synchronize(Fixture.Store(Fixture.Content("de", titleSuffix: $" {i}")));
        }

        stop.Cancel();
        await reader;
        Assert.Equal(0, misses);
    }

    [Fact]
    public void Confidence_separates_an_answer_from_a_question_the_content_does_not_cover()
    {
        using var index = LuceneSearchIndex.InMemory();
        index.Synchronize(Fixture.Store());

        var answered = index.Search(new SearchQuery(Fixture.Region, "en", "How do I extend my residence permit?"));
        var unanswered = index.Search(new SearchQuery(Fixture.Region, "en", "Where can I buy a cheap bicycle with a permit?"));

        Assert.True(answered.IsConfident);
        Assert.False(unanswered.IsConfident);
    }

    [Fact]
    public void Matching_events_are_returned_upcoming_only_soonest_first()
    {
        var now = new DateTimeOffset(2026, 3, 11, 12, 0, 0, TimeSpan.Zero);
        var clock = new FakeTimeProvider(now);
        Event Cafe(int id, string title, DateTimeOffset start, string? rule) => new(
            id, Fixture.Region, "en", $"https://integreat.app/{Fixture.Region}/en/events/{id}/", "", title, "<p>Meet people and practise German.</p>", "",
            new EventSchedule(start, start.AddHours(2), false, "Europe/Berlin", rule), new Address("Town hall", "Main street 1", "12345", "Testtown", null, null),
            null, new Dictionary<string, TranslationLink>());
        var events = new[]
        {
            Cafe(1, "Language café every Tuesday", new DateTimeOffset(2026, 1, 6, 17, 0, 0, TimeSpan.FromHours(1)), "RRULE:FREQ=WEEKLY;BYDAY=TU"),
            Cafe(2, "Language café special", new DateTimeOffset(2026, 3, 12, 10, 0, 0, TimeSpan.FromHours(1)), null),
            Cafe(3, "Language café last year", new DateTimeOffset(2025, 3, 12, 10, 0, 0, TimeSpan.FromHours(1)), null),
        };
        using var index = LuceneSearchIndex.InMemory(clock);
        index.Synchronize(Fixture.Store(Fixture.Content("en", events)));

        var results = index.Search(new SearchQuery(Fixture.Region, "en", "Is there a language café?"));

        Assert.NotEmpty(results.Events);
        Assert.DoesNotContain(results.Events, e => e.EventId == 3);
        Assert.All(results.Events, e => Assert.True(e.Start >= now));
        Assert.Equal(2, results.Events[0].EventId);
        Assert.Equal(results.Events.OrderBy(e => e.Start).Select(e => e.Start), results.Events.Select(e => e.Start));
        Assert.Equal("Town hall, Main street 1, 12345 Testtown", results.Events[0].Location);
    }

    [Fact]
    public void Matching_locations_come_back_as_contacts_with_todays_hours()
    {
        var wednesday = new DateTimeOffset(2026, 3, 11, 9, 0, 0, TimeSpan.Zero);
        var open = new DayHours(false, false, false, [new TimeSlot(new TimeOnly(8, 0), new TimeOnly(12, 0), "Europe/Berlin")]);
        var closed = new DayHours(false, true, false, []);
        var week = new OpeningHours([closed, closed, open, closed, closed, closed, closed]);
        var office = new Location(
            7, Fixture.Region, "en", "https://integreat.app/testkreis/en/locations/7/", "", "Immigration office", "<p>Residence permits and visas.</p>", "", "Office",
            new Address(null, "Main street 2", "12345", "Testtown", null, null), week, false,
            [new Contact(null, null, "office@example.org", "+49 123 456", null, null, null, null)], null, new Dictionary<string, TranslationLink>());
        using var index = LuceneSearchIndex.InMemory(new FakeTimeProvider(wednesday));
        index.Synchronize(Fixture.Store(Fixture.Content("en", locations: [office])));

        var contact = Assert.Single(index.Search(new SearchQuery(Fixture.Region, "en", "Where is the immigration office?")).Contacts);

        Assert.Equal("Immigration office", contact.Name);
        Assert.Equal("+49 123 456", contact.Phone);
        Assert.Equal("Main street 2, 12345 Testtown", contact.Address);
        Assert.NotNull(contact.Today);
        Assert.False(contact.Today.Closed);
        Assert.Equal((new TimeOnly(8, 0), new TimeOnly(12, 0)), Assert.Single(contact.Today.Slots));
    }

    [Fact]
    public void A_German_word_in_an_English_question_finds_the_translation_of_the_German_page()
    {
        using var index = LuceneSearchIndex.InMemory();
        index.Synchronize(Fixture.Store(Fixture.Content("de"), Fixture.Content("en")));

        var pages = index.Search(new SearchQuery(Fixture.Region, "en", "Where do I find the Ausländerbehörde?")).Pages;

        Assert.Equal(12, pages[0].PageId);
    }
}

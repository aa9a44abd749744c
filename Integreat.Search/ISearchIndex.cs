using Integreat.Content.Store;

namespace Integreat.Search;

/// <summary>What someone asked, where, and in which language.</summary>
/// <param name="WithExcerpts">Whether the first three pages (those a person is shown) get an excerpt; later pages carry an empty one.</param>
/// <param name="Now">The moment "upcoming" is measured from; the system clock when null.</param>
public sealed record SearchQuery(string Region, string Language, string Text, int MaxResults = 10, bool WithExcerpts = true, DateTimeOffset? Now = null);

/// <summary>A page that may answer the question.</summary>
/// <param name="Language">The language of the page returned; differs from the query's when a German or English page stands in for a missing translation.</param>
/// <param name="Excerpt">The one or two sentences of the page that best answer the question, at most 300 characters.</param>
public sealed record PageHit(int PageId, string Language, string Title, string Url, string Excerpt, float Score);

/// <summary>An upcoming occurrence of an event.</summary>
public sealed record EventHit(int EventId, string Title, DateTimeOffset Start, DateTimeOffset? End, bool AllDay, string? Location, string Url);

/// <summary>A contact relevant to the question: from a location, with today's opening hours already worked out.</summary>
public sealed record ContactHit(int LocationId, string Name, string? Phone, string? Email, string? Website, string? Address, OpeningHoursToday? Today);

/// <summary>Opening hours of one day: closed, open all day, by appointment, or a list of spans.</summary>
public sealed record OpeningHoursToday(bool Closed, bool AllDay, bool AppointmentOnly, IReadOnlyList<(TimeOnly Start, TimeOnly End)> Slots);

/// <summary>The answer to a query. Empty is a value, never null.</summary>
/// <param name="IsConfident">False when even the best page is probably not an answer: the bot should say it found nothing.</param>
public sealed record SearchResults(IReadOnlyList<PageHit> Pages, IReadOnlyList<EventHit> Events, IReadOnlyList<ContactHit> Contacts, bool IsConfident)
{
    public static readonly SearchResults Empty = new([], [], [], false);

    public bool IsEmpty => Pages.Count == 0 && Events.Count == 0 && Contacts.Count == 0;
}

/// <summary>Full-text search over the stored content.</summary>
public interface ISearchIndex
{
    SearchResults Search(SearchQuery query);
}

/// <summary>Keeps the index in step with the content store.</summary>
public interface ISearchIndexer
{
    /// <summary>Reindexes every region and language whose stored version differs from the indexed one, removes what the store no longer has, and makes the change visible to searches.</summary>
    /// <returns>The region/language pairs that were (re)indexed.</returns>
    IReadOnlyList<ContentVersion> Synchronize(IContentStore store, IProgress<string>? progress = null);
}

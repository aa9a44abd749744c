namespace Integreat.Content.Model;

/// <summary>When an event takes place.</summary>
/// <param name="Start">First start, with the offset the CMS sent.</param>
/// <param name="End">First end, if known.</param>
/// <param name="TimeZone">IANA zone the event is planned in, usually <c>Europe/Berlin</c>.</param>
/// <param name="RecurrenceRule">iCalendar text such as <c>DTSTART:20250107T170000\nRRULE:FREQ=WEEKLY;BYDAY=TU</c>, or null.</param>
public sealed record EventSchedule(
    DateTimeOffset Start,
    DateTimeOffset? End,
    bool AllDay,
    string TimeZone,
    string? RecurrenceRule);

/// <summary>One translation of a CMS event.</summary>
public sealed record Event(
    int Id,
    string Region,
    string Language,
    string Url,
    string Path,
    string Title,
    string ContentHtml,
    string Excerpt,
    EventSchedule Schedule,
    Address? Location,
    DateTimeOffset? LastUpdated,
    IReadOnlyDictionary<string, TranslationLink> AvailableLanguages);

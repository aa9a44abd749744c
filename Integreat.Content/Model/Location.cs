namespace Integreat.Content.Model;

/// <summary>One translation of a CMS location (point of interest): an office, a counselling service, a club.</summary>
/// <param name="Contacts">The contacts; the older top-level e-mail, phone and website appear here as a contact without a name.</param>
public sealed record Location(
    int Id,
    string Region,
    string Language,
    string Url,
    string Path,
    string Title,
    string ContentHtml,
    string Excerpt,
    string? Category,
    Address? Address,
    OpeningHours? OpeningHours,
    bool TemporarilyClosed,
    IReadOnlyList<Contact> Contacts,
    DateTimeOffset? LastUpdated,
    IReadOnlyDictionary<string, TranslationLink> AvailableLanguages);

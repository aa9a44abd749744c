namespace Integreat.Content.Model;

/// <summary>A link from one translation of a page, event or location to the same item in another language.</summary>
public sealed record TranslationLink(int Id, string Url, string Path);

/// <summary>One translation of a CMS page.</summary>
/// <param name="Id">The translation id (unique per region and language).</param>
/// <param name="ParentPath">The parent's <c>path</c>, or null for a root page.</param>
/// <param name="AvailableLanguages">The same page in other languages, by language code.</param>
public sealed record Page(
    int Id,
    string Region,
    string Language,
    string Url,
    string Path,
    string Title,
    string ContentHtml,
    string Excerpt,
    int? ParentId,
    string? ParentPath,
    int Order,
    DateTimeOffset? LastUpdated,
    IReadOnlyDictionary<string, TranslationLink> AvailableLanguages);

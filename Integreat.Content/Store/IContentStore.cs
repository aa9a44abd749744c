using Integreat.Content.Model;

namespace Integreat.Content.Store;

/// <summary>Identifies the stored content of one region and language, so that derived data (the search index) can tell whether it is current.</summary>
/// <param name="Hash">A hash over the content; equal hashes mean equal content.</param>
/// <param name="ImportedAt">When this content was stored.</param>
public sealed record ContentVersion(string Region, string Language, string Hash, DateTimeOffset ImportedAt);

/// <summary>The content the bot serves, read side.</summary>
public interface IContentStore
{
    IReadOnlyList<Region> GetRegions();

    Region? FindRegion(string slug);

    /// <summary>One version per stored region and language.</summary>
    IReadOnlyList<ContentVersion> GetVersions();

    /// <summary>Everything of one region and language, or null when nothing is stored for it.</summary>
    LanguageContent? GetContent(string region, string language);

    Page? FindPage(string region, string language, int id);
}

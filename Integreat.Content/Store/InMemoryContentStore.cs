using Integreat.Content.Model;

namespace Integreat.Content.Store;

/// <summary>A content store held in memory: for tools that read a dump directly (benchmarks) and for tests.</summary>
public sealed class InMemoryContentStore : IContentStore
{
    private readonly List<Region> _regions;
    private readonly Dictionary<(string, string), (LanguageContent Content, ContentVersion Version)> _content = [];

    public InMemoryContentStore(IEnumerable<Region> regions, IEnumerable<LanguageContent> contents, DateTimeOffset? importedAt = null)
    {
        _regions = regions.ToList();
        var at = importedAt ?? DateTimeOffset.UtcNow;
        foreach (var content in contents)
        {
            _content[Key(content.Region, content.Language.Code)] =
                (content, new ContentVersion(content.Region, content.Language.Code, ContentHasher.Hash(content), at));
        }
    }

    /// <summary>Loads everything from a CMS client (a dump directory, usually).</summary>
    public static async Task<InMemoryContentStore> LoadAsync(Cms.ICmsClient client, IEnumerable<string>? onlyRegions = null, CancellationToken cancellationToken = default)
    {
        var regions = await client.GetRegionsAsync(cancellationToken);
        var wanted = onlyRegions?.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var selected = regions.Where(r => wanted is null || wanted.Contains(r.Slug)).ToList();
        var contents = new List<LanguageContent>();
        foreach (var region in selected)
        {
            foreach (var language in await client.GetLanguagesAsync(region.Slug, cancellationToken))
            {
                contents.Add(new LanguageContent(
                    region.Slug,
                    language,
                    await client.GetPagesAsync(region.Slug, language.Code, cancellationToken),
                    await client.GetEventsAsync(region.Slug, language.Code, cancellationToken),
                    await client.GetLocationsAsync(region.Slug, language.Code, cancellationToken)));
            }
        }

        return new InMemoryContentStore(selected, contents);
    }

    public IReadOnlyList<Region> GetRegions() => _regions;

    public Region? FindRegion(string slug) =>
        _regions.FirstOrDefault(r => string.Equals(r.Slug, slug, StringComparison.OrdinalIgnoreCase));

    public IReadOnlyList<ContentVersion> GetVersions() => _content.Values.Select(v => v.Version).ToList();

    public LanguageContent? GetContent(string region, string language) =>
        _content.TryGetValue(Key(region, language), out var entry) ? entry.Content : null;

    public Page? FindPage(string region, string language, int id) =>
        GetContent(region, language)?.Pages.FirstOrDefault(p => p.Id == id);

    private static (string, string) Key(string region, string language) =>
        (region.ToLowerInvariant(), language.ToLowerInvariant());
}

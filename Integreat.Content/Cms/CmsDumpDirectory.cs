using Integreat.Content.Model;

namespace Integreat.Content.Cms;

/// <summary>Reads a directory in the CMS dump layout: the JSON of the API v3, one file per endpoint.</summary>
/// <remarks>
/// <c>regions.json</c>, <c>&lt;region&gt;/languages.json</c>, <c>&lt;region&gt;/&lt;language&gt;/pages.json</c>, and the optional
/// <c>events.json</c> and <c>locations.json</c> beside it.
/// </remarks>
public sealed class CmsDumpDirectory(string directory) : ICmsClient
{
    public string Origin => directory;

    public Task<IReadOnlyList<Region>> GetRegionsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(Read(Path.Combine(directory, "regions.json"), required: true, CmsParser.ParseRegions)!);

    public Task<IReadOnlyList<Language>> GetLanguagesAsync(string region, CancellationToken cancellationToken = default) =>
        Task.FromResult(Read(Path.Combine(directory, region, "languages.json"), required: true, CmsParser.ParseLanguages)!);

    public Task<IReadOnlyList<Page>> GetPagesAsync(string region, string language, CancellationToken cancellationToken = default) =>
        Task.FromResult(Read(Path.Combine(directory, region, language, "pages.json"), required: true,
            (s, f) => CmsParser.ParsePages(s, region, language, f))!);

    public Task<IReadOnlyList<Event>> GetEventsAsync(string region, string language, CancellationToken cancellationToken = default) =>
        Task.FromResult(Read(Path.Combine(directory, region, language, "events.json"), required: false,
            (s, f) => CmsParser.ParseEvents(s, region, language, f)) ?? []);

    public Task<IReadOnlyList<Location>> GetLocationsAsync(string region, string language, CancellationToken cancellationToken = default) =>
        Task.FromResult(Read(Path.Combine(directory, region, language, "locations.json"), required: false,
            (s, f) => CmsParser.ParseLocations(s, region, language, f)) ?? []);

    private static IReadOnlyList<T>? Read<T>(string file, bool required, Func<Stream, string, IReadOnlyList<T>> parse)
    {
        if (!File.Exists(file))
        {
            return required ? throw new CmsFormatException(file, "file not found") : null;
        }

        using var stream = File.OpenRead(file);
        return parse(stream, file);
    }
}

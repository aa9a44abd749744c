using Integreat.Content.Model;

namespace Integreat.Content.Cms;

/// <summary>Reads what the Integreat CMS API v3 serves: from the live API, or from a dump directory of the same JSON.</summary>
public interface ICmsClient
{
    /// <summary>A description of where the content comes from, for messages (a URL or a directory).</summary>
    string Origin { get; }

    Task<IReadOnlyList<Region>> GetRegionsAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Language>> GetLanguagesAsync(string region, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Page>> GetPagesAsync(string region, string language, CancellationToken cancellationToken = default);

    /// <summary>Events with recurring ones combined; empty where the source has none.</summary>
    Task<IReadOnlyList<Event>> GetEventsAsync(string region, string language, CancellationToken cancellationToken = default);

    /// <summary>Locations shown on the map; empty where the source has none.</summary>
    Task<IReadOnlyList<Location>> GetLocationsAsync(string region, string language, CancellationToken cancellationToken = default);
}

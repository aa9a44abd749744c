using Integreat.Content.Store;

namespace Integreat.Content.Import;

/// <summary>What was imported for one region and language.</summary>
/// <param name="Change">Whether the stored content was added, updated, left as it was, or removed.</param>
/// <param name="Duration">How long fetching and validating it took.</param>
public sealed record LanguageImportSummary(
    string Region, string Language, int Pages, int Events, int Locations, ContentChange Change, TimeSpan Duration)
{
    /// <summary>True unless the same content was already stored.</summary>
    public bool Changed => Change != ContentChange.Unchanged;
}

/// <summary>The result of an import: one line per region and language, for the command line's table.</summary>
/// <param name="Origin">Where the content came from (a directory or URL).</param>
/// <param name="Languages">Per region and language, in import order; removed languages come last with zero counts.</param>
/// <param name="RegionsChanged">True when a region's name or language list was new or different.</param>
/// <param name="Duration">The whole import, fetching and saving.</param>
public sealed record ImportSummary(string Origin, IReadOnlyList<LanguageImportSummary> Languages, bool RegionsChanged, TimeSpan Duration)
{
    /// <summary>True when the store is exactly as before: the CLI says "nothing changed" and need not rebuild anything.</summary>
    public bool NothingChanged => !RegionsChanged && Languages.All(l => !l.Changed);

    public int Pages => Languages.Sum(l => l.Pages);

    public int Events => Languages.Sum(l => l.Events);

    public int Locations => Languages.Sum(l => l.Locations);
}

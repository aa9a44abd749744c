namespace Integreat.Content.Model;

/// <summary>Everything a region publishes in one language: the unit that is imported, stored and indexed.</summary>
public sealed record LanguageContent(
    string Region,
    Language Language,
    IReadOnlyList<Page> Pages,
    IReadOnlyList<Event> Events,
    IReadOnlyList<Location> Locations);

namespace Integreat.Content.Model;

/// <summary>An Integreat region (a city or county) with the languages it publishes in.</summary>
/// <param name="Slug">The URL slug, e.g. <c>lkaugsburg</c>.</param>
/// <param name="Name">The display name, e.g. <c>Landkreis Augsburg</c>.</param>
/// <param name="Languages">The languages, the region's default (source) language first.</param>
public sealed record Region(string Slug, string Name, IReadOnlyList<Language> Languages)
{
    /// <summary>The region's source language: the first one listed, German for every real Integreat region.</summary>
    public Language DefaultLanguage => Languages.Count > 0 ? Languages[0] : new Language("de", "de-DE", "Deutsch", TextDirection.LeftToRight);

    public Language? FindLanguage(string code) =>
        Languages.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase));
}

using System.Globalization;

namespace Integreat.Search.Indexing;

/// <summary>The ids of a page's translations, written as "de:12 en:34" into one doc value.</summary>
internal static class Translations
{
    public static string Write(IEnumerable<(string Language, int Id)> translations) =>
        string.Join(' ', translations.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Language.ToLowerInvariant()}:{t.Id}")));

    /// <summary>The id of the translation into <paramref name="language"/>, if the page has one.</summary>
    public static int? Find(string written, string language)
    {
        foreach (var entry in written.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = entry.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && entry.AsSpan(0, colon).Equals(language, StringComparison.OrdinalIgnoreCase)
                && int.TryParse(entry.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return id;
            }
        }

        return null;
    }
}

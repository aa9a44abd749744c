using System.Globalization;
using System.Text;
using Integreat.Content.Model;

namespace Integreat.Bot.Conversation;

/// <summary>Finds regions by what a person types: slug, full name, a prefix ("Rems-Murr") or one word of the name ("Augsburg").</summary>
internal static class RegionMatcher
{
    // Words that say what kind of region it is, not which one.
    private static readonly HashSet<string> Generic = ["landkreis", "stadt", "kreis", "lk", "city", "county", "region", "gemeinde", "markt"];

    /// <summary>The regions that fit, best first; exactly one means the person named it.</summary>
    public static IReadOnlyList<Region> Find(string text, IReadOnlyList<Region> regions)
    {
        var query = Normalize(text);
        if (query.Length < 2)
        {
            return [];
        }

        // "Augsburg" is both "Stadt Augsburg" and "Landkreis Augsburg": the name decides before the slug.
        var exact = regions.Where(r => Normalize(r.Name) == query || Significant(r.Name) == query).ToList();
        if (exact.Count > 0)
        {
            return exact;
        }

        var bySlug = regions.Where(r => Normalize(r.Slug) == query.Replace(" ", "")).ToList();
        if (bySlug.Count > 0)
        {
            return bySlug;
        }

        return regions
            .Where(r => Normalize(r.Name).StartsWith(query, StringComparison.Ordinal)
                || Significant(r.Name).StartsWith(query, StringComparison.Ordinal)
                || Normalize(r.Slug).StartsWith(query.Replace(" ", ""), StringComparison.Ordinal)
                || (query.Length >= 3 && Words(r.Name).Any(w => w.StartsWith(query, StringComparison.Ordinal))))
            .OrderBy(r => r.Name.Length)
            .ToList();
    }

    /// <summary>Regions whose name is close to what was typed (spelling mistakes), for suggestions.</summary>
    public static IReadOnlyList<Region> Suggest(string text, IReadOnlyList<Region> regions, int max = 5)
    {
        var query = Normalize(text);
        return regions
            .Select(r => (Region: r, Distance: Words(r.Name).Append(Normalize(r.Slug)).Min(w => Distance(w, query))))
            .Where(x => x.Distance <= Math.Max(2, query.Length / 3))
            .OrderBy(x => x.Distance)
            .Take(max)
            .Select(x => x.Region)
            .ToList();
    }

    public static string Normalize(string text)
    {
        var decomposed = text.ToLowerInvariant().Replace('-', ' ').Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && (char.IsLetterOrDigit(c) || c == ' '))
            {
                builder.Append(c);
            }
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Significant(string name) => string.Join(' ', Words(name).Where(w => !Generic.Contains(w)));

    private static IEnumerable<string> Words(string name) => Normalize(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}

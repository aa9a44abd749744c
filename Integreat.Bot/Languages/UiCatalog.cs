using System.Globalization;
using Integreat.Bot.Languages.Strings;

namespace Integreat.Bot.Languages;

/// <summary>The bot's own texts in every language it speaks.</summary>
public static class UiCatalog
{
    /// <summary>Every language with its own texts, in the order the language menu would list them without a region.</summary>
    public static readonly IReadOnlyList<UiStrings> All =
    [
        German.Strings, GermanEasy.Strings, English.Strings, Arabic.Strings, Persian.Strings, Pashto.Strings,
        Kurmanji.Strings, Tigrinya.Strings, Turkish.Strings, Russian.Strings, Ukrainian.Strings, French.Strings,
        Romanian.Strings, Polish.Strings,
    ];

    private static readonly Dictionary<string, UiStrings> ByCode = All.ToDictionary(s => s.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>Codes the CMS uses for a language our texts cover under another code.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["prs"] = "fa",
        ["fa-af"] = "fa",
        ["ku"] = "kmr",
        ["de-ls"] = "de-si",
    };

    /// <summary>True when the language has texts of its own (not the English fallback).</summary>
    public static bool Has(string code) => Find(code) is not null;

    /// <summary>The texts for a language: exact code, an alias, the base language, else English.</summary>
    public static UiStrings For(string? code) => (code is null ? null : Find(code)) ?? English.Strings;

    private static UiStrings? Find(string code)
    {
        if (ByCode.TryGetValue(code, out var strings))
        {
            return strings;
        }

        if (Aliases.TryGetValue(code, out var alias))
        {
            return ByCode[alias];
        }

        var dash = code.IndexOf('-');
        return dash > 0 && ByCode.TryGetValue(code[..dash], out strings) ? strings : null;
    }

    /// <summary>The languages that have <paramref name="normalizedText"/> as a command word or greeting ("merhaba" → tr).</summary>
    public static IReadOnlyList<string> LanguagesOfWord(string normalizedText) =>
        All.Where(s => AllWords(s.Words).Contains(normalizedText, StringComparer.OrdinalIgnoreCase)).Select(s => s.Code).ToList();

    private static IEnumerable<string> AllWords(CommandWords w) =>
        w.Help.Concat(w.Language).Concat(w.Region).Concat(w.More).Concat(w.Events).Concat(w.Contact).Concat(w.Feedback)
            .Concat(w.Helpful).Concat(w.NotHelpful).Concat(w.Forget).Concat(w.Greetings);

    /// <summary>The culture for dates and times; the invariant culture where the platform knows none.</summary>
    public static CultureInfo CultureOf(UiStrings strings)
    {
        try
        {
            return CultureInfo.GetCultureInfo(strings.Culture);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}

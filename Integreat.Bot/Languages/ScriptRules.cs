using System.Text.RegularExpressions;

namespace Integreat.Bot.Languages;

/// <summary>Writing systems the detector tells apart before any statistics.</summary>
internal enum Script
{
    Unknown,
    Latin,
    Arabic,
    Cyrillic,
    Ethiopic,
    Other,
}

/// <summary>Rules that decide a language from its letters alone, where statistics on a few words are weak or the
/// language is missing from Lingua (Pashto, Sorani, Kurmanji).</summary>
internal static partial class ScriptRules
{
    // Letters only one of the Arabic-script languages uses (in everyday writing).
    private const string PashtoLetters = "ټډړږښګڼېۍځڅ";
    private const string SoraniLetters = "ڵڕۆێەھ";
    private const string PersianLetters = "پچژگکی";
    private const string ArabicLetters = "ةىيكأإؤ";
    private const string UkrainianLetters = "іїєґ";
    private const string RussianLetters = "ыэъё";
    private const string KurmanjiLetters = "êîûÊÎÛ";
    private const string TurkishLetters = "ığöüİĞÖÜ";
    private const string FrenchLetters = "éèàùâôœëÉÈÀ";
    private const string RomanianLetters = "ăâșțşţĂÂȘȚ";

    private static readonly HashSet<string> KurmanjiWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ez", "xwe", "çawa", "cawa", "kîjan", "kengê", "heye", "tune", "dixwazim", "dikarim", "bikim",
        "çi", "ji", "jî", "li", "ku", "kurdî", "zarok", "zarokên", "min", "divê", "hewce", "alîkarî", "karê",
        "bijîşk", "dibistan", "dibistanê", "ziman", "zimanê", "kursa", "xanî", "malê", "pere", "ye", "kî", "çiqas", "çend", "vir",
        "nû", "digerim", "dixwaze", "dike",
    };

    private static readonly HashSet<string> PashtoWords = ["د", "په", "کې", "ته", "زه", "دی", "لپاره", "سره", "له", "څه", "څنګه"];

    private static readonly HashSet<string> TurkishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ve", "bir", "bu", "ne", "nasıl", "nerede", "için", "var", "yok", "mi", "mı", "mu", "ben", "sen", "istiyorum",
        "yardım", "çocuk", "iş", "ev", "okul", "kursu", "nereye",
    };

    // The small words every sentence has: in a short question they outweigh one borrowed German noun ("Kita", "Jobcenter").
    private static readonly Dictionary<string, HashSet<string>> FunctionWords = new()
    {
        ["de"] = Set("ich du wir sie er es wo wie was wann warum wer der die das den dem des ein eine einen einem ist sind bin habe hat haben kann können muss brauche möchte will mein meine meinen meinem und oder nicht kein keine mit für bei von vom zum zur im auf gibt bitte auch noch mir mich uns"),
        ["en"] = Set("i you we my me where how what when why who which is are am the a an can could do does need want find get for to of with and or not there please have has on at this it your our"),
        ["tr"] = Set("ben sen biz siz nerede nasıl ne neden zaman bir ve ile için var yok mı mi mu mü istiyorum lazım gerek benim bana nereye kim hangi bu şu da de ki çok"),
        ["fr"] = Set("je tu nous vous où comment quand pourquoi qui quel quelle le la les un une des du est sont suis ai pour avec et ou pas ne mon ma mes besoin trouver puis peux dois il y a j'ai c'est"),
        ["ro"] = Set("eu tu noi voi de unde cum ce când cand cine care este sunt am un o și si sau nu pentru cu la în din meu mea caut vreau trebuie pot găsesc gasesc pe mai"),
        ["pl"] = Set("ja ty my wy gdzie jak co kiedy dlaczego kto jest są mam i lub nie dla z w na do mój moja moje szukam potrzebuję chcę mogę czy się jaki jaka mi"),
    };

    /// <summary>How many of the message's words are function words of each of these Latin-script languages (by base code).</summary>
    public static IReadOnlyDictionary<string, int> FunctionWordHits(string text)
    {
        var words = Words(text.ToLowerInvariant());
        return FunctionWords.ToDictionary(f => f.Key, f => words.Count(f.Value.Contains));
    }

    private static HashSet<string> Set(string words) => new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    public static Script DominantScript(string text)
    {
        int latin = 0, arabic = 0, cyrillic = 0, ethiopic = 0, other = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            switch (c)
            {
                case < '\u0250':
                    latin++;
                    break;
                case >= '\u0400' and <= '\u04FF':
                    cyrillic++;
                    break;
                case (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF'):
                    arabic++;
                    break;
                case (>= '\u1200' and <= '\u139F') or (>= '\u2D80' and <= '\u2DDF'):
                    ethiopic++;
                    break;
                default:
                    other++;
                    break;
            }
        }

        var counts = new (Script Script, int Count)[]
        {
            (Script.Latin, latin), (Script.Arabic, arabic), (Script.Cyrillic, cyrillic), (Script.Ethiopic, ethiopic), (Script.Other, other),
        };
        // German words are borrowed into Arabic, Cyrillic or Ethiopic messages ("Ausländerbehörde"), never the other way
        // round: a few letters of another script outweigh any number of Latin ones.
        var nonLatin = counts.Where(c => c.Script != Script.Latin).MaxBy(c => c.Count);
        if (nonLatin.Count >= Math.Min(3, latin + nonLatin.Count))
        {
            return nonLatin.Count == 0 ? (latin == 0 ? Script.Unknown : Script.Latin) : nonLatin.Script;
        }

        return latin == 0 ? Script.Unknown : Script.Latin;
    }

    /// <summary>Scores of the Arabic-script languages by their own letters: ps, ckb, fa, ar.</summary>
    public static IReadOnlyDictionary<string, int> ArabicScriptScores(string text) => new Dictionary<string, int>
    {
        // A Pashto or Sorani letter is decisive, so it weighs more than the letters Persian shares with them.
        ["ps"] = (5 * Count(text, PashtoLetters)) + (3 * Words(text).Count(PashtoWords.Contains)),
        ["ckb"] = 5 * Count(text, SoraniLetters),
        ["fa"] = Count(text, PersianLetters),
        ["ar"] = Count(text, ArabicLetters),
    };

    /// <summary>+1 for Ukrainian letters, −1 for Russian ones, 0 when neither appears.</summary>
    public static int UkrainianVersusRussian(string text) => Math.Sign(Count(text, UkrainianLetters) - Count(text, RussianLetters));

    /// <summary>How much points to Kurmanji rather than Turkish or French (positive = Kurmanji).</summary>
    public static int KurmanjiScore(string text)
    {
        var words = Words(text);
        var kurmanji = 2 * words.Count(KurmanjiWords.Contains) + Count(text, KurmanjiLetters) + 2 * CountSubstring(text, "xw");
        var functionWords = FunctionWordHits(text).Values.DefaultIfEmpty(0).Max();
        var others = (2 * words.Count(TurkishWords.Contains)) + (2 * Count(text, TurkishLetters)) + Count(text, FrenchLetters)
            + (2 * Count(text, RomanianLetters)) + (2 * functionWords);
        return kurmanji - others;
    }

    public static string[] Words(string text) => WordPattern().Matches(text).Select(m => m.Value).ToArray();

    [GeneratedRegex(@"[\p{L}\p{M}']+")]
    private static partial Regex WordPattern();

    private static int Count(string text, string letters) => text.Count(letters.Contains);

    private static int CountSubstring(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            count++;
        }

        return count;
    }
}

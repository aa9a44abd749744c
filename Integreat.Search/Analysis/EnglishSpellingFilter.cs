using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Integreat.Search.Analysis;

/// <summary>
/// Brings American spellings to the British ones the pages are written in ("center", "counseling", "organization",
/// "program" → "centre", "counselling", "organisation", "programme"), which the Porter stemmer keeps apart. Runs on
/// lower-cased tokens, before stemming.
/// </summary>
internal sealed class EnglishSpellingFilter : TokenFilter
{
    /// <summary>Words whose British form no rule gives.</summary>
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["center"] = "centre",
        ["centers"] = "centres",
        ["theater"] = "theatre",
        ["theaters"] = "theatres",
        ["program"] = "programme",
        ["programs"] = "programmes",
        ["labor"] = "labour",
        ["neighbor"] = "neighbour",
        ["neighbors"] = "neighbours",
        ["neighborhood"] = "neighbourhood",
        ["behavior"] = "behaviour",
        ["color"] = "colour",
        ["honor"] = "honour",
        ["favor"] = "favour",
        ["license"] = "licence",
        ["defense"] = "defence",
        ["offense"] = "offence",
        ["fulfill"] = "fulfil",
        ["enroll"] = "enrol",
        ["enrollment"] = "enrolment",
        ["pediatrician"] = "paediatrician",
        ["pediatric"] = "paediatric",
    };

    /// <summary>American endings and their British forms: "-ize" and its inflections, and the doubled "l" of "-el" verbs.</summary>
    private static readonly (string American, string British)[] Endings =
    [
        ("izations", "isations"), ("ization", "isation"), ("izing", "ising"), ("ized", "ised"), ("izes", "ises"), ("ize", "ise"),
        ("eling", "elling"), ("eled", "elled"), ("elor", "ellor"), ("elors", "ellors"),
    ];

    /// <summary>"size", "prize", "feeling": too short before the ending, or a vowel before "el", is no American spelling.</summary>
    private const int MinStem = 4;

    private readonly ICharTermAttribute _term;

    public EnglishSpellingFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var word = _term.ToString();
        if (Words.TryGetValue(word, out var british) || (british = ByEnding(word)) is not null)
        {
            _term.SetEmpty().Append(british);
        }

        return true;
    }

    private static string? ByEnding(string word)
    {
        foreach (var (american, british) in Endings)
        {
            var stem = word.Length - american.Length;
            if (stem >= MinStem && word.EndsWith(american, StringComparison.Ordinal)
                && (american[0] == 'i' || !IsVowel(word[stem - 1])))
            {
                return string.Concat(word.AsSpan(0, stem), british);
            }
        }

        return null;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;

namespace Integreat.Search.Analysis;

/// <summary>
/// Takes attached possessive and object pronouns off Arabic words, which Lucene's light stemmer (Light10) leaves on:
/// "حقوقهن" (their rights) → "حقوق", "إقامتك" (your residence) → "إقامة". Runs after <see cref="ArabicStemFilter"/>,
/// whose suffix step then runs again on what is left, so the question's "your residence" meets the page's "the
/// residence".
/// </summary>
internal sealed class ArabicPronounFilter : TokenFilter
{
    /// <summary>Pronouns of two or three letters ("their", "your" plural, "our", "her"), longest first.</summary>
    private static readonly string[] Pronouns = ["كما", "هما", "كم", "هم", "هن", "نا", "ها"];

    /// <summary>
    /// One-letter pronouns ("your", "his") are taken off only after a tā' that stands for the tā' marbūṭa of the word
    /// ("حريتك", your freedom): elsewhere the letter is too often the word's own ("مشترك", "بنك").
    /// </summary>
    private static readonly char[] ShortPronouns = ['ك', 'ه'];

    /// <summary>Letters that must remain: shorter words are most likely not carrying a pronoun ("مهم", important).</summary>
    private const int MinimumStem = 3;

    private readonly ArabicStemmer _stemmer = new();
    private readonly ICharTermAttribute _term;

    public ArabicPronounFilter(TokenStream input)
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

        var buffer = _term.Buffer;
        var length = _term.Length;
        var stripped = Strip(buffer, length);
        if (stripped < length)
        {
            if (buffer[stripped - 1] == 'ت' && buffer[stripped - 2] != 'ا')
            {
                // The tā' marbūṭa is written tā' before a suffix; normalised it is hā', which the stemmer takes off.
                // After alif it is the plural "ات", which the stemmer takes off as it is.
                buffer[stripped - 1] = 'ه';
            }

            _term.Length = _stemmer.StemSuffix(buffer, stripped);
        }

        return true;
    }

    private static int Strip(char[] buffer, int length)
    {
        foreach (var pronoun in Pronouns)
        {
            if (length - pronoun.Length >= MinimumStem && EndsWith(buffer, length, pronoun))
            {
                return length - pronoun.Length;
            }
        }

        return length - 1 >= MinimumStem && Array.IndexOf(ShortPronouns, buffer[length - 1]) >= 0 && buffer[length - 2] == 'ت'
            ? length - 1
            : length;
    }

    private static bool EndsWith(char[] buffer, int length, string suffix)
    {
        for (var i = 0; i < suffix.Length; i++)
        {
            if (buffer[length - suffix.Length + i] != suffix[i])
            {
                return false;
            }
        }

        return true;
    }
}

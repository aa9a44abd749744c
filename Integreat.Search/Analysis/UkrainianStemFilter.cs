using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Integreat.Search.Analysis;

/// <summary>
/// A light Ukrainian stemmer: takes off a reflexive "-ся" and the longest case, number or verb ending (keeping a stem of
/// at least three letters), then cuts what is left to its first six letters. The first four letters alone, as for the
/// other Slavic languages, join too many unrelated words ("проживання", "програма", "пропозиції").
/// Runs after ICU folding, so "й" and "ї" arrive as "и" and "і".
/// </summary>
internal sealed class UkrainianStemFilter : TokenFilter
{
    private const int MinStem = 3;
    private const int MaxStem = 6;

    /// <summary>Endings in folded spelling, longest first.</summary>
    private static readonly string[] Endings =
        "ування ювання ання яння ення іння ість ості істю ами ями ові еві ого ому ими іми ів ах ях ої ою ею их іх іи ии им ім ом ем ам ям ти ть ла ли ло ють ують ує ює ую ає а я о е і и у ю ь"
        .Split(' ').OrderByDescending(e => e.Length).ToArray();

    private readonly ICharTermAttribute _term;

    public UkrainianStemFilter(TokenStream input)
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

        var word = new ReadOnlySpan<char>(_term.Buffer, 0, _term.Length);
        if (word.Length > MinStem + 2 && (word.EndsWith("ся", StringComparison.Ordinal) || word.EndsWith("сь", StringComparison.Ordinal)))
        {
            word = word[..^2];
        }

        foreach (var ending in Endings)
        {
            if (word.Length - ending.Length >= MinStem && word.EndsWith(ending, StringComparison.Ordinal))
            {
                word = word[..^ending.Length];
                break;
            }
        }

        _term.Length = Math.Min(word.Length, MaxStem);
        return true;
    }
}

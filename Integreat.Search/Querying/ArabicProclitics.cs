namespace Integreat.Search.Querying;

/// <summary>
/// Arabic writes "with", "for", "as" and "so" as one letter in front of the word ("بمراكز", "لطلب", "كموظف"), which the
/// light stemmer keeps, since as many words simply begin with that letter ("برنامج", "لغة"). In a question, the word
/// without it is an alternative when the pages know it more often than the word with it.
/// </summary>
internal static class ArabicProclitics
{
    private const string Letters = "بلكف";

    /// <summary>Shorter, the rest is rarely a word of its own.</summary>
    private const int MinRest = 3;

    public static string? WithoutProclitic(TermLookup lookup, string field, string term, int frequency)
    {
        if (term.Length - 1 < MinRest || !Letters.Contains(term[0], StringComparison.Ordinal))
        {
            return null;
        }

        var rest = term[1..];
        return lookup.DocFreq(field, rest) > frequency ? rest : null;
    }
}

namespace Integreat.Search.Querying;

/// <summary>The weights of the ranking, tuned on the benchmark (docs/benchmarks.md); settable for the bench tool.</summary>
public sealed record RankingOptions
{
    public float TitleBoost { get; init; } = 4f;
    public float CrumbsBoost { get; init; } = 0.6f;
    public float BodyBoost { get; init; } = 1f;

    /// <summary>How much of the other fields' scores a term adds beyond its best field.</summary>
    public float FieldTieBreaker { get; init; } = 1f;

    /// <summary>Weight of the best passage of a page, added to the page's own score.</summary>
    public float PassageWeight { get; init; } = 0.5f;

    /// <summary>Weight of two neighbouring question words found close together in the body.</summary>
    public float ProximityBoost { get; init; } = 0.3f;

    public int ProximitySlop { get; init; } = 3;

    /// <summary>How strongly the share of question words a page contains counts (0: BM25 alone).</summary>
    public float CoordinationPower { get; init; } = 1f;

    /// <summary>
    /// How strongly the share of the question's IDF weight a page contains counts, replacing the count-based
    /// coordination on the candidates (0: off).
    /// </summary>
    public float WeightedCoordinationPower { get; init; } = 1.5f;

    /// <summary>IDF out of the documents that have the field (this language's pages), not out of the whole index.</summary>
    public bool FieldIdf { get; init; } = true;

    /// <summary>Weight of the question's four-letter sequences found in a page's title (0: off).</summary>
    public float TitleGramWeight { get; init; } = 0.2f;

    /// <summary>Weight of the words of asking (<see cref="Analysis.StopWords.Weak"/>) against the other words (1: off).</summary>
    public float WeakWordWeight { get; init; } = 0.3f;

    public float SynonymWeight { get; init; } = 0.6f;

    /// <summary>Words at least this long that the index does not know are also looked up with a typo or two.</summary>
    public int FuzzyMinLength { get; init; } = 5;

    public float FuzzyWeight { get; init; } = 0.5f;

    /// <summary>Weight of German pages found for German words inside a question in another language.</summary>
    public float GermanFallbackWeight { get; init; } = 0.5f;

    public float B { get; init; } = 0.5f;

    /// <summary>The share of a field's real average length BM25 normalises against (see <see cref="RankingSimilarity"/>).</summary>
    public float AverageLengthShare { get; init; } = 0.05f;
    public float K1 { get; init; } = 1.2f;

    /// <summary>Below this share of the question's weight found in the best page, the results are not confident.</summary>
    public float ConfidenceCoverage { get; init; } = 0.5f;

    public bool UsePassages { get; init; } = true;
    public bool UseSynonyms { get; init; } = true;
    public bool UseFuzzy { get; init; } = true;
    public bool UseGermanFallback { get; init; } = true;

    /// <summary>Arabic question words are also looked up without a one-letter proclitic (<see cref="ArabicProclitics"/>).</summary>
    public bool UseProclitics { get; init; } = true;
}

namespace Integreat.Bot.Languages;

/// <summary>Thresholds of language detection. Section <c>Bot:LanguageDetection</c>.</summary>
public sealed class LanguageDetectionOptions
{
    public const string Section = "Bot:LanguageDetection";

    /// <summary>Lingua's confidence below which a guess is not used at all.</summary>
    /// <value>Default: 0.5.</value>
    public double MinimumConfidence { get; set; } = 0.5;

    /// <summary>Lingua's confidence from which a guess may switch a running conversation to another language.</summary>
    /// <value>Default: 0.8.</value>
    public double ClearConfidence { get; set; } = 0.8;

    /// <summary>Messages with fewer letters than this are not detected (numbers, "ok", emoji).</summary>
    /// <value>Default: 4.</value>
    public int MinimumLetters { get; set; } = 4;
}

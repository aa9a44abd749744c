namespace Integreat.Bot.Languages;

/// <summary>A language recognised in a message.</summary>
/// <param name="Code">One of the candidate codes given to the detector.</param>
/// <param name="Confidence">0 to 1.</param>
/// <param name="IsClear">True when the evidence is strong enough to switch a conversation to this language.</param>
public sealed record DetectedLanguage(string Code, double Confidence, bool IsClear);

/// <summary>Tells which of a region's languages a message is written in.</summary>
public interface ILanguageDetector
{
    /// <summary>The language of <paramref name="text"/> among <paramref name="candidates"/> (CMS codes), or null when unsure.</summary>
    DetectedLanguage? Detect(string text, IReadOnlyCollection<string> candidates);
}

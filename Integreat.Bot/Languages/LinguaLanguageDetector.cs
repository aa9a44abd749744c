using System.Collections.Concurrent;
using Lingua;
using Microsoft.Extensions.Options;
using LinguaLanguage = Lingua.Language;

namespace Integreat.Bot.Languages;

/// <summary>Script rules first (Arabic script, Ethiopic, Cyrillic, Kurmanji), then Lingua in low-accuracy mode restricted to
/// the candidates of the same script.</summary>
public sealed class LinguaLanguageDetector(IOptions<LanguageDetectionOptions> options) : ILanguageDetector
{
    private static readonly ConcurrentDictionary<string, LanguageDetector> Detectors = new();

    private readonly LanguageDetectionOptions _options = options.Value;

    public LinguaLanguageDetector()
        : this(Options.Create(new LanguageDetectionOptions()))
    {
    }

    public DetectedLanguage? Detect(string text, IReadOnlyCollection<string> candidates)
    {
        if (candidates.Count == 0 || text.Count(char.IsLetter) < _options.MinimumLetters)
        {
            return null;
        }

        var script = ScriptRules.DominantScript(text);
        var sameScript = candidates.Where(c => ScriptOf(c) == script).ToList();
        if (sameScript.Count == 0)
        {
            return null;
        }

        // A message in a script only one candidate uses is unmistakable.
        if (sameScript.Count == 1 && script != Script.Latin)
        {
            return new DetectedLanguage(sameScript[0], 1, true);
        }

        if (script != Script.Latin)
        {
            // Borrowed German words would only mislead the statistics of another script.
            text = string.Join(' ', ScriptRules.Words(text).Where(w => ScriptRules.DominantScript(w) == script));
        }

        return script switch
        {
            Script.Arabic => DetectArabicScript(text, sameScript),
            Script.Cyrillic => DetectCyrillic(text, sameScript),
            Script.Latin => DetectLatin(text, sameScript),
            _ => WithLingua(text, sameScript, forceClear: true),
        };
    }

    private DetectedLanguage? DetectArabicScript(string text, List<string> candidates)
    {
        var scores = ScriptRules.ArabicScriptScores(text);
        var best = candidates
            .Select(c => (Code: c, Score: scores.GetValueOrDefault(Base(c) == "prs" ? "fa" : Base(c))))
            .OrderByDescending(s => s.Score)
            .ToList();
        if (best[0].Score > 0 && (best.Count == 1 || best[0].Score > best[1].Score))
        {
            return new DetectedLanguage(best[0].Code, 0.9, true);
        }

        // Same script for sure, but no telling letters: let statistics pick, and the script alone is clear evidence.
        return WithLingua(text, candidates, forceClear: true) ?? new DetectedLanguage(candidates[0], 0.5, true);
    }

    private DetectedLanguage? DetectCyrillic(string text, List<string> candidates)
    {
        var sign = ScriptRules.UkrainianVersusRussian(text);
        var preferred = sign > 0 ? "uk" : sign < 0 ? "ru" : null;
        if (preferred is not null && candidates.FirstOrDefault(c => Base(c) == preferred) is { } hit)
        {
            return new DetectedLanguage(hit, 0.9, true);
        }

        return WithLingua(text, candidates, forceClear: true) ?? new DetectedLanguage(candidates[0], 0.5, true);
    }

    private DetectedLanguage? DetectLatin(string text, List<string> candidates)
    {
        var kurmanji = candidates.FirstOrDefault(c => Base(c) is "kmr" or "ku");
        if (kurmanji is not null && ScriptRules.KurmanjiScore(text) >= 2)
        {
            return new DetectedLanguage(kurmanji, 0.9, true);
        }

        var statistics = WithLingua(text, candidates, forceClear: false);
        var hits = ScriptRules.FunctionWordHits(text);
        var ranked = candidates
            .Select(c => (Code: c, Hits: hits.GetValueOrDefault(Base(c))))
            .Where(c => c.Hits > 0)
            .GroupBy(c => Base(c.Code))
            .Select(g => g.First())
            .OrderByDescending(c => c.Hits)
            .ToList();
        var byWords = ranked.Count > 0 && (ranked.Count == 1 || ranked[0].Hits > ranked[1].Hits) ? ranked[0] : default;
        if (byWords.Code is not null && (statistics is null || Base(statistics.Code) != Base(byWords.Code)))
        {
            // Two function words of one language are strong evidence; one only settles what statistics left open.
            if (byWords.Hits >= 2 || statistics is null || !statistics.IsClear)
            {
                return new DetectedLanguage(byWords.Code, Math.Max(statistics?.Confidence ?? 0, 0.6), byWords.Hits >= 2);
            }
        }

        if (statistics is not null && byWords.Code is not null && byWords.Hits >= 2 && !statistics.IsClear)
        {
            return statistics with { IsClear = true };
        }

        if (statistics is null && candidates.Count == 1 && candidates[0] != kurmanji)
        {
            return new DetectedLanguage(candidates[0], 0.5, false);
        }

        return statistics;
    }

    private DetectedLanguage? WithLingua(string text, List<string> candidates, bool forceClear)
    {
        var mapped = candidates
            .Select(c => (Code: c, Language: ToLingua(c)))
            .Where(m => m.Language is not null)
            .GroupBy(m => m.Language!.Value)
            .Select(g => (g.First().Code, Language: g.Key))
            .ToList();
        if (mapped.Count == 0)
        {
            return null;
        }

        if (mapped.Count == 1)
        {
            return new DetectedLanguage(mapped[0].Code, 0.5, forceClear);
        }

        var detector = DetectorFor(mapped.Select(m => m.Language));
        var (language, confidence) = detector.ComputeLanguageConfidenceValues(text)
            .Select(kv => (kv.Key, kv.Value))
            .MaxBy(kv => kv.Value);
        if (confidence < _options.MinimumConfidence)
        {
            return null;
        }

        var code = mapped.First(m => m.Language == language).Code;
        var clear = forceClear || (confidence >= _options.ClearConfidence && ScriptRules.Words(text).Length >= 2);
        return new DetectedLanguage(code, confidence, clear);
    }

    private static LanguageDetector DetectorFor(IEnumerable<LinguaLanguage> languages)
    {
        var set = languages.Distinct().OrderBy(l => l).ToArray();
        return Detectors.GetOrAdd(string.Join(',', set), _ => LanguageDetectorBuilder.FromLanguages(set).WithLowAccuracyMode().Build());
    }

    private static string Base(string code)
    {
        var dash = code.IndexOf('-');
        return (dash > 0 ? code[..dash] : code).ToLowerInvariant();
    }

    private static LinguaLanguage? ToLingua(string code)
    {
        var iso = Base(code) switch
        {
            "prs" => "fa",
            var other => other,
        };
        return Enum.TryParse<IsoCode6391>(iso, ignoreCase: true, out var isoCode) && Enum.IsDefined(isoCode)
            ? LanguageInfo.GetByIsoCode6391(isoCode)
            : null;
    }

    /// <summary>The script a CMS language is written in.</summary>
    internal static Script ScriptOf(string code) => Base(code) switch
    {
        "ar" or "fa" or "prs" or "ps" or "ckb" or "ur" => Script.Arabic,
        "ru" or "uk" or "bg" or "sr" or "mk" or "be" => Script.Cyrillic,
        "ti" or "am" => Script.Ethiopic,
        "zh" or "ja" or "ko" or "el" or "he" or "hy" or "ka" or "th" or "hi" or "ta" => Script.Other,
        _ => Script.Latin,
    };
}

using Integreat.Bot.Hosting.Performance;
using Integreat.Bot.Languages;

namespace Integreat.Bot.Tests.Hosting.Performance;

public sealed class CachedLanguageDetectorTests
{
    [Fact]
    public void A_Text_IsDetectedOncePerSetOfCandidates_AndUnsureAnswersAreRememberedToo()
    {
        var inner = new CountingDetector();
        using var detector = new CachedLanguageDetector(inner);

        var first = detector.Detect("Wo kann ich Deutsch lernen?", ["de", "en"]);
        var again = detector.Detect("Wo kann ich Deutsch lernen?", ["de", "en"]);
        var otherCandidates = detector.Detect("Wo kann ich Deutsch lernen?", ["en", "fr"]);
        var unsure = detector.Detect("ok", ["de", "en"]);
        var unsureAgain = detector.Detect("ok", ["de", "en"]);

        Assert.Equal("de", first?.Code);
        Assert.Same(first, again);
        Assert.Equal("en", otherCandidates?.Code);
        Assert.Null(unsure);
        Assert.Null(unsureAgain);
        Assert.Equal(3, inner.Calls);
    }

    /// <summary>Says the first candidate for texts of more than two letters, unsure otherwise.</summary>
    private sealed class CountingDetector : ILanguageDetector
    {
        public int Calls { get; private set; }

        public DetectedLanguage? Detect(string text, IReadOnlyCollection<string> candidates)
        {
            Calls++;
            return text.Length > 2 ? new DetectedLanguage(candidates.First(), 0.9, true) : null;
        }
    }
}

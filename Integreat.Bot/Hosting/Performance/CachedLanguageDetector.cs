using Integreat.Bot.Languages;
using Microsoft.Extensions.Caching.Memory;

namespace Integreat.Bot.Hosting.Performance;

/// <summary>Remembers what language a text was found to be in: detection is a pure function of the text and the candidate
/// languages, and the same short questions come again and again.</summary>
public sealed class CachedLanguageDetector(ILanguageDetector detector) : ILanguageDetector, IDisposable
{
    /// <summary>Entries kept; each is a short text and a small record.</summary>
    public const int Capacity = 50_000;

    // Null results are cached too; the box tells "not cached" from "cached as unsure".
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = Capacity });

    public DetectedLanguage? Detect(string text, IReadOnlyCollection<string> candidates)
    {
        var key = (text, string.Join(',', candidates));
        if (_cache.TryGetValue(key, out Box? box) && box is not null)
        {
            return box.Value;
        }

        var detected = detector.Detect(text, candidates);
        _cache.Set(key, new Box(detected), new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
        return detected;
    }

    public void Dispose() => _cache.Dispose();

    private sealed record Box(DetectedLanguage? Value);
}

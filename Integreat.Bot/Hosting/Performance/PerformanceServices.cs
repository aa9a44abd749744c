using Integreat.Bot.Languages;
using Integreat.Search;
using Microsoft.Extensions.Options;

namespace Integreat.Bot.Hosting.Performance;

/// <summary>Registers what makes the message path cheaper without changing its answers.</summary>
public static class PerformanceServices
{
    /// <summary>Puts <see cref="CachedSearchIndex"/> in front of the index registered by <c>AddIntegreatSearch</c> (call after it):
    /// both <see cref="ISearchIndex"/> and <see cref="ISearchIndexer"/> resolve to it, so a synchronisation clears the cache.
    /// The metrics' timed index (<c>AddBotOperations</c>) wraps it in turn, so searches are timed as the engine sees them.</summary>
    public static IServiceCollection AddCachedSearch(this IServiceCollection services)
    {
        services.AddSingleton(sp => new CachedSearchIndex(
            sp.GetRequiredService<LuceneSearchIndex>(), sp.GetRequiredService<LuceneSearchIndex>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ISearchIndex>(sp => sp.GetRequiredService<CachedSearchIndex>());
        services.AddSingleton<ISearchIndexer>(sp => sp.GetRequiredService<CachedSearchIndex>());
        return services;
    }

    /// <summary>Registers <see cref="CachedLanguageDetector"/> around Lingua as <see cref="ILanguageDetector"/>; call before
    /// <c>AddConversation</c>, which only adds a detector when none is registered.</summary>
    public static IServiceCollection AddCachedLanguageDetection(this IServiceCollection services)
    {
        services.AddSingleton<ILanguageDetector>(sp =>
            new CachedLanguageDetector(new LinguaLanguageDetector(sp.GetRequiredService<IOptions<LanguageDetectionOptions>>())));
        return services;
    }
}

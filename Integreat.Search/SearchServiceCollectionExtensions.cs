using Microsoft.Extensions.DependencyInjection;

namespace Integreat.Search;

/// <summary>Registers the search index.</summary>
public static class SearchServiceCollectionExtensions
{
    /// <summary>Adds one <see cref="LuceneSearchIndex"/> as <see cref="ISearchIndex"/> and <see cref="ISearchIndexer"/>.</summary>
    /// <param name="indexDirectory">Where the index lives, typically <c>&lt;data&gt;/index</c>.</param>
    public static IServiceCollection AddIntegreatSearch(this IServiceCollection services, Func<IServiceProvider, string> indexDirectory)
    {
        services.AddSingleton(sp => LuceneSearchIndex.Open(indexDirectory(sp), sp.GetService<TimeProvider>()));
        services.AddSingleton<ISearchIndex>(sp => sp.GetRequiredService<LuceneSearchIndex>());
        services.AddSingleton<ISearchIndexer>(sp => sp.GetRequiredService<LuceneSearchIndex>());
        return services;
    }
}

using Integreat.Content.Store;
using Integreat.Search;
using Microsoft.Extensions.Caching.Memory;

namespace Integreat.Bot.Hosting.Performance;

/// <summary>Remembers search results for the rest of the clock minute: many people ask the same few questions ("Kita",
/// "Deutschkurs"), and a search costs far more than the rest of a message. Synchronising the index forgets everything,
/// so new content is searched at once.</summary>
/// <remarks>Results depend on the moment (upcoming events, today's opening hours); within one minute the first
/// question's moment stands for all, which moves "upcoming" by less than a minute.</remarks>
public sealed class CachedSearchIndex(ISearchIndex index, ISearchIndexer indexer, TimeProvider time) : ISearchIndex, ISearchIndexer, IDisposable
{
    /// <summary>Enough for every distinct question of a busy minute; each entry is a few kilobytes at most.</summary>
    public const int Capacity = 20_000;

    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private MemoryCache _cache = NewCache();

    public SearchResults Search(SearchQuery query)
    {
        var now = query.Now ?? time.GetUtcNow();
        var key = (query.Region, query.Language, query.Text, query.MaxResults, query.WithExcerpts, Minute: now.UtcTicks / Minute.Ticks);
        var cache = Volatile.Read(ref _cache);
        if (cache.TryGetValue(key, out SearchResults? cached) && cached is not null)
        {
            return cached;
        }

        var results = index.Search(query with { Now = now });
        cache.Set(key, results, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = 2 * Minute });
        return results;
    }

    public IReadOnlyList<ContentVersion> Synchronize(IContentStore store, IProgress<string>? progress = null)
    {
        var changed = indexer.Synchronize(store, progress);
        if (changed.Count > 0)
        {
            Interlocked.Exchange(ref _cache, NewCache()).Dispose();
        }

        return changed;
    }

    public void Dispose() => _cache.Dispose();

    private static MemoryCache NewCache() => new(new MemoryCacheOptions { SizeLimit = Capacity });
}

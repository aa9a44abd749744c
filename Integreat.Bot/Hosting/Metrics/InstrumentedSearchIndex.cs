using Integreat.Search;

namespace Integreat.Bot.Hosting.Metrics;

/// <summary>Times every search for <see cref="BotMetrics.SearchLatency"/>; otherwise passes through.</summary>
public sealed class InstrumentedSearchIndex(ISearchIndex inner, BotMetrics metrics, TimeProvider time) : ISearchIndex
{
    public SearchResults Search(SearchQuery query)
    {
        var started = time.GetTimestamp();
        try
        {
            return inner.Search(query);
        }
        finally
        {
            metrics.SearchLatency(time.GetElapsedTime(started).TotalSeconds);
        }
    }
}

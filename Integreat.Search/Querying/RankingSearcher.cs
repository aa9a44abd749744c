using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Integreat.Search.Querying;

/// <summary>
/// A searcher that works out each field's statistics once. Lucene.Net builds them for every term of every query
/// from a fresh merged view of all segments' fields, which was a seventh of what a question allocated; a searcher's
/// reader never changes, so neither do they.
/// </summary>
internal sealed class RankingSearcher(IndexReader reader) : IndexSearcher(reader)
{
    private readonly ConcurrentDictionary<string, CollectionStatistics> _statistics = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RankingSimilarity.FieldScoring> _scoring = new(StringComparer.Ordinal);

    public override CollectionStatistics CollectionStatistics(string field) =>
        _statistics.GetOrAdd(field, f => base.CollectionStatistics(f));

    /// <summary>The field's statistics and BM25 length table under this searcher's <see cref="RankingSimilarity"/>.</summary>
    public RankingSimilarity.FieldScoring Scoring(string field) =>
        _scoring.GetOrAdd(field, f => ((RankingSimilarity)Similarity).Scoring(CollectionStatistics(f)));
}

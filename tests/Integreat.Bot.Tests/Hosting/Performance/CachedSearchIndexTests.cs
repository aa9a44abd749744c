using Integreat.Bot.Hosting.Performance;
using Integreat.Content.Store;
using Integreat.Search;
using Microsoft.Extensions.Time.Testing;

namespace Integreat.Bot.Tests.Hosting.Performance;

public sealed class CachedSearchIndexTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 5, TimeSpan.Zero);

    [Fact]
    public void TheSameQuestion_IsSearchedOncePerMinute()
    {
        var index = new CountingIndex();
        var time = new FakeTimeProvider(Start);
        using var cached = new CachedSearchIndex(index, index, time);

        var first = cached.Search(Query("Deutschkurs"));
        time.Advance(TimeSpan.FromSeconds(30));
        var again = cached.Search(Query("Deutschkurs"));
        var other = cached.Search(Query("Kita"));
        var otherLanguage = cached.Search(Query("Deutschkurs", "en"));

        Assert.Same(first, again);
        Assert.NotSame(first, other);
        Assert.NotSame(first, otherLanguage);
        Assert.Equal(3, index.Searches.Count);

        time.Advance(TimeSpan.FromSeconds(30));
        var nextMinute = cached.Search(Query("Deutschkurs"));

        Assert.NotSame(first, nextMinute);
        Assert.Equal(4, index.Searches.Count);
        Assert.All(index.Searches, q => Assert.NotNull(q.Now));
    }

    [Fact]
    public void NewContent_IsSearchedAtOnce_AfterASynchronisationThatChangedSomething()
    {
        var index = new CountingIndex();
        using var cached = new CachedSearchIndex(index, index, new FakeTimeProvider(Start));
        cached.Search(Query("Deutschkurs"));

        index.Changes = [];
        cached.Synchronize(new InMemoryContentStore([], []));
        cached.Search(Query("Deutschkurs"));
        Assert.Single(index.Searches);

        index.Changes = [new ContentVersion("beispielstadt", "de", "hash-2", Start)];
        cached.Synchronize(new InMemoryContentStore([], []));
        cached.Search(Query("Deutschkurs"));
        Assert.Equal(2, index.Searches.Count);
    }

    private static SearchQuery Query(string text, string language = "de") =>
        new("beispielstadt", language, text, MaxResults: 3, Now: null);

    /// <summary>Answers every query with a new result object and notes it.</summary>
    private sealed class CountingIndex : ISearchIndex, ISearchIndexer
    {
        public List<SearchQuery> Searches { get; } = [];

        public IReadOnlyList<ContentVersion> Changes { get; set; } = [];

        public SearchResults Search(SearchQuery query)
        {
            Searches.Add(query);
            return new SearchResults([new PageHit(Searches.Count, query.Language, query.Text, "https://integreat.example/" + Searches.Count, "", 1)], [], [], true);
        }

        public IReadOnlyList<ContentVersion> Synchronize(IContentStore store, IProgress<string>? progress = null) => Changes;
    }
}

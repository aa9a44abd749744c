using Integreat.Content.Model;
using Integreat.Content.Store;
using Integreat.Search.Querying;

namespace Integreat.Search.Tests.Querying;

public sealed class WeakWordsTests
{
    private static InMemoryContentStore Store()
    {
        var pages = new List<(int Id, string Title, string Html)>
        {
            (1, "Adult education", "<p>The adult education centre runs courses for beginners.</p>"),
            (2, "Daily life", "<p>Advice is offered on Mondays. Lunch is offered daily, and a bus is offered to the market.</p>"),
        };
        var english = new Language("en", "en-GB", "English", TextDirection.LeftToRight);
        return Fixture.OneLanguageStore("weak", english, pages);
    }

    [Fact]
    public void A_word_of_asking_does_not_outweigh_the_topic_of_the_question()
    {
        using var even = LuceneSearchIndex.InMemory(options: new RankingOptions { WeakWordWeight = 1f });
        using var weak = LuceneSearchIndex.InMemory();
        even.Synchronize(Store());
        weak.Synchronize(Store());
        var question = new SearchQuery("weak", "en", "Which courses are offered?");

        // Counted like any word, "offered" (three times on page 2) wins; as a word of asking it gives way to the topic.
        Assert.Equal(2, even.Search(question).Pages[0].PageId);
        Assert.Equal(1, weak.Search(question).Pages[0].PageId);
    }
}

using Integreat.Content.Model;
using Integreat.Content.Store;
using Integreat.Search.Querying;

namespace Integreat.Search.Tests.Querying;

public sealed class WeightedCoordinationTests
{
    /// <summary>"Germany" is on most pages, "waste" on one: the page about waste holds most of the question's weight.</summary>
    private static InMemoryContentStore Store()
    {
        var pages = new List<(int Id, string Title, string Html)>
        {
            (1, "Life in Germany", "<p>Germany has many customs. Living in Germany means learning about Germany and its regions.</p>"),
            (2, "Bins and recycling", "<p>Sort your waste into the bins in front of your house. The bins are emptied every two weeks by the district.</p><p>Paper, plastic and glass go into different containers at the recycling centre.</p>"),
        };
        for (var i = 3; i < 12; i++)
        {
            pages.Add((i, $"Topic {i}", $"<p>Information number {i} about Germany for newcomers.</p>"));
        }

        var english = new Language("en", "en-US", "English", TextDirection.LeftToRight);
        return Fixture.OneLanguageStore("weights", english, pages);
    }

    [Fact]
    public void The_page_with_the_rare_word_outranks_the_page_with_the_common_one()
    {
        using var counted = LuceneSearchIndex.InMemory(options: new RankingOptions { WeightedCoordinationPower = 0 });
        using var weighted = LuceneSearchIndex.InMemory(options: new RankingOptions { WeightedCoordinationPower = 1.5f });
        counted.Synchronize(Store());
        weighted.Synchronize(Store());

        var question = new SearchQuery("weights", "en", "How is waste handled in Germany?");

        Assert.Equal(1, counted.Search(question).Pages[0].PageId);
        Assert.Equal(2, weighted.Search(question).Pages[0].PageId);
    }
}

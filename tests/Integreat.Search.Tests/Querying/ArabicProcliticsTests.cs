using Integreat.Content.Model;
using Integreat.Content.Store;
using Integreat.Search.Querying;

namespace Integreat.Search.Tests.Querying;

public sealed class ArabicProcliticsTests
{
    private static InMemoryContentStore Store()
    {
        var pages = new List<(int Id, string Title, string Html)>
        {
            (1, "مراكز الاستشارة", "<p>تقدم مراكز الاستشارة المساعدة للعائلات. مراكز الاستشارة مجانية.</p>"),
            (2, "برنامج اللغة", "<p>برنامج لتعلم اللغة الألمانية للكبار.</p>"),
        };
        var arabic = new Language("ar", "ar-SA", "العربية", TextDirection.RightToLeft);
        return Fixture.OneLanguageStore("proclitics", arabic, pages);
    }

    [Fact]
    public void A_word_with_a_one_letter_proclitic_finds_the_pages_of_the_word()
    {
        using var plain = LuceneSearchIndex.InMemory(options: new RankingOptions { UseFuzzy = false, UseProclitics = false });
        using var proclitics = LuceneSearchIndex.InMemory(options: new RankingOptions { UseFuzzy = false });
        plain.Synchronize(Store());
        proclitics.Synchronize(Store());

        // "With the centres": "ب" written onto "مراكز".
        var question = new SearchQuery("proclitics", "ar", "بمراكز");

        Assert.Empty(plain.Search(question).Pages);
        Assert.Equal(1, proclitics.Search(question).Pages[0].PageId);
    }
}

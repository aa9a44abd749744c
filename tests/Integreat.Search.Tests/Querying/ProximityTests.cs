using Integreat.Content.Model;
using Integreat.Search.Querying;

namespace Integreat.Search.Tests.Querying;

public sealed class ProximityTests
{
    [Fact]
    public void Neighbours_count_fully_and_looser_pairs_less_up_to_the_slop()
    {
        Assert.Equal(1f, CandidateRescorer.SloppyFrequency([4], [5], slop: 3));
        Assert.Equal(0.5f, CandidateRescorer.SloppyFrequency([4], [6], slop: 3));
        Assert.Equal(0.25f, CandidateRescorer.SloppyFrequency([4], [8], slop: 3));
        Assert.Equal(0f, CandidateRescorer.SloppyFrequency([4], [9], slop: 3));
        // The other order is two moves away, as in a sloppy phrase.
        Assert.Equal(1f / 3, CandidateRescorer.SloppyFrequency([4], [3], slop: 3));
        Assert.Equal(2f, CandidateRescorer.SloppyFrequency([1, 20], [2, 21, 40], slop: 3));
    }

    [Fact]
    public void A_page_using_the_questions_words_together_ranks_above_one_that_scatters_them()
    {
        var filler = string.Join(' ', Enumerable.Repeat("Bitte beachten Sie die Hinweise.", 8));
        var together = $"<p>Hier erfahren Sie, wie die Anmeldung im Kindergarten funktioniert. {filler}</p>";
        var scattered = $"<p>Die Anmeldung ist wichtig. {filler} Der Kindergarten hat Ferien.</p>";
        var store = Fixture.Store(new LanguageContent(Fixture.Region, Fixture.Languages[0],
            [Page(1, "Informationen A", scattered), Page(2, "Informationen B", together)], [], []));
        using var with = LuceneSearchIndex.InMemory();
        using var without = LuceneSearchIndex.InMemory(options: new RankingOptions { ProximityBoost = 0, UsePassages = false });
        with.Synchronize(store);
        without.Synchronize(store);
        var question = new SearchQuery(Fixture.Region, "de", "Anmeldung Kindergarten");

        var ranked = with.Search(question).Pages;
        var plain = without.Search(question).Pages;

        Assert.Equal(2, ranked[0].PageId);
        Assert.True(ranked[0].Score - ranked[1].Score > Math.Abs(plain[0].Score - plain[1].Score), "the proximity bonus decides");
    }

    private static Page Page(int id, string title, string html) =>
        new(id, Fixture.Region, "de", $"https://integreat.app/{Fixture.Region}/de/p{id}/", $"/{Fixture.Region}/de/p{id}/", title, html, "", null, null, id, null,
            new Dictionary<string, TranslationLink>());
}

using Integreat.Search.Excerpts;

namespace Integreat.Search.Tests.Excerpts;

public sealed class SentenceExcerptTests
{
    private const string Text =
        "Willkommen im Testkreis. Die Anmeldung für den Kindergarten erfolgt im Januar, z. B. im Rathaus. " +
        "Bringen Sie die Geburtsurkunde mit.\nDer Bus fährt stündlich. Das Schwimmbad ist im Sommer geöffnet.";

    [Fact]
    public void Sentences_end_at_full_stops_and_line_breaks_but_not_after_abbreviations()
    {
        var sentences = SentenceExcerpter.Sentences(Text).Select(s => Text[s.Start..s.End]).ToList();

        Assert.Equal(
            [
                "Willkommen im Testkreis.",
                "Die Anmeldung für den Kindergarten erfolgt im Januar, z. B. im Rathaus.",
                "Bringen Sie die Geburtsurkunde mit.",
                "Der Bus fährt stündlich.",
                "Das Schwimmbad ist im Sommer geöffnet.",
            ],
            sentences);
    }

    [Fact]
    public void The_excerpt_is_the_best_matching_whole_sentence_and_a_helpful_neighbour()
    {
        var anmeldung = Text.IndexOf("Anmeldung", StringComparison.Ordinal);
        var geburtsurkunde = Text.IndexOf("Geburtsurkunde", StringComparison.Ordinal);

        var excerpt = SentenceExcerpter.Excerpt(Text, [(anmeldung, 0), (geburtsurkunde, 1)], [3f, 1f]);

        Assert.Equal("Die Anmeldung für den Kindergarten erfolgt im Januar, z. B. im Rathaus. Bringen Sie die Geburtsurkunde mit.", excerpt);
    }

    [Fact]
    public void A_long_sentence_is_cut_at_a_word_to_at_most_300_characters()
    {
        var text = string.Join(' ', Enumerable.Repeat("Anmeldung", 60)) + ".";

        var excerpt = SentenceExcerpter.Excerpt(text, [(0, 0)], [1f]);

        Assert.True(excerpt.Length <= SentenceExcerpter.MaxLength);
        Assert.EndsWith("Anmeldung…", excerpt);
    }

    [Fact]
    public void Search_results_carry_whole_sentences_of_the_page()
    {
        using var index = LuceneSearchIndex.InMemory();
        index.Synchronize(Fixture.Store());

        var hit = index.Search(new SearchQuery(Fixture.Region, "en", "Which document do I bring for the kindergarten registration?")).Pages[0];

        Assert.Equal(11, hit.PageId);
        Assert.Contains("birth certificate", hit.Excerpt, StringComparison.Ordinal);
        Assert.EndsWith(".", hit.Excerpt, StringComparison.Ordinal);
        Assert.True(hit.Excerpt.Length <= SentenceExcerpter.MaxLength);
        Assert.Contains(hit.Excerpt.Split(". ")[0], Fixture.Pages["en"][0].Html, StringComparison.Ordinal);
    }
    [Fact]
    public void A_very_long_page_still_gets_its_excerpt_from_the_right_place()
    {
        // Far beyond 32 KiB, the old limit of binary doc values in Lucene's earlier formats.
        var filler = string.Concat(Enumerable.Repeat("<p>Allgemeine Hinweise zur Verwaltung stehen hier.</p>", 2000));
        var html = filler + "<p>Die Sprechstunde der Wohngeldstelle ist am Donnerstag.</p>";
        var page = new Integreat.Content.Model.Page(
            7, Fixture.Region, "de", "https://integreat.app/testkreis/de/p7/", "/testkreis/de/p7/", "Wohngeld", html, "", null, null, 7, null,
            new Dictionary<string, Integreat.Content.Model.TranslationLink>());
        using var index = LuceneSearchIndex.InMemory();
        index.Synchronize(Fixture.Store(new Integreat.Content.Model.LanguageContent(Fixture.Region, Fixture.Languages[0], [page], [], [])));

        var hit = index.Search(new SearchQuery(Fixture.Region, "de", "Wann ist die Sprechstunde der Wohngeldstelle?")).Pages[0];

        Assert.True(html.Length > 100_000);
        Assert.Contains("Die Sprechstunde der Wohngeldstelle ist am Donnerstag.", hit.Excerpt, StringComparison.Ordinal);
    }
}

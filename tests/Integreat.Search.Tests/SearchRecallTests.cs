namespace Integreat.Search.Tests;

public sealed class SearchRecallTests : IDisposable
{
    private readonly LuceneSearchIndex _index = LuceneSearchIndex.InMemory();

    public SearchRecallTests() => _index.Synchronize(Fixture.Store());

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    [InlineData("uk")]
    [InlineData("ar")]
    [InlineData("fr")]
    public void Each_language_finds_the_answering_page_first_for_most_questions(string language)
    {
        var questions = Fixture.Questions.Where(q => q.Language == language).ToList();
        var first = questions.Count(q => Rank(q.Language, q.Question, q.Page) == 1);
        var top3 = questions.Count(q => Rank(q.Language, q.Question, q.Page) is > 0 and <= 3);

        Assert.True(top3 == questions.Count, $"{language}: only {top3} of {questions.Count} answered in the top 3");
        Assert.True(first >= questions.Count - 1, $"{language}: only {first} of {questions.Count} answered first");
    }

    [Fact]
    public async Task Questions_on_many_threads_at_once_get_what_each_gets_alone()
    {
        // Each thread reuses its own enumerators from question to question (PostingsReuse): nothing may leak between
        // threads or questions.
        var count = Fixture.Questions.Length;
        string Answer(int i)
        {
            var (language, question, _) = Fixture.Questions[i];
            var results = _index.Search(new SearchQuery(Fixture.Region, language, question, WithExcerpts: true));
            return string.Join("|", results.Pages.Select(p => $"{p.PageId} {p.Score} {p.Excerpt}"));
        }

        var alone = Enumerable.Range(0, count).Select(Answer).ToArray();
        var wrong = await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
            Enumerable.Range(0, 5 * count).Select(k => (k + worker) % count).Count(i => Answer(i) != alone[i]))));

        Assert.All(wrong, w => Assert.Equal(0, w));
    }

    [Fact]
    public void Pages_come_only_from_the_asked_region_and_language()
    {
        var results = _index.Search(new SearchQuery(Fixture.Region, "en", "residence permit"));

        Assert.NotEmpty(results.Pages);
        Assert.All(results.Pages, p => Assert.InRange(p.PageId, 11, 15));
        Assert.Empty(_index.Search(new SearchQuery("elsewhere", "en", "residence permit")).Pages);
    }

    [Fact]
    public void A_question_of_only_question_words_finds_nothing()
    {
        var results = _index.Search(new SearchQuery(Fixture.Region, "de", "Wie kann ich was?"));

        Assert.True(results.IsEmpty);
        Assert.False(results.IsConfident);
    }

    [Fact]
    public void Misspelt_longer_words_still_find_the_page()
    {
        Assert.Equal(1, Rank("de", "Krankenversicherrung", 4));
    }

    [Fact]
    public void A_synonym_finds_the_page_that_uses_the_other_word()
    {
        Assert.Equal(1, Rank("de", "Kita Anmeldung", 1));
        Assert.Equal(1, Rank("en", "nursery", 11));
    }

    private int Rank(string language, string question, int page)
    {
        var pages = _index.Search(new SearchQuery(Fixture.Region, language, question)).Pages;
        var index = pages.ToList().FindIndex(p => p.PageId == page);
        return index + 1;
    }
}

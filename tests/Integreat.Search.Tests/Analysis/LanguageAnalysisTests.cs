using Integreat.Search.Analysis;

namespace Integreat.Search.Tests.Analysis;

public sealed class LanguageAnalysisTests
{
    private static readonly IndexAnalyzer Analyzer = new(CompoundDictionary.Build(["Der Kindergarten und die Anmeldung. Der Kindergarten und die Anmeldung."]));

    [Theory]
    [InlineData("de", "Kindergartenanmeldung", "Anmeldung")]
    [InlineData("de", "Kindergartenanmeldung", "Kindergarten")]
    [InlineData("de-si", "Kindergartenanmeldung", "Anmeldung")]
    [InlineData("de", "Krankenversicherung", "Versicherung")]
    public void German_compounds_are_also_indexed_as_their_parts(string language, string compound, string part)
    {
        var parts = Terms(language, part);

        Assert.NotEmpty(parts);
        Assert.Subset(Terms(language, compound).ToHashSet(), parts.ToHashSet());
    }

    [Theory]
    [InlineData("de", "Straße", "Strasse")]
    [InlineData("de", "Ärzte", "Aerzte")]
    [InlineData("de", "Anmeldungen", "Anmeldung")]
    [InlineData("en", "registering", "registered")]
    [InlineData("fr", "inscriptions", "inscription")]
    [InlineData("ar", "أحمد", "احمد")]
    [InlineData("ar", "التسجيل", "تسجيل")]
    [InlineData("ar", "حقوقهن", "الحقوق")]
    [InlineData("ar", "إقامتك", "الإقامة")]
    [InlineData("ar", "حريتك", "الحرية")]
    [InlineData("ar", "أطفالهما", "الأطفال")]
    [InlineData("ar", "خبراتهم", "الخبرات")]
    [InlineData("fa", "كتاب", "کتاب")]
    [InlineData("uk", "реєстрації", "реєстрація")]
    [InlineData("uk", "ЇЖАК", "їжак")]
    [InlineData("uk", "консультування", "консультуванням")]
    [InlineData("uk", "центрах", "центри")]
    [InlineData("en", "counseling", "counselling")]
    [InlineData("en", "centers", "centres")]
    [InlineData("en", "organization", "organisation")]
    [InlineData("en", "recognized", "recognised")]
    [InlineData("pl", "rejestracji", "rejestracja")]
    public void Spelling_and_inflection_variants_meet_in_one_term(string language, string a, string b)
    {
        Assert.Equal(Terms(language, b), Terms(language, a));
    }

    [Theory]
    [InlineData("uk", "проживання", "програма")]
    [InlineData("uk", "проживання", "пропозиції")]
    [InlineData("en", "size", "sise")]
    [InlineData("en", "feeling", "feelling")]
    public void Words_that_only_begin_or_end_alike_stay_apart(string language, string a, string b)
    {
        Assert.NotEqual(Terms(language, b), Terms(language, a));
    }

    [Theory]
    [InlineData("مشترك")]
    [InlineData("سكن")]
    [InlineData("مهم")]
    public void Arabic_words_that_only_end_like_a_pronoun_keep_their_letters(string word)
    {
        Assert.Equal([word], Terms("ar", word));
    }

    [Theory]
    [InlineData("ثبت\u200cنام")]
    [InlineData("ثبت نام")]
    public void Persian_keeps_nam_so_registration_stays_searchable(string word)
    {
        Assert.Contains(Terms("fa", "نام").Single(), Terms("fa", word));
        Assert.Equal(2, Terms("fa", word).Count);
    }

    [Theory]
    [InlineData("de", "Wie kann ich mich anmelden?", "wie")]
    [InlineData("de", "Was muss ich tun?", "was")]
    [InlineData("en", "How do I register?", "how")]
    [InlineData("en", "Where can I find a doctor?", "where")]
    [InlineData("fr", "Comment puis-je m'inscrire ?", "comment")]
    [InlineData("ar", "كيف أسجل طفلي؟", "كيف")]
    [InlineData("uk", "Як зареєструвати дитину?", "як")]
    [InlineData("pl", "Jak mogę się zarejestrować?", "jak")]
    [InlineData("tr", "Nasıl kayıt olabilirim?", "nasıl")]
    [InlineData("ru", "Как зарегистрироваться?", "как")]
    public void Question_words_and_filler_are_not_searched(string language, string question, string questionWord)
    {
        var terms = Terms(language, question);

        Assert.NotEmpty(terms);
        Assert.DoesNotContain(terms, t => t == questionWord || Terms(language, questionWord).Contains(t));
    }

    [Theory]
    [InlineData("so")]
    [InlineData("sq")]
    [InlineData("ti")]
    [InlineData("kmr")]
    [InlineData("ps")]
    [InlineData("ckb")]
    [InlineData("ro")]
    [InlineData("xx")]
    public void Every_language_gets_an_analyzer_that_keeps_content_words(string language)
    {
        Assert.NotEmpty(Terms(language, "Integreat Augsburg 2025"));
    }

    [Theory]
    [InlineData("de", "Mülltrennung", "Müll")]
    [InlineData("de", "Realschulabschluss", "Realschule")]
    [InlineData("fr", "multigénérationnelle", "intergénérationnelle")]
    [InlineData("uk", "реєстрації", "реєстрація")]
    public void Letter_sequences_join_words_analysis_keeps_apart(string language, string a, string b)
    {
        var shared = Grams(language, a).Intersect(Grams(language, b)).Count();

        Assert.True(shared * 2 >= Math.Min(Grams(language, a).Count, Grams(language, b).Count), $"{a} and {b} share {shared} sequences");
    }

    [Fact]
    public void Question_words_give_no_letter_sequences()
    {
        Assert.Empty(Grams("de", "Wie kann ich"));
        // Folded like the rest of the analysis: umlauts lose their dots.
        Assert.Equal(["mull"], Grams("de", "Müll"));
    }

    private static List<string> Grams(string language, string text) =>
        IndexAnalyzer.Analyze(Analyzer.GramsFor(language), "grams.title." + language, text).Select(t => t.Term).Distinct().ToList();

    private static List<string> Terms(string language, string text) => Analyzer.Terms(language, text).Select(t => t.Term).ToList();
}

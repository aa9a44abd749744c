using Integreat.Search.Indexing;

namespace Integreat.Search.Tests.Querying;

public sealed class TranslationsTests
{
    [Fact]
    public void The_translation_into_a_language_is_found_among_the_others()
    {
        var written = Translations.Write([("de", 12), ("EN", 34), ("de-si", 56)]);

        Assert.Equal(34, Translations.Find(written, "en"));
        Assert.Equal(56, Translations.Find(written, "de-si"));
        Assert.Equal(12, Translations.Find(written, "de"));
        Assert.Null(Translations.Find(written, "uk"));
        Assert.Null(Translations.Find("", "de"));
    }
}

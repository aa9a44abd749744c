using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Ckb;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fa;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Icu;
using Lucene.Net.Analysis.Icu.Segmentation;
using Lucene.Net.Analysis.NGram;
using Lucene.Net.Analysis.Ro;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Tr;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Integreat.Search.Analysis;

/// <summary>Builds the analyzer of each language the CMS offers.</summary>
internal static class LanguageAnalyzers
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>The language family that decides the analysis: <c>de-si</c> (Easy German) is German, <c>fa-af</c> is Persian.</summary>
    public static string BaseLanguage(string language)
    {
        var code = language.ToLowerInvariant();
        var dash = code.IndexOf('-');
        var head = dash < 0 ? code : code[..dash];
        return head switch
        {
            "prs" => "fa",
            "kur" => "kmr",
            _ => head,
        };
    }

    /// <param name="compounds">The German word list compound words are split against.</param>
    public static Analyzer Create(string language, CharArraySet compounds) => BaseLanguage(language) switch
    {
        "de" => new GermanCompoundAnalyzer(compounds, StopSet("de")),
        "en" => new BritishEnglishAnalyzer(StopSet("en")),
        "fr" => new FrenchAnalyzer(Version, StopSet("fr")),
        "ar" => new ArabicPronounAnalyzer(StopSet("ar")),
        "fa" => new PersianAnalyzer(Version, StopSet("fa")),
        "tr" => new TurkishAnalyzer(Version, StopSet("tr")),
        "ru" => new RussianAnalyzer(Version, StopSet("ru")),
        "ro" => new RomanianAnalyzer(Version, StopSet("ro")),
        "ckb" => new SoraniAnalyzer(Version, StopSet("ckb")),
        var other => new IcuAnalyzer(StopSet(other), Stemmer(other)),
    };

    /// <summary>The words a language's analysis leaves out: the stock list where Lucene has one, plus our own.</summary>
    public static CharArraySet StopSet(string language) => BaseLanguage(language) switch
    {
        "de" => StopWords.Combine(GermanAnalyzer.DefaultStopSet, "de"),
        "en" => StopWords.Combine(EnglishAnalyzer.DefaultStopSet, "en"),
        "fr" => StopWords.Combine(FrenchAnalyzer.DefaultStopSet, "fr"),
        "ar" => StopWords.Combine(ArabicAnalyzer.DefaultStopSet, "ar"),
        "fa" => PersianStopWords(),
        "tr" => StopWords.Combine(TurkishAnalyzer.DefaultStopSet, "tr"),
        "ru" => StopWords.Combine(RussianAnalyzer.DefaultStopSet, "ru"),
        "ro" => StopWords.Combine(RomanianAnalyzer.DefaultStopSet, "ro"),
        "ckb" => StopWords.Combine(SoraniAnalyzer.DefaultStopSet, "ckb"),
        var other => StopWords.Combine(null, other),
    };

    /// <summary>
    /// Overlapping letter sequences of <paramref name="length"/> of every word that is not a stop word: a match that
    /// needs no stemmer, so inflections, compounds and spelling variants of one word still share most of their
    /// sequences ("Mülltrennung" and "Müll", "حريتك" and "الحرية").
    /// </summary>
    public static Analyzer CharacterGrams(string language, int length) =>
        new IcuAnalyzer(StopSet(language), stream => new NGramTokenFilter(Version, stream, length, length));

    /// <summary>Ukrainian has a light stemmer of its own; the other Slavic languages a prefix (<see cref="PrefixLength"/>).</summary>
    private static Func<TokenStream, TokenStream>? Stemmer(string language) =>
        language == "uk" ? stream => new UkrainianStemFilter(stream)
        : PrefixLength(language) is var length and > 0 ? stream => new PrefixStemFilter(stream, length) : null;

    /// <summary>
    /// For inflecting languages without a stemmer in Lucene.Net, the first letters of a word stand in for its stem:
    /// a crude but well-tried light stemmer for Slavic languages.
    /// </summary>
    private static int PrefixLength(string language) => language switch
    {
        "pl" or "bg" or "sr" or "hr" or "bs" or "mk" or "sk" or "cs" or "sl" => 5,
        _ => 0,
    };

    private static CharArraySet PersianStopWords()
    {
        var stock = new CharArraySet(Version, PersianAnalyzer.DefaultStopSet.Where(w => !StopWords.PersianKeep.Contains(w)).ToList(), ignoreCase: false);
        return StopWords.Combine(stock, "fa");
    }

    /// <summary>German and Easy German: compound splitting, umlaut/ß normalisation, light stemming.</summary>
    private sealed class GermanCompoundAnalyzer(CharArraySet compounds, CharArraySet stop) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new LowerCaseFilter(Version, source);
            stream = new StopFilter(Version, stream, stop);
            // Parts shorter than 4 letters ("ei", "amt") match too much by accident.
            stream = new DictionaryCompoundWordTokenFilter(Version, stream, compounds, 6, 4, 20, onlyLongestMatch: true);
            stream = new GermanNormalizationFilter(stream);
            stream = new GermanLightStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    }

    /// <summary>
    /// Any other script: ICU word segmentation, own stop list, then case and accent folding, and a last step where one
    /// is given (a prefix stem, letter sequences).
    /// </summary>
    private sealed class IcuAnalyzer(CharArraySet stop, Func<TokenStream, TokenStream>? last) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new ICUTokenizer(reader);
            TokenStream stream = new LowerCaseFilter(Version, source);
            stream = new StopFilter(Version, stream, stop);
            stream = new ICUFoldingFilter(stream);
            return new TokenStreamComponents(source, last is null ? stream : last(stream));
        }
    }

    /// <summary>
    /// Lucene's English analysis (possessives, Porter stemming) with American spellings made British first: the pages
    /// are translated into British English, questions are often asked in American.
    /// </summary>
    private sealed class BritishEnglishAnalyzer(CharArraySet stop) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new EnglishPossessiveFilter(Version, source);
            stream = new LowerCaseFilter(Version, stream);
            stream = new StopFilter(Version, stream, stop);
            stream = new EnglishSpellingFilter(stream);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    }

    /// <summary>Lucene's Arabic analysis (normalisation, Light10 stemming) then attached pronouns taken off.</summary>
    private sealed class ArabicPronounAnalyzer(CharArraySet stop) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new LowerCaseFilter(Version, source);
            stream = new StopFilter(Version, stream, stop);
            stream = new ArabicNormalizationFilter(stream);
            stream = new ArabicStemFilter(stream);
            stream = new ArabicPronounFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    }
}

using System.Globalization;
using System.Text;
using Lucene.Net.Analysis.Util;

namespace Integreat.Search.Analysis;

/// <summary>
/// The German words that compounds are split into: the words the content itself uses on their own, plus a curated
/// list of this domain's building blocks, so that "Kindergartenanmeldung" is also found as "Anmeldung" and
/// "Kindergarten".
/// </summary>
internal static class CompoundDictionary
{
    /// <summary>Shorter words split too much by accident ("amt" in "Samt", "bad" in "Badge").</summary>
    public const int MinimumLength = 4;

    /// <summary>Building blocks of compounds in migration, family, work and housing texts.</summary>
    public static readonly string[] Curated =
    [
        "anmeldung", "abmeldung", "ummeldung", "meldung", "antrag", "anträge", "kinder", "kindergarten", "kita", "krippe",
        "schule", "schul", "grundschule", "mittelschule", "realschule", "gymnasium", "ausbildung", "studium", "beruf",
        "arbeit", "arbeits", "stelle", "stellen", "suche", "vertrag", "miete", "mieter", "wohnung", "wohnungs", "wohn",
        "haus", "heim", "geld", "beratung", "berater", "beratungs", "stelle", "amt", "ämter", "behörde", "ausländer",
        "aufenthalt", "aufenthalts", "titel", "erlaubnis", "genehmigung", "gestattung", "duldung", "pass", "ausweis",
        "versicherung", "kranken", "krankenkasse", "kasse", "arzt", "ärztin", "zahnarzt", "klinik", "krankenhaus",
        "notfall", "notruf", "hilfe", "hilfen", "kurs", "kurse", "sprach", "sprache", "deutsch", "integration",
        "integrations", "familie", "familien", "eltern", "mutter", "vater", "schwangerschaft", "geburt", "jugend",
        "jugendliche", "frauen", "männer", "senioren", "recht", "rechte", "anwalt", "gericht", "asyl", "flüchtling",
        "flüchtlinge", "geflüchtete", "unterkunft", "leistung", "leistungen", "bürger", "bürgergeld", "sozial",
        "jobcenter", "agentur", "steuer", "konto", "bank", "termin", "termine", "angebot", "angebote", "verkehr",
        "fahrt", "karte", "ticket", "führerschein", "bus", "bahn", "zentrum", "verein", "treff", "café", "freizeit",
        "sport", "gesundheit", "impfung", "pflege", "betreuung", "einbürgerung", "staatsangehörigkeit", "test",
        "prüfung", "anerkennung", "abschluss", "zeugnis", "bildung", "schutz", "gewalt", "sucht", "schulden", "müll",
        "abfall", "strom", "wasser", "heizung", "kosten", "zuschuss", "kindergeld", "elterngeld", "wohngeld", "unterhalt",
    ];

    /// <summary>Words of at least <see cref="MinimumLength"/> letters that occur on their own in the given texts at least twice, plus the curated list.</summary>
    public static CharArraySet Build(IEnumerable<string> germanTexts)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in germanTexts)
        {
            foreach (var word in Words(text))
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        var set = IndexAnalyzer.NewWordSet();
        foreach (var (word, count) in counts)
        {
            if (count >= 2 && word.Length >= MinimumLength + 1 && !StopWords.Questions["de"].Contains(word, StringComparison.Ordinal))
            {
                set.Add(word);
            }
        }

        foreach (var word in Curated)
        {
            set.Add(word);
        }

        return set;
    }

    private static IEnumerable<string> Words(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
            else if (builder.Length > 0)
            {
                yield return builder.ToString();
                builder.Clear();
            }
        }

        if (builder.Length > 0)
        {
            yield return builder.ToString();
        }
    }
}

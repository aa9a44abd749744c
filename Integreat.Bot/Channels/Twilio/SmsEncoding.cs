namespace Integreat.Bot.Channels.Twilio;

/// <summary>The two SMS alphabets.</summary>
public enum SmsAlphabet
{
    /// <summary>GSM 03.38: 160 characters in one SMS, 153 per part of a longer one.</summary>
    Gsm7,

    /// <summary>UTF-16 code units: 70 in one SMS, 67 per part.</summary>
    Ucs2,
}

/// <summary>How an SMS text is encoded and how many segments it takes.</summary>
public sealed record SmsSegmentCount(SmsAlphabet Alphabet, int Units, int Segments);

/// <summary>Counts SMS segments as the networks do.</summary>
public static class SmsEncoding
{
    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    // The extension table: each is sent as escape + character, so counts two septets.
    private const string Extension = "^{}\\[~]|€\f";

    private static readonly HashSet<char> BasicSet = [.. Basic];
    private static readonly HashSet<char> ExtensionSet = [.. Extension];

    /// <summary>Languages whose replies are always sent as UCS-2 (their scripts are not in GSM-7).</summary>
    public static readonly IReadOnlySet<string> Ucs2Languages = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "ar", "fa", "uk", "ru", "el", "ti", "am", "ps", "ku", "ckb", "zh", "ur", "bg", "hi",
    };

    /// <summary>Typographic punctuation written the GSM-7 way (dashes, curly quotes, ellipsis, special spaces), so
    /// that one such character does not switch a whole Latin-script SMS to UCS-2 and more than double its
    /// segments. Invisible direction marks are dropped.</summary>
    public static string ToGsmPunctuation(string text)
    {
        if (IsGsm7(text))
        {
            return text;
        }

        var result = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212':
                    result.Append('-');
                    break;
                case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '`' or '´':
                    result.Append('\'');
                    break;
                case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '«' or '»':
                    result.Append('"');
                    break;
                case '\u2026':
                    result.Append("...");
                    break;
                case '\u00A0' or '\u2002' or '\u2003' or '\u2009' or '\u202F' or '\t':
                    result.Append(' ');
                    break;
                case '\u2022' or '\u00B7':
                    result.Append('-');
                    break;
                case '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u2060' or '\uFEFF':
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        return result.ToString();
    }

    /// <summary>True when every character of <paramref name="text"/> has a GSM-7 code.</summary>
    public static bool IsGsm7(string text) => text.All(c => BasicSet.Contains(c) || ExtensionSet.Contains(c));

    /// <summary>The alphabet for a reply: UCS-2 for the languages that need it, else whatever the text needs.</summary>
    public static SmsAlphabet AlphabetFor(string text, string? language) =>
        (language is not null && Ucs2Languages.Contains(language)) || !IsGsm7(text) ? SmsAlphabet.Ucs2 : SmsAlphabet.Gsm7;

    /// <summary>Counts the segments of <paramref name="text"/> in <paramref name="alphabet"/>. A part never splits an
    /// escape sequence or a surrogate pair, as the networks do not.</summary>
    public static SmsSegmentCount Count(string text, SmsAlphabet alphabet)
    {
        var (single, perPart) = alphabet == SmsAlphabet.Gsm7 ? (160, 153) : (70, 67);
        var units = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (alphabet == SmsAlphabet.Gsm7)
            {
                units.Add(ExtensionSet.Contains(text[i]) ? 2 : 1);
            }
            else if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                units.Add(2);
                i++;
            }
            else
            {
                units.Add(1);
            }
        }

        var total = units.Sum();
        if (total == 0)
        {
            return new SmsSegmentCount(alphabet, 0, 0);
        }

        if (total <= single)
        {
            return new SmsSegmentCount(alphabet, total, 1);
        }

        var segments = 1;
        var used = 0;
        foreach (var unit in units)
        {
            if (used + unit > perPart)
            {
                segments++;
                used = 0;
            }

            used += unit;
        }

        return new SmsSegmentCount(alphabet, total, segments);
    }
}

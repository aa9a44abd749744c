using System.Net;
using System.Text.RegularExpressions;

namespace Integreat.Bot.Conversation;

/// <summary>Turns a page's HTML into short chunks a phone screen or an SMS can hold.</summary>
internal static partial class PageText
{
    /// <summary>About three SMS segments: long enough to say something, short enough for a basic phone.</summary>
    public const int ChunkLength = 450;

    public static string ToPlainText(string html)
    {
        var withBreaks = BlockEnd().Replace(html, "\n");
        var text = WebUtility.HtmlDecode(Tag().Replace(withBreaks, string.Empty));
        var lines = text.Split('\n').Select(l => Spaces().Replace(l, " ").Trim()).Where(l => l.Length > 0);
        return string.Join('\n', lines);
    }

    /// <summary>Splits at paragraph ends, then sentence ends, then spaces; never inside a word.</summary>
    public static IReadOnlyList<string> Chunks(string text, int length = ChunkLength)
    {
        var chunks = new List<string>();
        var current = "";
        foreach (var piece in Pieces(text, length))
        {
            if (current.Length > 0 && current.Length + 1 + piece.Length > length)
            {
                chunks.Add(current);
                current = "";
            }

            current = current.Length == 0 ? piece : current + (piece.StartsWith('\n') ? "" : "\n") + piece;
        }

        if (current.Length > 0)
        {
            chunks.Add(current);
        }

        return chunks;
    }

    private static IEnumerable<string> Pieces(string text, int length)
    {
        foreach (var paragraph in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (paragraph.Length <= length)
            {
                yield return paragraph;
                continue;
            }

            var sentence = "";
            foreach (var part in SentenceEnd().Split(paragraph).SelectMany(s => SplitWords(s, length)))
            {
                if (sentence.Length > 0 && sentence.Length + 1 + part.Length > length)
                {
                    yield return sentence;
                    sentence = "";
                }

                sentence = sentence.Length == 0 ? part : sentence + " " + part;
            }

            if (sentence.Length > 0)
            {
                yield return sentence;
            }
        }
    }

    private static IEnumerable<string> SplitWords(string sentence, int length)
    {
        if (sentence.Length <= length)
        {
            yield return sentence;
            yield break;
        }

        var line = "";
        foreach (var word in sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > length)
            {
                yield return line;
                line = "";
            }

            line = line.Length == 0 ? word : line + " " + word;
        }

        if (line.Length > 0)
        {
            yield return line;
        }
    }

    [GeneratedRegex(@"<\s*(br|/p|/div|/li|/h[1-6]|/tr|/ul|/ol|/table)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t\r\f\v\u00A0]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?<=[.!?؟።])\s+")]
    private static partial Regex SentenceEnd();
}

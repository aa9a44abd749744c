using System.Text.RegularExpressions;

namespace Integreat.Bot.Channels.Text;

/// <summary>Cuts text for channels with a length limit: at paragraphs, then lines, then sentences, then words.</summary>
public static partial class TextSplitter
{
    // Sentence ends in the scripts the CMS content uses: Latin, Arabic (؟ ، ۔), Devanagari, CJK, Ethiopic.
    [GeneratedRegex(@"(?<=[.!?…؟۔।。！？።])[""'»”)]*\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\n[ \t]*\n\s*")]
    private static partial Regex ParagraphEnd();

    [GeneratedRegex(@"\n\s*")]
    private static partial Regex LineEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WordEnd();

    /// <summary>The sentences of <paramref name="text"/>, each with its trailing whitespace, so they join back to the text.</summary>
    public static IReadOnlyList<string> Sentences(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        foreach (Match match in SentenceEnd().Matches(text))
        {
            var end = match.Index + match.Length;
            sentences.Add(text[start..end]);
            start = end;
        }

        if (start < text.Length)
        {
            sentences.Add(text[start..]);
        }

        return sentences;
    }

    /// <summary>Cuts <paramref name="text"/> into pieces of at most <paramref name="maxLength"/> UTF-16 units, each as
    /// long as a natural boundary allows.</summary>
    public static IReadOnlyList<string> Split(string text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        var pieces = new List<string>();
        var rest = text.Trim();
        while (rest.Length > maxLength)
        {
            var cut = FindCut(rest, maxLength);
            var piece = rest[..cut].TrimEnd();
            if (piece.Length > 0)
            {
                pieces.Add(piece);
            }

            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            pieces.Add(rest);
        }

        return pieces;
    }

    private static int FindCut(string text, int maxLength)
    {
        // A coarse boundary wins unless it would leave a piece much shorter than the limit.
        foreach (var boundary in new[] { ParagraphEnd(), LineEnd(), SentenceEnd(), WordEnd() })
        {
            var best = LastBoundary(boundary, text, maxLength);
            if (best >= maxLength / 2 || (best > 0 && boundary == WordEnd()))
            {
                return best;
            }
        }

        foreach (var boundary in new[] { SentenceEnd(), WordEnd() })
        {
            var best = LastBoundary(boundary, text, maxLength);
            if (best > 0)
            {
                return best;
            }
        }

        // One unbroken word: cut hard, but never inside a surrogate pair.
        return char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
    }

    private static int LastBoundary(Regex boundary, string text, int maxLength)
    {
        var best = 0;
        foreach (Match match in boundary.Matches(text[..Math.Min(text.Length, maxLength + 1)]))
        {
            if (match.Index > 0 && match.Index <= maxLength)
            {
                best = match.Index + match.Length > maxLength ? match.Index : match.Index + match.Length;
            }
        }

        return best;
    }

    /// <summary>Packs paragraphs into messages of at most <paramref name="maxLength"/> (as <paramref name="measure"/>
    /// counts a paragraph), joining paragraphs with a blank line and splitting any paragraph that alone is too long.</summary>
    public static IReadOnlyList<IReadOnlyList<TextParagraph>> Pack(
        IReadOnlyList<TextParagraph> paragraphs, int maxLength, Func<TextParagraph, int> measure)
    {
        const int separator = 2;
        var messages = new List<IReadOnlyList<TextParagraph>>();
        var current = new List<TextParagraph>();
        var currentLength = 0;

        void Add(TextParagraph paragraph)
        {
            currentLength += (current.Count > 0 ? separator : 0) + measure(paragraph);
            current.Add(paragraph);
        }

        void Flush()
        {
            if (current.Count > 0)
            {
                messages.Add(current);
                current = [];
                currentLength = 0;
            }
        }

        foreach (var paragraph in paragraphs)
        {
            var length = measure(paragraph);
            var room = current.Count == 0 ? maxLength : maxLength - currentLength - separator;
            if (length <= room)
            {
                Add(paragraph);
                continue;
            }

            // A long text fills the rest of the current message rather than leaving a heading alone in it.
            if (length > maxLength && paragraph.Spans.Count == 1 && room >= maxLength / 4)
            {
                var span = paragraph.Spans[0];
                var overhead = length - span.Text.Length;
                var text = span.Text.Trim();
                var first = Split(text, Math.Max(2, room - overhead))[0];
                Add(new TextParagraph([span with { Text = first }], paragraph.Kind));
                Flush();
                var rest = new TextParagraph([span with { Text = text[first.Length..].TrimStart() }], paragraph.Kind);
                foreach (var piece in Fit(rest, maxLength, measure))
                {
                    if (current.Count > 0 && currentLength + separator + measure(piece) > maxLength)
                    {
                        Flush();
                    }

                    Add(piece);
                }

                continue;
            }

            foreach (var piece in Fit(paragraph, maxLength, measure))
            {
                if (current.Count > 0 && currentLength + separator + measure(piece) > maxLength)
                {
                    Flush();
                }

                Add(piece);
            }
        }

        Flush();
        return messages;
    }

    private static IEnumerable<TextParagraph> Fit(TextParagraph paragraph, int maxLength, Func<TextParagraph, int> measure)
    {
        if (measure(paragraph) <= maxLength)
        {
            yield return paragraph;
            yield break;
        }

        // Too long: every span becomes pieces that fit alone, then neighbours are regrouped while they fit.
        var pieces = new List<TextSpan>();
        foreach (var span in paragraph.Spans)
        {
            var single = new TextParagraph(span);
            var overhead = measure(single) - span.Text.Length;
            if (measure(single) <= maxLength)
            {
                pieces.Add(span);
                continue;
            }

            foreach (var text in Split(span.Text, Math.Max(2, maxLength - overhead)))
            {
                pieces.Add(span with { Text = text });
            }
        }

        var group = new List<TextSpan>();
        foreach (var piece in pieces)
        {
            if (group.Count > 0 && measure(new TextParagraph([.. group, piece])) > maxLength)
            {
                yield return new TextParagraph(Trimmed(group), paragraph.Kind);
                group = [];
            }

            group.Add(piece);
        }

        if (group.Count > 0)
        {
            yield return new TextParagraph(Trimmed(group), paragraph.Kind);
        }
    }

    private static List<TextSpan> Trimmed(List<TextSpan> spans)
    {
        var result = spans.ToList();
        result[0] = result[0] with { Text = result[0].Text.TrimStart() };
        return result;
    }
}

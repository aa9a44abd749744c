using Integreat.Bot.Channels.Text;
using Integreat.Bot.Conversation;

namespace Integreat.Bot.Channels.Twilio;

/// <summary>Renders a <see cref="Reply"/> as one plain SMS within a segment budget.</summary>
public static class SmsRenderer
{
    /// <summary>The SMS text: no markup, numbered choices, the page link under its title. When the whole reply does
    /// not fit in <paramref name="maxSegments"/>, parts are left out in order of least use to someone with a basic
    /// phone (events and other pages, then the engine's notes such as the welcome, then page text sentence by
    /// sentence, contacts, choices), and the reply ends with the "reply MORE" hint.</summary>
    public static string Render(Reply reply, int maxSegments)
    {
        var forcedUcs2 = SmsEncoding.Ucs2Languages.Contains(reply.Language);
        var parts = ReplyComposer.Compose(reply, numberedChoices: true, linkFirst: true)
            .Select(p => new Part(p.Kind, forcedUcs2 ? p.PlainText : SmsEncoding.ToGsmPunctuation(p.PlainText)))
            .ToList();
        var full = Join(parts.Select(p => p.Text));
        var hint = forcedUcs2 ? reply.Labels.MoreHint.Trim() : SmsEncoding.ToGsmPunctuation(reply.Labels.MoreHint.Trim());
        if (Fits(full, reply.Language, maxSegments))
        {
            return full;
        }

        parts.RemoveAll(p => p.Kind == ParagraphKind.MoreHint);
        bool FitsWithHint() => Fits(Join([.. parts.Select(p => p.Text), hint]), reply.Language, maxSegments);

        var hasPage = parts.Any(p => p.Kind == ParagraphKind.Heading);
        var steps = new Func<bool>[]
        {
            () => RemoveLast(parts, ParagraphKind.Events),
            () => RemoveLast(parts, ParagraphKind.OtherPages),
            // The welcome comes first and the notes about this answer last: drop from the front, keep the last
            // note when it is all there is to say.
            () => RemoveFirst(parts, ParagraphKind.Note, keep: hasPage ? 0 : 1),
            () => ShortenText(parts, minimumSentences: 1),
            () => RemoveLast(parts, ParagraphKind.Contacts),
            () => RemoveLast(parts, ParagraphKind.Choices),
            () => ShortenText(parts, minimumSentences: 0),
            () => parts.Count > 1 && RemoveFirst(parts, ParagraphKind.Note, keep: 0),
            () => parts.Count > 1 && RemoveLast(parts, ParagraphKind.Link),
        };
        foreach (var step in steps)
        {
            while (!FitsWithHint() && step())
            {
            }

            if (FitsWithHint())
            {
                return Join([.. parts.Select(p => p.Text), hint]);
            }
        }

        // What is left (one very long title or note) is cut at words.
        var rest = Join(parts.Select(p => p.Text));
        var alphabet = SmsEncoding.AlphabetFor(rest + hint, reply.Language);
        var cut = TextSplitter.Split(rest, Math.Max(2, Capacity(alphabet, maxSegments) - hint.Length - 2))[0];
        while (cut.Length > 2 && !Fits(Join([cut, hint]), reply.Language, maxSegments))
        {
            cut = TextSplitter.Split(cut, cut.Length - 1)[0];
        }

        return Join([cut, hint]);
    }

    private sealed record Part(ParagraphKind Kind, string Text);

    private static bool RemoveLast(List<Part> parts, ParagraphKind kind)
    {
        var index = parts.FindLastIndex(p => p.Kind == kind);
        if (index < 0)
        {
            return false;
        }

        parts.RemoveAt(index);
        return true;
    }

    private static bool RemoveFirst(List<Part> parts, ParagraphKind kind, int keep)
    {
        if (parts.Count(p => p.Kind == kind) <= keep)
        {
            return false;
        }

        parts.RemoveAt(parts.FindIndex(p => p.Kind == kind));
        return true;
    }

    /// <summary>Drops the last sentence of the page text.</summary>
    private static bool ShortenText(List<Part> parts, int minimumSentences)
    {
        var index = parts.FindIndex(p => p.Kind == ParagraphKind.Text);
        if (index < 0)
        {
            return false;
        }

        var sentences = TextSplitter.Sentences(parts[index].Text);
        if (sentences.Count <= minimumSentences)
        {
            return false;
        }

        if (sentences.Count == 1)
        {
            parts.RemoveAt(index);
        }
        else
        {
            parts[index] = parts[index] with { Text = string.Concat(sentences.Take(sentences.Count - 1)).Trim() };
        }

        return true;
    }

    // The alphabet is decided on the text as sent: a dash in a left-out part must not force UCS-2 on the rest.
    private static bool Fits(string text, string language, int maxSegments) =>
        SmsEncoding.Count(text, SmsEncoding.AlphabetFor(text, language)).Segments <= maxSegments;

    private static int Capacity(SmsAlphabet alphabet, int maxSegments) =>
        alphabet == SmsAlphabet.Gsm7 ? (maxSegments == 1 ? 160 : maxSegments * 153) : (maxSegments == 1 ? 70 : maxSegments * 67);

    private static string Join(IEnumerable<string> parts) => string.Join("\n\n", parts.Where(p => p.Length > 0));
}

using Integreat.Bot.Channels.Text;
using Integreat.Bot.Conversation;

namespace Integreat.Bot.Channels.Twilio;

/// <summary>Renders a <see cref="Reply"/> as one plain SMS within a segment budget.</summary>
public static class SmsRenderer
{
    /// <summary>The SMS text: no markup, numbered choices, the page link near the top; when the whole reply does not
    /// fit in <paramref name="maxSegments"/>, the page text is cut at a sentence end (then trailing parts are left
    /// out) and the reply ends with the "reply MORE" hint.</summary>
    public static string Render(Reply reply, int maxSegments)
    {
        var composed = ReplyComposer.Compose(reply, numberedChoices: true, linkFirst: true);
        var paragraphs = composed.Select(p => p.PlainText).ToList();
        var elastic = composed.Select(p => p.Elastic).ToList();
        var full = Join(paragraphs);
        var alphabet = SmsEncoding.AlphabetFor(full + reply.Labels.MoreHint, reply.Language);
        if (Fits(full, alphabet, maxSegments))
        {
            return full;
        }

        var hint = reply.Labels.MoreHint.Trim();
        var hintShown = reply.HasMore ? paragraphs.Count - 1 : -1;
        if (hintShown >= 0 && paragraphs[hintShown].Trim() == hint)
        {
            // The composer already closes with the hint; it is added back after the cut.
            paragraphs.RemoveAt(hintShown);
            elastic.RemoveAt(hintShown);
        }

        // First shorten the page text sentence by sentence.
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (!elastic[i])
            {
                continue;
            }

            var sentences = TextSplitter.Sentences(paragraphs[i]).ToList();
            while (sentences.Count > 0 && !Fits(Join([.. paragraphs, hint]), alphabet, maxSegments))
            {
                sentences.RemoveAt(sentences.Count - 1);
                paragraphs[i] = string.Concat(sentences).Trim();
            }

            if (sentences.Count == 0 && !Fits(Join([.. paragraphs, hint]), alphabet, maxSegments))
            {
                paragraphs[i] = "";
            }
        }

        // Then leave out whole parts from the end (events, contacts, choices).
        while (paragraphs.Count > 1 && !Fits(Join([.. paragraphs, hint]), alphabet, maxSegments))
        {
            paragraphs.RemoveAt(paragraphs.Count - 1);
        }

        var text = Join([.. paragraphs, hint]);
        if (Fits(text, alphabet, maxSegments))
        {
            return text;
        }

        // A single part (a very long title) still too long: cut it at words.
        var budget = Capacity(alphabet, maxSegments) - hint.Length - 2;
        var first = TextSplitter.Split(paragraphs[0], Math.Max(2, budget))[0];
        while (first.Length > 2 && !Fits(Join([first, hint]), alphabet, maxSegments))
        {
            first = TextSplitter.Split(first, first.Length - 1)[0];
        }

        return Join([first, hint]);
    }

    private static bool Fits(string text, SmsAlphabet alphabet, int maxSegments) =>
        SmsEncoding.Count(text, alphabet).Segments <= maxSegments;

    private static int Capacity(SmsAlphabet alphabet, int maxSegments) =>
        alphabet == SmsAlphabet.Gsm7 ? (maxSegments == 1 ? 160 : maxSegments * 153) : (maxSegments == 1 ? 70 : maxSegments * 67);

    private static string Join(IEnumerable<string> parts) => string.Join("\n\n", parts.Where(p => p.Length > 0));
}

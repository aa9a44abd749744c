using System.Text;
using Integreat.Bot.Channels.Text;
using Integreat.Bot.Conversation;

namespace Integreat.Bot.Channels.Twilio;

/// <summary>Renders a <see cref="Reply"/> as WhatsApp messages: <c>*bold*</c>, <c>_italic_</c>, numbered choices,
/// at most 1,600 characters each (Twilio's limit).</summary>
public static class WhatsAppRenderer
{
    public const int MaxMessageLength = 1600;

    public static IReadOnlyList<string> Render(Reply reply)
    {
        var paragraphs = ReplyComposer.Compose(reply, numberedChoices: true);
        return TextSplitter.Pack(paragraphs, MaxMessageLength, p => Format(p).Length)
            .Select(message => string.Join("\n\n", message.Select(Format)))
            .ToList();
    }

    private static string Format(TextParagraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var span in paragraph.Spans)
        {
            text.Append(span.Style switch
            {
                SpanStyle.Bold when span.Text.Trim().Length > 0 => Wrap(span.Text, '*'),
                SpanStyle.Italic when span.Text.Trim().Length > 0 => Wrap(span.Text, '_'),
                SpanStyle.Link when span.Url is not null && span.Url != span.Text => span.Text + ": " + span.Url,
                _ => span.Text,
            });
        }

        return text.ToString();
    }

    // WhatsApp only formats a marker that touches the text, so surrounding spaces stay outside.
    private static string Wrap(string text, char marker)
    {
        var trimmed = text.Trim();
        var start = text.IndexOf(trimmed, StringComparison.Ordinal);
        return text[..start] + marker + trimmed.Replace("\n", marker + "\n" + marker, StringComparison.Ordinal) + marker + text[(start + trimmed.Length)..];
    }
}

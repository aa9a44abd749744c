using Integreat.Bot.Channels.Text;
using Integreat.Bot.Conversation;
using Integreat.Content.Model;

namespace Integreat.Bot.Channels.Terminal;

/// <summary>Renders a reply for a terminal (<c>ask</c>, <c>chat</c>, the <c>text</c> of <c>ask --json</c>): plain text,
/// numbered choices, links written out.</summary>
public static class TerminalRenderer
{
    // Keeps a right-to-left line that starts with a digit or a Latin name in right-to-left order.
    private const char RightToLeftMark = '\u200F';

    public static string Render(Reply reply)
    {
        if (reply.IsSilent)
        {
            return string.Empty;
        }

        var text = string.Join("\n\n", ReplyComposer.Compose(reply).Select(p => string.Concat(p.Spans.Select(Render))));
        return reply.Direction == TextDirection.RightToLeft
            ? string.Join('\n', text.Split('\n').Select(line => line.Length > 0 ? RightToLeftMark + line : line))
            : text;
    }

    private static string Render(TextSpan span) =>
        span.Style == SpanStyle.Link && span.Url is { } url && url != span.Text ? $"{span.Text} ({url})" : span.Text;
}

using Integreat.Bot.Channels.Text;
using Integreat.Bot.Conversation;

namespace Integreat.Bot.Channels.Terminal;

/// <summary>Renders a reply for a terminal (<c>ask</c>, <c>chat</c>): plain text, numbered choices, links written out.</summary>
public static class TerminalRenderer
{
    public static string Render(Reply reply) =>
        string.Join("\n\n", ReplyComposer.Compose(reply).Select(p => string.Concat(p.Spans.Select(Render))));

    private static string Render(TextSpan span) =>
        span.Style == SpanStyle.Link && span.Url is { } url && url != span.Text ? $"{span.Text} ({url})" : span.Text;
}

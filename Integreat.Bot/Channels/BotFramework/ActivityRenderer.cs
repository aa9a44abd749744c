using System.Text;
using Integreat.Bot.Channels.Text;
using Integreat.Bot.Conversation;

namespace Integreat.Bot.Channels.BotFramework;

/// <summary>Renders a <see cref="Reply"/> as reply activities: markdown text, choices as suggested actions (imBack).</summary>
public static class ActivityRenderer
{
    /// <summary>The reply activities to <paramref name="incoming"/>: from the bot to the user, in the same conversation.</summary>
    public static IReadOnlyList<Activity> Render(Reply reply, Activity incoming)
    {
        var paragraphs = ReplyComposer.Compose(reply, numberedChoices: false);
        var text = string.Join("\n\n", paragraphs.Select(ToMarkdown));
        var actions = reply.Choices.Select(c => new CardAction("imBack", c.Label, c.Key)).ToList();
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = incoming.ChannelId,
            ServiceUrl = incoming.ServiceUrl,
            From = incoming.Recipient,
            Recipient = incoming.From,
            Conversation = incoming.Conversation,
            ReplyToId = incoming.Id,
            Locale = reply.Language,
            TextFormat = "markdown",
            Text = text,
            InputHint = "acceptingInput",
            SuggestedActions = actions.Count == 0
                ? null
                : new SuggestedActions(actions, incoming.From?.Id is { } user ? [user] : null),
        };
        return [activity];
    }

    private static string ToMarkdown(TextParagraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var span in paragraph.Spans)
        {
            var escaped = Escape(span.Text);
            text.Append(span.Style switch
            {
                SpanStyle.Bold when escaped.Trim().Length > 0 => "**" + escaped.Trim() + "**",
                SpanStyle.Italic when escaped.Trim().Length > 0 => "_" + escaped.Trim() + "_",
                SpanStyle.Link when span.Url is not null => "[" + escaped + "](" + span.Url.Replace(")", "%29", StringComparison.Ordinal) + ")",
                _ => escaped,
            });
        }

        // A line break inside a paragraph needs two trailing spaces in CommonMark.
        return text.ToString().Replace("\n", "  \n", StringComparison.Ordinal);
    }

    /// <summary>Escapes the characters that would otherwise start markdown formatting.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}

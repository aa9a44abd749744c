using System.Text;
using Integreat.Content.Model;

namespace Integreat.Bot.Conversation;

/// <summary>A reply as one plain text, the way a person reads it on a terminal or in an SMS: paragraphs, the answer,
/// contacts, events, numbered choices, the "more" hint. Used by <c>chat</c>, <c>ask</c> (<c>text</c>) and as the default
/// for channels without buttons.</summary>
public static class ReplyPlainText
{
    // Right-to-left mark: keeps a line that starts with a digit or a Latin name in right-to-left order.
    private const char RightToLeftMark = '\u200F';

    public static string Render(Reply reply)
    {
        if (reply.IsSilent)
        {
            return string.Empty;
        }

        var blocks = new List<string>();
        blocks.AddRange(reply.Paragraphs);
        if (reply.Answer is { } answer)
        {
            blocks.Add(Join(answer.Note, answer.Title, string.IsNullOrWhiteSpace(answer.Text) ? null : answer.Text, answer.Url));
        }

        if (reply.Contacts.Count > 0)
        {
            blocks.Add(Join([reply.Labels.Contacts + ":", .. reply.Contacts.Select(c => Join(c.Name, c.Phone, c.Email, c.Address, c.OpeningHoursToday))]));
        }

        if (reply.Events.Count > 0)
        {
            blocks.Add(Join([reply.Labels.Events + ":", .. reply.Events.Select(e => Join(e.Title, e.When, e.Location))]));
        }

        if (reply.Choices.Count > 0)
        {
            var heading = reply.Answer is not null && reply.OtherPages.Count > 0 ? reply.Labels.Choices + ":" : null;
            blocks.Add(Join([heading, .. reply.Choices.Select(c => $"{c.Key} {c.Label}")]));
        }

        if (reply.HasMore)
        {
            blocks.Add(reply.Labels.MoreHint);
        }

        var text = string.Join("\n\n", blocks.Where(b => b.Length > 0));
        return reply.Direction == TextDirection.RightToLeft ? MarkRightToLeft(text) : text;
    }

    private static string Join(params string?[] lines) => string.Join('\n', lines.Where(l => !string.IsNullOrWhiteSpace(l)));

    private static string MarkRightToLeft(string text)
    {
        var builder = new StringBuilder(text.Length + 64);
        foreach (var line in text.Split('\n'))
        {
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            if (line.Length > 0)
            {
                builder.Append(RightToLeftMark);
            }

            builder.Append(line);
        }

        return builder.ToString();
    }
}

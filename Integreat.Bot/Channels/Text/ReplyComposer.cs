using Integreat.Bot.Conversation;

namespace Integreat.Bot.Channels.Text;

/// <summary>Lays a <see cref="Reply"/> out as paragraphs; the default, numbered-text rendering every channel starts from.</summary>
public static class ReplyComposer
{
    /// <param name="reply">What the engine answered.</param>
    /// <param name="numberedChoices">Write choices as numbered lines (text channels); false where buttons show them.</param>
    /// <param name="linkFirst">Put the page link right under its title, so that a cut for length keeps it (SMS).</param>
    public static IReadOnlyList<TextParagraph> Compose(Reply reply, bool numberedChoices = true, bool linkFirst = false)
    {
        var paragraphs = new List<TextParagraph>();
        foreach (var text in reply.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            paragraphs.Add(new TextParagraph(ParagraphKind.Note, TextSpan.Plain(text.Trim())));
        }

        if (reply.Answer is { } answer)
        {
            AddAnswer(paragraphs, answer, linkFirst);
        }

        if (reply.OtherPages.Count > 0 && reply.Choices.Count == 0)
        {
            // Without choices to open them, other results are still worth naming with their links.
            foreach (var page in reply.OtherPages)
            {
                paragraphs.Add(new TextParagraph(ParagraphKind.OtherPages, TextSpan.Link(page.Title, page.Url)));
            }
        }

        if (reply.Contacts.Count > 0)
        {
            var spans = new List<TextSpan> { TextSpan.Bold(reply.Labels.Contacts) };
            foreach (var contact in reply.Contacts)
            {
                spans.Add(TextSpan.Plain("\n" + DescribeContact(contact, compact: linkFirst)));
            }

            paragraphs.Add(new TextParagraph(spans, ParagraphKind.Contacts));
        }

        if (reply.Events.Count > 0)
        {
            var spans = new List<TextSpan> { TextSpan.Bold(reply.Labels.Events) };
            foreach (var item in reply.Events)
            {
                var line = item.When + ": " + item.Title + (string.IsNullOrWhiteSpace(item.Location) ? "" : ", " + item.Location);
                spans.Add(TextSpan.Plain("\n" + line));
            }

            paragraphs.Add(new TextParagraph(spans, ParagraphKind.Events));
        }

        if (reply.Choices.Count > 0)
        {
            // The "more results" heading belongs over further results only; a menu is introduced by the text before it.
            var spans = new List<TextSpan>();
            if (reply.Answer is not null && reply.OtherPages.Count > 0)
            {
                spans.Add(TextSpan.Bold(reply.Labels.Choices));
            }

            if (numberedChoices)
            {
                foreach (var choice in reply.Choices)
                {
                    spans.Add(TextSpan.Plain((spans.Count > 0 ? "\n" : "") + choice.Key + ". " + choice.Label));
                }
            }

            if (spans.Count > 0)
            {
                paragraphs.Add(new TextParagraph(spans, ParagraphKind.Choices));
            }
        }

        if (reply.HasMore && !string.IsNullOrWhiteSpace(reply.Labels.MoreHint))
        {
            paragraphs.Add(new TextParagraph(ParagraphKind.MoreHint, TextSpan.Italic(reply.Labels.MoreHint)));
        }

        return paragraphs;
    }

    private static void AddAnswer(List<TextParagraph> paragraphs, PageAnswer answer, bool linkFirst)
    {
        var heading = new List<TextSpan> { TextSpan.Bold(answer.Title) };
        if (linkFirst && !string.IsNullOrWhiteSpace(answer.Url))
        {
            heading.Add(TextSpan.Plain("\n" + answer.Url));
        }

        if (!string.IsNullOrWhiteSpace(answer.Note))
        {
            heading.Add(TextSpan.Plain("\n"));
            heading.Add(TextSpan.Italic(answer.Note.Trim()));
        }

        paragraphs.Add(new TextParagraph(heading, ParagraphKind.Heading));
        if (!string.IsNullOrWhiteSpace(answer.Text))
        {
            paragraphs.Add(new TextParagraph([TextSpan.Plain(answer.Text.Trim())], ParagraphKind.Text));
        }

        if (!linkFirst && !string.IsNullOrWhiteSpace(answer.Url))
        {
            paragraphs.Add(new TextParagraph(ParagraphKind.Link, TextSpan.Link(answer.Url, answer.Url)));
        }
    }

    /// <param name="compact">Name, phone and today's hours only (SMS): the rest is on the page.</param>
    private static string DescribeContact(ReplyContact contact, bool compact)
    {
        // Addresses often start with the place's name, which is the contact's name too.
        var address = contact.Address;
        var name = address is not null && address.StartsWith(contact.Name, StringComparison.OrdinalIgnoreCase) ? null : contact.Name;
        var parts = compact
            ? [contact.Name, contact.Phone ?? contact.Email, contact.OpeningHoursToday]
            : new[] { name, address, contact.Phone, contact.Email, contact.Website, contact.OpeningHoursToday };
        return string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
    }
}

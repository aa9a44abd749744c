using System.Text;
using Integreat.Bot.Channels.Text;
using Integreat.Bot.Conversation;
using Telegram.Bot.Types.ReplyMarkups;

namespace Integreat.Bot.Channels.Telegram;

/// <summary>One message to send: Telegram HTML and, on the last message of a reply, the choice buttons.</summary>
public sealed record TelegramOutgoingMessage(string Html, InlineKeyboardMarkup? Keyboard);

/// <summary>Renders a <see cref="Reply"/> as Telegram HTML messages of at most 4,096 characters, with inline buttons.</summary>
public static class TelegramRenderer
{
    /// <summary>Telegram's limit on a message's text after entity parsing.</summary>
    public const int MaxMessageLength = 4096;

    /// <summary>Telegram's limit on <c>callback_data</c>.</summary>
    public const int MaxCallbackDataBytes = 64;

    public static IReadOnlyList<TelegramOutgoingMessage> Render(Reply reply)
    {
        var paragraphs = ReplyComposer.Compose(reply, numberedChoices: false);
        var keyboard = Keyboard(reply.Choices);
        var packed = TextSplitter.Pack(paragraphs, MaxMessageLength, p => p.PlainText.Length);
        var messages = packed.Select(m => new TelegramOutgoingMessage(ToHtml(m), null)).ToList();
        if (keyboard is not null)
        {
            if (messages.Count == 0)
            {
                messages.Add(new TelegramOutgoingMessage(Escape(reply.Labels.Choices), null));
            }

            messages[^1] = messages[^1] with { Keyboard = keyboard };
        }

        return messages;
    }

    /// <summary>One button per row, so long labels stay readable; the data is the choice key (or its number when the
    /// key is too long for Telegram).</summary>
    public static InlineKeyboardMarkup? Keyboard(IReadOnlyList<Choice> choices)
    {
        if (choices.Count == 0)
        {
            return null;
        }

        var rows = choices.Select((choice, index) =>
        {
            var data = Encoding.UTF8.GetByteCount(choice.Key) <= MaxCallbackDataBytes ? choice.Key : (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new[] { InlineKeyboardButton.WithCallbackData(choice.Label, data) };
        });
        return new InlineKeyboardMarkup(rows);
    }

    /// <summary>Telegram HTML for paragraphs, using only tags Telegram accepts.</summary>
    public static string ToHtml(IEnumerable<TextParagraph> paragraphs) =>
        string.Join("\n\n", paragraphs.Select(p => string.Concat(p.Spans.Select(ToHtml))));

    private static string ToHtml(TextSpan span) => span.Style switch
    {
        SpanStyle.Bold => "<b>" + Escape(span.Text) + "</b>",
        SpanStyle.Italic => "<i>" + Escape(span.Text) + "</i>",
        SpanStyle.Link when IsWebLink(span.Url) => "<a href=\"" + EscapeAttribute(span.Url!) + "\">" + Escape(span.Text) + "</a>",
        _ => Escape(span.Text),
    };

    private static bool IsWebLink(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary>Escapes text for Telegram HTML: the three characters Telegram requires.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    private static string EscapeAttribute(string text) => Escape(text).Replace("\"", "&quot;", StringComparison.Ordinal);
}

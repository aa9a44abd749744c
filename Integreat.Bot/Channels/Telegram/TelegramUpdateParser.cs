using System.Globalization;
using Integreat.Bot.Conversation;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Integreat.Bot.Channels.Telegram;

/// <summary>A Telegram update the bot answers: where to answer, and the message for the engine.</summary>
/// <param name="IsStart">True for <c>/start</c>: the engine greets instead of searching.</param>
public sealed record TelegramInbound(long ChatId, IncomingMessage Message, bool IsStart);

/// <summary>Turns Telegram updates into <see cref="IncomingMessage"/>s; updates the bot does not handle give null.</summary>
public sealed class TelegramUpdateParser(UserKeyHasher hasher)
{
    public const string Channel = "telegram";

    /// <summary>The message or button press to answer, or null for anything else; also null where a chat or sender
    /// is missing, which the Bot API never sends but a forged body may.</summary>
    public TelegramInbound? Parse(Update update)
    {
        if (update.Message is { Chat: not null } message)
        {
            return ParseMessage(message);
        }

        // A button press reaches the engine like typed text: the choice key.
        if (update.CallbackQuery is { Data: { Length: > 0 } data, Message.Chat: not null, From: not null } query)
        {
            return Inbound(query.Message.Chat.Id, query.From.Id, data, query.From.LanguageCode, isStart: false);
        }

        return null;
    }

    private TelegramInbound? ParseMessage(Message message)
    {
        if (message.Type != MessageType.Text || string.IsNullOrWhiteSpace(message.Text) || message.Chat.Type == ChatType.Channel)
        {
            return null;
        }

        var text = message.Text.Trim();
        var isStart = text == "/start" || text.StartsWith("/start ", StringComparison.Ordinal) || text.StartsWith("/start@", StringComparison.Ordinal);
        var userId = message.From?.Id ?? message.Chat.Id;
        return Inbound(message.Chat.Id, userId, text, message.From?.LanguageCode, isStart);
    }

    private TelegramInbound Inbound(long chatId, long userId, string text, string? languageCode, bool isStart)
    {
        var key = hasher.Hash(Channel, userId.ToString(CultureInfo.InvariantCulture));
        return new TelegramInbound(chatId, new IncomingMessage(Channel, key, text, string.IsNullOrWhiteSpace(languageCode) ? null : languageCode), isStart);
    }
}

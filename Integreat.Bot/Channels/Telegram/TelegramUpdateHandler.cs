using System.Globalization;
using Integreat.Bot.Conversation;
using Integreat.Bot.State;
using Microsoft.Extensions.Options;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace Integreat.Bot.Channels.Telegram;

/// <summary>Handles one update, whether it came by webhook or by polling: de-duplicate, answer, send.</summary>
public sealed class TelegramUpdateHandler(
    TelegramUpdateParser parser,
    TelegramSender sender,
    IConversationEngine engine,
    IDeliveryLedger ledger,
    IOptions<TelegramOptions> telegramOptions,
    IOptions<ChannelOptions> channelOptions,
    ILogger<TelegramUpdateHandler> logger)
{
    public async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        var botId = telegramOptions.Value.BotToken?.Split(':')[0] ?? "";
        var deliveryKey = "telegram:" + botId + ":" + update.Id.ToString(CultureInfo.InvariantCulture);
        if (!await ledger.TryClaimAsync(deliveryKey, channelOptions.Value.DeliveryMemory, cancellationToken))
        {
            logger.LogInformation("Telegram update {UpdateId} was already handled; ignored", update.Id);
            return;
        }

        // Always stop the client's spinner, even for a press the bot cannot use.
        if (update.CallbackQuery is { } query)
        {
            await TryAsync(() => sender.AnswerCallbackAsync(query.Id, cancellationToken), "answerCallbackQuery");
        }

        var inbound = parser.Parse(update);
        if (inbound is null)
        {
            logger.LogDebug("Telegram update {UpdateId} of kind {Kind} ignored", update.Id, update.Type);
            return;
        }

        await TryAsync(() => sender.TypingAsync(inbound.ChatId, cancellationToken), "sendChatAction");
        var reply = inbound.IsStart
            ? await engine.WelcomeAsync(inbound.Message, cancellationToken)
            : await engine.HandleAsync(inbound.Message, cancellationToken);
        if (reply.IsSilent)
        {
            return;
        }

        var messages = TelegramRenderer.Render(reply);
        foreach (var message in messages)
        {
            await sender.SendAsync(inbound.ChatId, message, cancellationToken);
        }

        logger.LogInformation("Telegram reply to {UserKey}: {Count} message(s) in {Language}", inbound.Message.UserKey, messages.Count, reply.Language);
    }

    private async Task TryAsync(Func<Task> call, string method)
    {
        try
        {
            await call();
        }
        catch (RequestException exception)
        {
            // Courtesy calls; the answer itself still goes out.
            logger.LogWarning("Telegram {Method} failed: {Error}", method, exception.Message);
        }
    }
}

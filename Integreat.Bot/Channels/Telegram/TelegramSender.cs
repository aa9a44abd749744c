using System.Threading.RateLimiting;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Integreat.Bot.Channels.Telegram;

/// <summary>Sends messages within Telegram's limits: about one message a second per chat and thirty overall.
/// A 429 with <c>retry_after</c> is retried by the client itself (<see cref="TelegramBotClientOptions.RetryThreshold"/>).</summary>
public sealed class TelegramSender(ITelegramBotClient client) : IDisposable
{
    // Telegram tolerates short bursts in one chat; a reply of a few messages goes out at once, longer ones slow down.
    private readonly PartitionedRateLimiter<long> perChat = PartitionedRateLimiter.Create<long, long>(chat =>
        RateLimitPartition.GetTokenBucketLimiter(chat, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = 3,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 1000,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        }));

    private readonly TokenBucketRateLimiter overall = new(new TokenBucketRateLimiterOptions
    {
        TokenLimit = 30,
        TokensPerPeriod = 30,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 100_000,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    public async Task SendAsync(long chatId, TelegramOutgoingMessage message, CancellationToken cancellationToken)
    {
        using var chatLease = await perChat.AcquireAsync(chatId, 1, cancellationToken);
        using var lease = await overall.AcquireAsync(1, cancellationToken);
        await client.SendMessage(
            chatId,
            message.Html,
            parseMode: ParseMode.Html,
            replyMarkup: message.Keyboard,
            linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true },
            cancellationToken: cancellationToken);
    }

    public Task TypingAsync(long chatId, CancellationToken cancellationToken) =>
        client.SendChatAction(chatId, ChatAction.Typing, cancellationToken: cancellationToken);

    public Task AnswerCallbackAsync(string callbackQueryId, CancellationToken cancellationToken) =>
        client.AnswerCallbackQuery(callbackQueryId, cancellationToken: cancellationToken);

    public void Dispose()
    {
        perChat.Dispose();
        overall.Dispose();
    }
}

using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;

namespace Integreat.Bot.Channels.Telegram;

/// <summary>Updates received (webhook or polling) and not yet processed; bounded so a flood cannot exhaust memory.</summary>
public sealed class TelegramUpdateQueue(IOptions<TelegramOptions> options)
{
    private readonly Channel<Update> updates = Channel.CreateBounded<Update>(
        new BoundedChannelOptions(Math.Max(1, options.Value.QueueCapacity)) { FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Queues an update without waiting; false when the queue is full (the webhook then answers 503 and
    /// Telegram delivers again later).</summary>
    public bool TryEnqueue(Update update) => updates.Writer.TryWrite(update);

    /// <summary>Queues an update, waiting for room (polling simply slows down).</summary>
    public ValueTask EnqueueAsync(Update update, CancellationToken cancellationToken) => updates.Writer.WriteAsync(update, cancellationToken);

    internal ChannelReader<Update> Reader => updates.Reader;
}

using System.Diagnostics;
using Integreat.Bot.Conversation;

namespace Integreat.Bot.Hosting.Metrics;

/// <summary>Counts messages per channel and language, answered or not, and times each reply: once, for every channel.</summary>
internal sealed class InstrumentedConversationEngine(IConversationEngine inner, BotMetrics metrics) : IConversationEngine
{
    public async Task<Reply> HandleAsync(IncomingMessage message, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var reply = await inner.HandleAsync(message, cancellationToken);
        if (!reply.IsSilent)
        {
            metrics.MessageReceived(message.Channel, reply.Language);
            metrics.Answered(message.Channel, reply.Answer is not null);
            metrics.ReplyLatency(message.Channel, Stopwatch.GetElapsedTime(started).TotalSeconds);
        }

        return reply;
    }

    public Task<Reply> WelcomeAsync(IncomingMessage message, CancellationToken cancellationToken = default) =>
        inner.WelcomeAsync(message, cancellationToken);
}

using Integreat.Bot.Conversation;

namespace Integreat.Bot.Hosting.Limits;

/// <summary>Lets at most a fixed number of messages through to the engine at once; the rest wait their turn, so a burst
/// queues instead of exhausting threads, memory or the state store.</summary>
internal sealed class ConcurrencyLimitedConversationEngine(IConversationEngine inner, int maxConcurrent) : IConversationEngine, IDisposable
{
    private readonly SemaphoreSlim _slots = new(maxConcurrent, maxConcurrent);

    public Task<Reply> HandleAsync(IncomingMessage message, CancellationToken cancellationToken = default) =>
        RunAsync(() => inner.HandleAsync(message, cancellationToken), cancellationToken);

    public Task<Reply> WelcomeAsync(IncomingMessage message, CancellationToken cancellationToken = default) =>
        RunAsync(() => inner.WelcomeAsync(message, cancellationToken), cancellationToken);

    public void Dispose() => _slots.Dispose();

    private async Task<Reply> RunAsync(Func<Task<Reply>> handle, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        try
        {
            return await handle();
        }
        finally
        {
            _slots.Release();
        }
    }
}

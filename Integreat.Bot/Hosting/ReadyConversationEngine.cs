using Integreat.Bot.Conversation;

namespace Integreat.Bot.Hosting;

/// <summary>Lets a message wait until content is ready, so that a message arriving during start-up gets a real answer.</summary>
internal sealed class ReadyConversationEngine(IConversationEngine inner, ContentBootstrapper bootstrapper) : IConversationEngine
{
    public async Task<Reply> HandleAsync(IncomingMessage message, CancellationToken cancellationToken = default)
    {
        await bootstrapper.EnsureReadyAsync(cancellationToken);
        return await inner.HandleAsync(message, cancellationToken);
    }

    public async Task<Reply> WelcomeAsync(IncomingMessage message, CancellationToken cancellationToken = default)
    {
        await bootstrapper.EnsureReadyAsync(cancellationToken);
        return await inner.WelcomeAsync(message, cancellationToken);
    }
}

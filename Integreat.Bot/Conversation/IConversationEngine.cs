namespace Integreat.Bot.Conversation;

/// <summary>Turns a message into a reply; knows nothing of channels.</summary>
public interface IConversationEngine
{
    /// <summary>Answers a message (a question, a command, a number or a button key).</summary>
    Task<Reply> HandleAsync(IncomingMessage message, CancellationToken cancellationToken = default);

    /// <summary>Greets a person the channel says has just joined (e.g. Bot Framework <c>conversationUpdate</c>).</summary>
    Task<Reply> WelcomeAsync(IncomingMessage message, CancellationToken cancellationToken = default);
}

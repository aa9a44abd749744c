namespace Integreat.Bot.State;

/// <summary>Keeps <see cref="ConversationState"/> per person; idle entries expire.</summary>
public interface IConversationStore
{
    /// <summary>The person's state, or null when there is none or it has been idle longer than the expiry.</summary>
    Task<ConversationState?> GetAsync(string userKey, CancellationToken cancellationToken = default);

    /// <summary>Stores the state (replacing what was there), stamped with the current time as last seen.</summary>
    Task SaveAsync(ConversationState state, CancellationToken cancellationToken = default);

    /// <summary>Deletes everything stored about the person.</summary>
    Task DeleteAsync(string userKey, CancellationToken cancellationToken = default);

    /// <summary>Deletes idle entries; returns how many went.</summary>
    Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default);
}

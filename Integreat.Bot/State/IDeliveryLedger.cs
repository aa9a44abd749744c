namespace Integreat.Bot.State;

/// <summary>Remembers which deliveries (Telegram update ids, Twilio MessageSids, activity ids) were already handled.</summary>
/// <remarks>Backed by the shared state store, so a retry that reaches another replica is still recognised.</remarks>
public interface IDeliveryLedger
{
    /// <summary>Claims a delivery. True exactly once per key within <paramref name="ttl"/>, also under concurrent calls.</summary>
    Task<bool> TryClaimAsync(string deliveryKey, TimeSpan ttl, CancellationToken cancellationToken = default);
}

using System.Collections.Concurrent;
using Integreat.Bot.State;

namespace Integreat.Bot.Channels;

/// <summary>A process-local ledger, used only when the state store registers none.</summary>
internal sealed class InMemoryDeliveryLedger(TimeProvider time) : IDeliveryLedger
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> claims = new();

    public Task<bool> TryClaimAsync(string deliveryKey, TimeSpan ttl, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (claims.Count > 10_000)
        {
            foreach (var (key, expires) in claims)
            {
                if (expires <= now)
                {
                    claims.TryRemove(key, out _);
                }
            }
        }

        while (true)
        {
            if (claims.TryAdd(deliveryKey, now + ttl))
            {
                return Task.FromResult(true);
            }

            if (!claims.TryGetValue(deliveryKey, out var current) || current > now)
            {
                return Task.FromResult(false);
            }

            // Expired: only the caller that swaps out this exact entry wins the new claim.
            if (claims.TryUpdate(deliveryKey, now + ttl, current))
            {
                return Task.FromResult(true);
            }
        }
    }
}

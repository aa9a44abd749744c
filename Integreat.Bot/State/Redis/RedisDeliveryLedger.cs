using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Integreat.Bot.State.Redis;

/// <summary>De-duplication in Redis: <c>SET key 1 NX EX ttl</c> succeeds exactly once per key while it lives.</summary>
public sealed class RedisDeliveryLedger(IConnectionMultiplexer redis, IOptions<StateOptions> options) : IDeliveryLedger
{
    private readonly string _prefix = options.Value.RedisKeyPrefix + "delivery:";

    public Task<bool> TryClaimAsync(string deliveryKey, TimeSpan ttl, CancellationToken cancellationToken = default) =>
        redis.GetDatabase().StringSetAsync(_prefix + deliveryKey, 1, ttl, When.NotExists);
}

using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Integreat.Bot.State.Redis;

/// <summary>Conversation state in Redis, shared by every replica. Redis expires idle keys; the stored last-seen time is also
/// checked on read, so the injected clock decides (and tests can move it).</summary>
public sealed class RedisConversationStore(IConnectionMultiplexer redis, IOptions<StateOptions> options, TimeProvider time) : IConversationStore
{
    private readonly TimeSpan _expiry = options.Value.IdleExpiry;
    private readonly string _prefix = options.Value.RedisKeyPrefix + "conversation:";

    public async Task<ConversationState?> GetAsync(string userKey, CancellationToken cancellationToken = default)
    {
        var value = await redis.GetDatabase().StringGetAsync(Key(userKey));
        if (value.IsNullOrEmpty)
        {
            return null;
        }

        var state = StateJson.Deserialize<ConversationState>(value.ToString());
        return state is null || time.GetUtcNow() - state.LastSeen > _expiry ? null : state;
    }

    public async Task SaveAsync(ConversationState state, CancellationToken cancellationToken = default)
    {
        state = state with { LastSeen = time.GetUtcNow() };
        await redis.GetDatabase().StringSetAsync(Key(state.UserKey), StateJson.Serialize(state), _expiry);
    }

    public async Task DeleteAsync(string userKey, CancellationToken cancellationToken = default) =>
        await redis.GetDatabase().KeyDeleteAsync(Key(userKey));

    /// <summary>Redis removes idle keys itself (key expiry); nothing to do.</summary>
    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default) => Task.FromResult(0);

    /// <summary>The Redis key holding a person's state (for tests that check nothing is left).</summary>
    public RedisKey Key(string userKey) => _prefix + userKey;
}

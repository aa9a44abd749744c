using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Integreat.Bot.State.Redis;

/// <summary>Rate counters in Redis: <c>INCR</c> plus <c>PEXPIRE</c> on a window's first message, all windows in one Lua
/// script, so a message is counted atomically and in one round trip whichever replica receives it.</summary>
public sealed class RedisRateCounter(IConnectionMultiplexer redis, IOptions<StateOptions> options) : IRateCounter
{
    // ARGV holds limit and length in milliseconds per key, in the order of KEYS.
    private const string Script = """
        local counts = {}
        for i, key in ipairs(KEYS) do
          local count = redis.call('INCR', key)
          if count == 1 then
            redis.call('PEXPIRE', key, ARGV[2 * i])
          end
          counts[i] = count
          if count > tonumber(ARGV[2 * i - 1]) then
            break
          end
        end
        return counts
        """;

    private readonly string _prefix = options.Value.RedisKeyPrefix + "rate:";

    public async Task<IReadOnlyList<long>> CountAsync(IReadOnlyList<RateWindow> windows, CancellationToken cancellationToken = default)
    {
        if (windows.Count == 0)
        {
            return [];
        }

        var keys = windows.Select(w => (RedisKey)(_prefix + w.Key)).ToArray();
        var values = windows.SelectMany(w => new RedisValue[] { w.Limit, (long)Math.Ceiling(w.Length.TotalMilliseconds) }).ToArray();
        var result = await redis.GetDatabase().ScriptEvaluateAsync(Script, keys, values);
        return (long[])result!;
    }
}

namespace Integreat.Bot.State;

/// <summary>Where and how long conversation state is kept. Section <c>State</c>.</summary>
public sealed class StateOptions
{
    public const string Section = "State";

    /// <summary>A StackExchange.Redis connection string; when set, state, de-duplication and the editors' record live in Redis.</summary>
    /// <value>Default: null (SQLite file <c>state.db</c> in the data directory).</value>
    public string? Redis { get; set; }

    /// <summary>How long a person's state is kept after their last message.</summary>
    /// <value>Default: 30 days.</value>
    public TimeSpan IdleExpiry { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Prefix of every Redis key, so several bots can share one server.</summary>
    /// <value>Default: <c>integreat:</c>.</value>
    public string RedisKeyPrefix { get; set; } = "integreat:";
}

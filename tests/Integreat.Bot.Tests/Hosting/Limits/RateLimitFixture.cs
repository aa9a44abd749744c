using Integreat.Bot.Conversation;
using Integreat.Bot.Hosting.Limits;
using Integreat.Bot.State;
using Integreat.Bot.State.Redis;
using Integreat.Bot.State.Sqlite;
using Integreat.Bot.Tests.Channels;
using Integreat.Bot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace Integreat.Bot.Tests.Hosting.Limits;

/// <summary>The rate-limited engine around a scripted one, counting in SQLite (a fresh temp directory) or in Redis
/// (under a key prefix of its own), with a clock the test moves.</summary>
internal sealed class RateLimitFixture : IAsyncDisposable
{
    /// <summary>The start of a UTC minute, so that "the next minute" is one minute away.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private readonly string? _directory;
    private readonly ConnectionMultiplexer? _redis;
    private readonly string _prefix = $"integreat-test:{Guid.NewGuid():N}:";

    private RateLimitFixture(LimitOptions limits, string? directory, ConnectionMultiplexer? redis)
    {
        _directory = directory;
        _redis = redis;
        var state = Options.Create(new StateOptions { RedisKeyPrefix = _prefix });
        IRateCounter counter;
        if (redis is not null)
        {
            counter = new RedisRateCounter(redis, state);
            Conversations = new RedisConversationStore(redis, state, Time);
        }
        else
        {
            var database = new SqliteStateDatabase(directory!);
            counter = new SqliteRateCounter(database, Time);
            Conversations = new SqliteConversationStore(database, state, Time);
        }

        Engine = new RateLimitedConversationEngine(
            Inner, counter, Conversations, Options.Create(limits), Options.Create(new BotOptions()), Time,
            NullLogger<RateLimitedConversationEngine>.Instance);
    }

    public FakeTimeProvider Time { get; } = new(Start);

    /// <summary>What reaches the real conversation: every message let through.</summary>
    public ScriptedEngine Inner { get; } = new();

    public IConversationEngine Engine { get; }

    public IConversationStore Conversations { get; }

    public static RateLimitFixture Sqlite(LimitOptions limits) =>
        new(limits, Path.Combine(Path.GetTempPath(), "integreat-bot-tests", Guid.NewGuid().ToString("N")), null);

    public static RateLimitFixture Redis(LimitOptions limits) =>
        new(limits, null, ConnectionMultiplexer.Connect(RedisFactAttribute.ConnectionString!));

    public static RateLimitFixture Create(string store, LimitOptions limits) => store == "redis" ? Redis(limits) : Sqlite(limits);

    public Task<Reply> SendAsync(string userKey, string text = "Wo lerne ich Deutsch?", string channel = "sms") =>
        Engine.HandleAsync(new IncomingMessage(channel, userKey, text));

    public ValueTask DisposeAsync() => TestStoreCleanup.DeleteAsync(_redis, _prefix, _directory);
}

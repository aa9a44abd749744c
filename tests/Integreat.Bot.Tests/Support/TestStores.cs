using Integreat.Bot.State;
using Integreat.Bot.State.Redis;
using Integreat.Bot.State.Sqlite;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace Integreat.Bot.Tests.Support;

/// <summary>The state stores of one test: SQLite in a fresh temp directory, or Redis under a key prefix of its own.</summary>
public sealed class TestStores : IAsyncDisposable
{
    private readonly string? _directory;
    private readonly ConnectionMultiplexer? _redis;
    private readonly string _prefix;

    private TestStores(FakeTimeProvider time, string? directory, ConnectionMultiplexer? redis, string prefix)
    {
        Time = time;
        _directory = directory;
        _redis = redis;
        _prefix = prefix;
        var options = Options.Create(new StateOptions { RedisKeyPrefix = prefix });
        if (redis is not null)
        {
            Conversations = new RedisConversationStore(redis, options, time);
            Ledger = new RedisDeliveryLedger(redis, options);
            Report = new RedisEditorReport(redis, options);
        }
        else
        {
            var database = new SqliteStateDatabase(directory!);
            DatabasePath = database.Path;
            Conversations = new SqliteConversationStore(database, options, time);
            Ledger = new SqliteDeliveryLedger(database, time);
            Report = new SqliteEditorReport(database);
        }
    }

    public FakeTimeProvider Time { get; }

    public IConversationStore Conversations { get; }

    public IDeliveryLedger Ledger { get; }

    public IEditorReport Report { get; }

    /// <summary>The SQLite file, or null on Redis.</summary>
    public string? DatabasePath { get; }

    public static TestStores Sqlite(DateTimeOffset now)
    {
        var directory = Path.Combine(Path.GetTempPath(), "integreat-bot-tests", Guid.NewGuid().ToString("N"));
        return new TestStores(new FakeTimeProvider(now), directory, null, "integreat:");
    }

    public static TestStores Redis(DateTimeOffset now)
    {
        var redis = ConnectionMultiplexer.Connect(RedisFactAttribute.ConnectionString!);
        return new TestStores(new FakeTimeProvider(now), null, redis, $"integreat-test:{Guid.NewGuid():N}:");
    }

    /// <summary>Every stored key or row that mentions <paramref name="text"/> (a user key): what forget-me must leave empty.</summary>
    public async Task<IReadOnlyList<string>> FindTracesAsync(string text)
    {
        if (_redis is not null)
        {
            var traces = new List<string>();
            var database = _redis.GetDatabase();
            foreach (var endpoint in _redis.GetEndPoints())
            {
                foreach (var key in _redis.GetServer(endpoint).Keys(pattern: _prefix + "*"))
                {
                    var type = await database.KeyTypeAsync(key);
                    var value = type switch
                    {
                        RedisType.String => (string?)await database.StringGetAsync(key),
                        RedisType.List => string.Join("\n", await database.ListRangeAsync(key)),
                        _ => null,
                    };
                    if (key.ToString().Contains(text, StringComparison.Ordinal) || value?.Contains(text, StringComparison.Ordinal) == true)
                    {
                        traces.Add(key.ToString());
                    }
                }
            }

            return traces;
        }

        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        var found = new List<string>();
        foreach (var table in new[] { "conversation", "delivery", "editor_entry" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table}";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (!reader.IsDBNull(i) && reader.GetValue(i).ToString()!.Contains(text, StringComparison.Ordinal))
                    {
                        found.Add($"{table}.{reader.GetName(i)}");
                    }
                }
            }
        }

        return found;
    }

    public ValueTask DisposeAsync() => TestStoreCleanup.DeleteAsync(_redis, _prefix, _directory);
}

using Microsoft.Extensions.Options;

namespace Integreat.Bot.State.Sqlite;

/// <summary>Conversation state in <c>state.db</c>; expiry is checked on read against the injected clock and purged on write.</summary>
public sealed class SqliteConversationStore(SqliteStateDatabase database, IOptions<StateOptions> options, TimeProvider time) : IConversationStore
{
    private readonly TimeSpan _expiry = options.Value.IdleExpiry;

    public async Task<ConversationState?> GetAsync(string userKey, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT state, last_seen FROM conversation WHERE user_key = $key";
        command.Parameters.AddWithValue("$key", userKey);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var lastSeen = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1));
        if (time.GetUtcNow() - lastSeen > _expiry)
        {
            return null;
        }

        return StateJson.Deserialize<ConversationState>(reader.GetString(0));
    }

    public async Task SaveAsync(ConversationState state, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        state = state with { LastSeen = now };
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO conversation (user_key, state, last_seen) VALUES ($key, $state, $seen)
            ON CONFLICT(user_key) DO UPDATE SET state = excluded.state, last_seen = excluded.last_seen;
            DELETE FROM conversation WHERE last_seen < $cutoff;
            """;
        command.Parameters.AddWithValue("$key", state.UserKey);
        command.Parameters.AddWithValue("$state", StateJson.Serialize(state));
        command.Parameters.AddWithValue("$seen", now.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$cutoff", (now - _expiry).ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task DeleteAsync(string userKey, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM conversation WHERE user_key = $key";
        command.Parameters.AddWithValue("$key", userKey);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM conversation WHERE last_seen < $cutoff";
        command.Parameters.AddWithValue("$cutoff", (time.GetUtcNow() - _expiry).ToUnixTimeMilliseconds());
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

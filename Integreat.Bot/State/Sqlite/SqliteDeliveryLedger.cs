namespace Integreat.Bot.State.Sqlite;

/// <summary>De-duplication in <c>state.db</c>: the primary key makes a claim succeed exactly once, also across processes.</summary>
public sealed class SqliteDeliveryLedger(SqliteStateDatabase database, TimeProvider time) : IDeliveryLedger
{
    public async Task<bool> TryClaimAsync(string deliveryKey, TimeSpan ttl, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // Expired claims are removed first, so a key may be claimed again after its ttl.
        command.CommandText = """
            DELETE FROM delivery WHERE expires_at <= $now;
            INSERT OR IGNORE INTO delivery (delivery_key, expires_at) VALUES ($key, $expires);
            SELECT changes();
            """;
        command.Parameters.AddWithValue("$now", now);
        command.Parameters.AddWithValue("$key", deliveryKey);
        command.Parameters.AddWithValue("$expires", now + (long)ttl.TotalMilliseconds);
        var changed = (long)(await command.ExecuteScalarAsync(cancellationToken) ?? 0L);
        return changed == 1;
    }
}

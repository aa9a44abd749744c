using Microsoft.Data.Sqlite;

namespace Integreat.Bot.State.Sqlite;

/// <summary>Rate counters in <c>state.db</c>: one row per person and window, counted in one write transaction, so that
/// processes sharing the file count together.</summary>
public sealed class SqliteRateCounter : IRateCounter
{
    // Expired windows are swept at most this often: a sweep per message would double the writes.
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private readonly SqliteStateDatabase _database;
    private readonly TimeProvider _time;
    private readonly Lazy<Task> _schema;
    private long _nextSweep;

    public SqliteRateCounter(SqliteStateDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
        _schema = new Lazy<Task>(CreateSchemaAsync, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public async Task<IReadOnlyList<long>> CountAsync(IReadOnlyList<RateWindow> windows, CancellationToken cancellationToken = default)
    {
        if (windows.Count == 0)
        {
            return [];
        }

        await _schema.Value;
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = await _database.OpenAsync(cancellationToken);
        // IMMEDIATE: the write lock is taken at once, so two processes cannot both read the old count.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        if (now >= Interlocked.Read(ref _nextSweep))
        {
            Interlocked.Exchange(ref _nextSweep, now + (long)SweepInterval.TotalMilliseconds);
            await using var sweep = connection.CreateCommand();
            sweep.CommandText = "DELETE FROM rate_counter WHERE expires_at <= $now;";
            sweep.Parameters.AddWithValue("$now", now);
            await sweep.ExecuteNonQueryAsync(cancellationToken);
        }

        var counts = new List<long>(windows.Count);
        foreach (var window in windows)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO rate_counter (counter_key, count, expires_at) VALUES ($key, 1, $expires)
                ON CONFLICT (counter_key) DO UPDATE SET count = count + 1
                RETURNING count;
                """;
            command.Parameters.AddWithValue("$key", window.Key);
            command.Parameters.AddWithValue("$expires", now + (long)window.Length.TotalMilliseconds);
            var count = (long)(await command.ExecuteScalarAsync(cancellationToken) ?? 0L);
            counts.Add(count);
            if (count > window.Limit)
            {
                break;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return counts;
    }

    private async Task CreateSchemaAsync()
    {
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE IF NOT EXISTS rate_counter (
                counter_key TEXT PRIMARY KEY,
                count       INTEGER NOT NULL,
                expires_at  INTEGER NOT NULL
            );
            CREATE INDEX IF NOT EXISTS rate_counter_expires_at ON rate_counter(expires_at);
            """;
        await command.ExecuteNonQueryAsync();
    }
}

using Microsoft.Data.Sqlite;

namespace Integreat.Bot.State.Sqlite;

/// <summary>The SQLite file <c>state.db</c> in the data directory: conversation state, delivery ledger and the editors' record.</summary>
public sealed class SqliteStateDatabase
{
    /// <summary>The file name inside the data directory.</summary>
    public const string FileName = "state.db";

    private readonly string _connectionString;
    private readonly Lazy<bool> _schema;

    public SqliteStateDatabase(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        Path = System.IO.Path.Combine(dataDirectory, FileName);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        _schema = new Lazy<bool>(CreateSchema, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The full path of the database file.</summary>
    public string Path { get; }

    /// <summary>Opens a connection, creating the schema on first use.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        _ = _schema.Value;
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        // Several replicas or verbs may share the file; wait for a lock instead of failing at once.
        await using var busy = connection.CreateCommand();
        busy.CommandText = "PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;";
        await busy.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private bool CreateSchema()
    {
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS conversation (
                user_key  TEXT PRIMARY KEY,
                state     TEXT NOT NULL,
                last_seen INTEGER NOT NULL
            );
            CREATE INDEX IF NOT EXISTS conversation_last_seen ON conversation(last_seen);
            CREATE TABLE IF NOT EXISTS delivery (
                delivery_key TEXT PRIMARY KEY,
                expires_at   INTEGER NOT NULL
            );
            CREATE INDEX IF NOT EXISTS delivery_expires_at ON delivery(expires_at);
            CREATE TABLE IF NOT EXISTS editor_entry (
                id       INTEGER PRIMARY KEY AUTOINCREMENT,
                kind     TEXT NOT NULL,
                region   TEXT NOT NULL,
                language TEXT NOT NULL,
                question TEXT NOT NULL,
                page_id  INTEGER NULL,
                at       INTEGER NOT NULL
            );
            CREATE INDEX IF NOT EXISTS editor_entry_region_at ON editor_entry(region, at);
            """;
        command.ExecuteNonQuery();
        return true;
    }
}

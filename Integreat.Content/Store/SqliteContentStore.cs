using System.Text.Json;
using Integreat.Content.Model;
using Microsoft.Data.Sqlite;

namespace Integreat.Content.Store;

/// <summary>The content store: a SQLite file <c>content.db</c> in the data directory, one JSON blob per region and language.</summary>
/// <remarks>
/// <para>Writes replace whole regions in one transaction (WAL mode, so readers keep reading the previous content
/// meanwhile). Each write that changes something bumps a generation number; readers compare it with the generation
/// of what they cached (one tiny query, at most every 200 ms; at once after a write by this instance) and reload only
/// what changed. That keeps several processes on one data
/// directory (the host and an <c>import</c> run) consistent without anything shared but the file.</para>
/// <para>Decoded content is cached per region and language; the returned objects are immutable and may be shared.</para>
/// </remarks>
public sealed class SqliteContentStore : IWritableContentStore, IDisposable
{
    /// <summary>The database file name inside the data directory.</summary>
    public const string FileName = "content.db";

    private const int SchemaVersion = 1;

    /// <summary>How long a read trusts the cached generation before asking the database again.</summary>
    private static readonly TimeSpan RecheckInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// How many decoded region/languages are kept. Bounded, because indexing reads every one of them once: with 80
    /// regions × 11 languages, keeping all would hold every page in memory (several GiB).
    /// </summary>
    internal const int CacheCapacity = 32;

    private readonly string _connectionString;
    private readonly TimeProvider _timeProvider;
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Region, string Language), CachedContent> _cache = [];
    private long _cacheClock;
    private SqliteCommand? _generationCommand;
    private long _checkedAt;
    private bool _mustCheck = true;
    private Snapshot _snapshot = new(-1, [], new Dictionary<(string, string), ContentVersion>());

    /// <summary>Opens (or creates) the store in <paramref name="dataDirectory"/>, creating the directory when missing.</summary>
    /// <param name="dataDirectory">The data directory; <c>content.db</c> is created in it.</param>
    /// <param name="timeProvider">Paces the checks for writes by other processes; <see cref="TimeProvider.System"/> when null.</param>
    public SqliteContentStore(string dataDirectory, TimeProvider? timeProvider = null)
    {
        _timeProvider = timeProvider ?? TimeProvider.System;
        Directory.CreateDirectory(dataDirectory);
        DatabasePath = Path.Combine(Path.GetFullPath(dataDirectory), FileName);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 60,
        }.ToString();
        Initialize();
    }

    /// <summary>The full path of <c>content.db</c>.</summary>
    public string DatabasePath { get; }

    public IReadOnlyList<Region> GetRegions() => Current().Regions;

    public Region? FindRegion(string slug) =>
        Current().Regions.FirstOrDefault(r => string.Equals(r.Slug, slug, StringComparison.OrdinalIgnoreCase));

    public IReadOnlyList<ContentVersion> GetVersions() => Current().Versions.Values.ToList();

    public LanguageContent? GetContent(string region, string language) => GetCached(region, language)?.Content;

    public Page? FindPage(string region, string language, int id) =>
        GetCached(region, language)?.PagesById.GetValueOrDefault(id);

    public ContentWriteResult ReplaceRegions(IReadOnlyList<Region> regions, IReadOnlyList<LanguageContent> contents, DateTimeOffset importedAt)
    {
        using var session = BeginImport(regions, importedAt);
        foreach (var content in contents)
        {
            session.Write(content);
        }

        return session.Commit();
    }

    /// <inheritdoc/>
    /// <remarks>
    /// The session is one SQLite write transaction, open until the commit or dispose: readers go on reading the
    /// previous content meanwhile (WAL), but another writer (a second import) waits for it, up to the busy timeout.
    /// </remarks>
    public IContentImportSession BeginImport(IReadOnlyList<Region> regions, DateTimeOffset importedAt) =>
        new ImportSession(this, Open(), regions, importedAt);

    /// <summary>Closes the connections, so that the file can be moved or deleted.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_generationCommand is { } command)
            {
                var connection = command.Connection;
                command.Dispose();
                connection?.Dispose();
                _generationCommand = null;
            }
        }

        using var pooled = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(pooled);
    }

    private SqliteCommand CreateGenerationCommand()
    {
        var connection = Open();
        var command = connection.CreateCommand();
        command.CommandText = "SELECT generation FROM store_state WHERE id = 1";
        command.Prepare();
        return command;
    }

    private CachedContent? GetCached(string region, string language)
    {
        var snapshot = Current();
        var key = (region.ToLowerInvariant(), language.ToLowerInvariant());
        if (!snapshot.Versions.TryGetValue(key, out var version))
        {
            return null;
        }

        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var cached) && cached.Hash == version.Hash)
            {
                cached.LastUsed = ++_cacheClock;
                return cached;
            }

            using var connection = Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT hash, content FROM contents WHERE region = $region AND language = $language";
            command.Parameters.AddWithValue("$region", key.Item1);
            command.Parameters.AddWithValue("$language", key.Item2);
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                // Removed by another process since the snapshot was taken.
                _cache.Remove(key);
                return null;
            }

            var content = ContentHasher.Deserialize((byte[])reader.GetValue(1));
            cached = new CachedContent(reader.GetString(0), content, content.Pages.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First()))
            {
                LastUsed = ++_cacheClock,
            };
            _cache[key] = cached;
            if (_cache.Count > CacheCapacity)
            {
                // The least recently read goes; a scan of a few dozen entries, once per database read.
                _cache.Remove(_cache.MinBy(e => e.Value.LastUsed).Key);
            }

            return cached;
        }
    }

    /// <summary>The regions and versions as stored now: one tiny query when nothing changed since the last call.</summary>
    private Snapshot Current()
    {
        lock (_gate)
        {
            // Another process's write shows within RecheckInterval; this process's own writes show at once.
            if (!_mustCheck && _timeProvider.GetElapsedTime(_checkedAt) < RecheckInterval)
            {
                return _snapshot;
            }

            _checkedAt = _timeProvider.GetTimestamp();
            _mustCheck = false;

            // The generation is read on a connection kept open for it: opening one per call would cost more than the query.
            _generationCommand ??= CreateGenerationCommand();
            if ((long)_generationCommand.ExecuteScalar()! == _snapshot.Generation)
            {
                return _snapshot;
            }

            using var connection = Open();
            using var transaction = connection.BeginTransaction(deferred: true);
            var generation = (long)Scalar(connection, transaction, "SELECT generation FROM store_state WHERE id = 1")!;
            var regions = new List<Region>();
            using (var command = Command(connection, transaction, "SELECT slug, name, languages FROM regions ORDER BY slug"))
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    var languages = JsonSerializer.Deserialize<List<Language>>(reader.GetString(2), ContentHasher.Options) ?? [];
                    regions.Add(new Region(reader.GetString(0), reader.GetString(1), languages));
                }
            }

            var versions = new Dictionary<(string, string), ContentVersion>();
            using (var command = Command(connection, transaction, "SELECT region, language, hash, imported_at FROM contents ORDER BY region, language"))
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    var version = new ContentVersion(reader.GetString(0), reader.GetString(1), reader.GetString(2), DateTimeOffset.Parse(reader.GetString(3), System.Globalization.CultureInfo.InvariantCulture));
                    versions[(version.Region, version.Language)] = version;
                }
            }

            foreach (var stale in _cache.Where(e => !versions.TryGetValue(e.Key, out var v) || v.Hash != e.Value.Hash).Select(e => e.Key).ToList())
            {
                _cache.Remove(stale);
            }

            _snapshot = new Snapshot(generation, regions, versions);
            return _snapshot;
        }
    }

    private void Initialize()
    {
        using var connection = Open();
        var version = (long)Scalar(connection, null, "PRAGMA user_version")!;
        if (version > SchemaVersion)
        {
            throw new InvalidOperationException(
                $"{DatabasePath} was written by a newer version of the bot (schema {version}, this one knows {SchemaVersion}).");
        }

        Execute(connection, null, "PRAGMA journal_mode = WAL");
        Execute(connection, null, $"""
            CREATE TABLE IF NOT EXISTS store_state (id INTEGER PRIMARY KEY CHECK (id = 1), generation INTEGER NOT NULL);
            INSERT OR IGNORE INTO store_state (id, generation) VALUES (1, 0);
            CREATE TABLE IF NOT EXISTS regions (slug TEXT PRIMARY KEY, name TEXT NOT NULL, languages TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS contents (
                region TEXT NOT NULL,
                language TEXT NOT NULL,
                hash TEXT NOT NULL,
                imported_at TEXT NOT NULL,
                content BLOB NOT NULL,
                PRIMARY KEY (region, language));
            PRAGMA user_version = {SchemaVersion};
            """);
    }

    private static Dictionary<(string Region, string Language), string> ReadHashes(SqliteConnection connection, SqliteTransaction transaction)
    {
        var hashes = new Dictionary<(string, string), string>();
        using var command = Command(connection, transaction, "SELECT region, language, hash FROM contents");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            hashes[(reader.GetString(0), reader.GetString(1))] = reader.GetString(2);
        }

        return hashes;
    }

    /// <summary>Stores the region; true when it was new or its name or languages differ.</summary>
    private static bool UpsertRegion(SqliteConnection connection, SqliteTransaction transaction, Region region)
    {
        var slug = region.Slug.ToLowerInvariant();
        var languages = JsonSerializer.Serialize(region.Languages, ContentHasher.Options);
        using (var command = Command(connection, transaction, "SELECT name, languages FROM regions WHERE slug = $slug"))
        {
            command.Parameters.AddWithValue("$slug", slug);
            using var reader = command.ExecuteReader();
            if (reader.Read() && reader.GetString(0) == region.Name && reader.GetString(1) == languages)
            {
                return false;
            }
        }

        Execute(connection, transaction, """
            INSERT INTO regions (slug, name, languages) VALUES ($slug, $name, $languages)
            ON CONFLICT (slug) DO UPDATE SET name = excluded.name, languages = excluded.languages
            """,
            ("$slug", slug), ("$name", region.Name), ("$languages", languages));
        return true;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static object? Scalar(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = Command(connection, transaction, sql);
        return command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }

    /// <summary>Lets this instance's readers see a committed write at once.</summary>
    private void Written()
    {
        lock (_gate)
        {
            _mustCheck = true;
        }
    }

    /// <summary>An import into one write transaction: each pair is written as it comes, all of them land at the commit.</summary>
    private sealed class ImportSession : IContentImportSession
    {
        private readonly SqliteContentStore _store;
        private readonly SqliteConnection _connection;
        private readonly SqliteTransaction _transaction;
        private readonly Dictionary<string, Region> _regions;
        private readonly Dictionary<(string Region, string Language), string> _stored;
        private readonly HashSet<(string, string)> _written = [];
        private readonly List<ContentWriteChange> _changes = [];
        private readonly string _importedAt;
        private readonly SqliteCommand _upsert;
        private readonly bool _regionsChanged;
        private bool _done;

        public ImportSession(SqliteContentStore store, SqliteConnection connection, IReadOnlyList<Region> regions, DateTimeOffset importedAt)
        {
            _store = store;
            _connection = connection;
            _importedAt = importedAt.ToString("O");
            _regions = regions.ToDictionary(r => r.Slug, StringComparer.OrdinalIgnoreCase);
            try
            {
                _transaction = connection.BeginTransaction(deferred: false);
                _stored = ReadHashes(connection, _transaction);
                foreach (var region in regions)
                {
                    _regionsChanged |= UpsertRegion(connection, _transaction, region);
                    var languages = region.Languages.Select(l => l.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
                    foreach (var key in _stored.Keys.Where(k => string.Equals(k.Region, region.Slug, StringComparison.OrdinalIgnoreCase)
                                 && !languages.Contains(k.Language)).ToList())
                    {
                        Execute(connection, _transaction, "DELETE FROM contents WHERE region = $region AND language = $language",
                            ("$region", key.Region), ("$language", key.Language));
                        _changes.Add(new ContentWriteChange(key.Region, key.Language, ContentChange.Removed, null));
                    }
                }

                _upsert = Command(connection, _transaction, """
                    INSERT INTO contents (region, language, hash, imported_at, content) VALUES ($region, $language, $hash, $at, $content)
                    ON CONFLICT (region, language) DO UPDATE SET hash = excluded.hash, imported_at = excluded.imported_at, content = excluded.content
                    """);
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }

        public ContentChange Write(LanguageContent content)
        {
            ObjectDisposedException.ThrowIf(_done, this);
            if (!_regions.TryGetValue(content.Region, out var region) || region.FindLanguage(content.Language.Code) is null)
            {
                throw new ArgumentException($"content for {content.Region}/{content.Language.Code} is not in the region list given", nameof(content));
            }

            var key = (content.Region.ToLowerInvariant(), content.Language.Code.ToLowerInvariant());
            if (!_written.Add(key))
            {
                throw new ArgumentException($"content for {content.Region}/{content.Language.Code} was written before in this import", nameof(content));
            }

            var bytes = ContentHasher.Serialize(content);
            var hash = ContentHasher.Hash(bytes);
            var change = !_stored.TryGetValue(key, out var storedHash) ? ContentChange.Added
                : storedHash == hash ? ContentChange.Unchanged
                : ContentChange.Updated;
            if (change != ContentChange.Unchanged)
            {
                _upsert.Parameters.Clear();
                _upsert.Parameters.AddWithValue("$region", key.Item1);
                _upsert.Parameters.AddWithValue("$language", key.Item2);
                _upsert.Parameters.AddWithValue("$hash", hash);
                _upsert.Parameters.AddWithValue("$at", _importedAt);
                _upsert.Parameters.AddWithValue("$content", bytes);
                _upsert.ExecuteNonQuery();
            }

            _changes.Add(new ContentWriteChange(content.Region, content.Language.Code, change, hash));
            return change;
        }

        public ContentWriteResult Commit()
        {
            ObjectDisposedException.ThrowIf(_done, this);
            var result = new ContentWriteResult(_changes.ToList(), _regionsChanged);
            if (!result.NothingChanged)
            {
                Execute(_connection, _transaction, "UPDATE store_state SET generation = generation + 1 WHERE id = 1");
            }

            _transaction.Commit();
            _store.Written();
            Dispose();
            return result;
        }

        /// <summary>Without a commit before, rolls everything back.</summary>
        public void Dispose()
        {
            if (_done)
            {
                return;
            }

            _done = true;
            _upsert.Dispose();
            _transaction.Dispose();
            _connection.Dispose();
        }
    }

    private sealed record Snapshot(long Generation, IReadOnlyList<Region> Regions, IReadOnlyDictionary<(string, string), ContentVersion> Versions);

    private sealed record CachedContent(string Hash, LanguageContent Content, IReadOnlyDictionary<int, Page> PagesById)
    {
        /// <summary>When it was last read, on <see cref="_cacheClock"/>; guarded by <see cref="_gate"/>.</summary>
        public long LastUsed { get; set; }
    }
}

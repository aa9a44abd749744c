using StackExchange.Redis;

namespace Integreat.Bot.Tests.Support;

/// <summary>Removes what a test's state store left: its Redis keys (by prefix) or its SQLite data directory.</summary>
internal static class TestStoreCleanup
{
    public static async ValueTask DeleteAsync(IConnectionMultiplexer? redis, string prefix, string? directory)
    {
        if (redis is not null)
        {
            var database = redis.GetDatabase();
            foreach (var endpoint in redis.GetEndPoints())
            {
                foreach (var key in redis.GetServer(endpoint).Keys(pattern: prefix + "*"))
                {
                    await database.KeyDeleteAsync(key);
                }
            }

            await redis.DisposeAsync();
        }

        if (directory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                // A temp directory left behind is harmless.
            }
        }
    }
}

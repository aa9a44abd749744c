namespace Integreat.Bot.Tests.Support;

/// <summary>A fact that needs a real Redis: runs when <c>INTEGREAT_TEST_REDIS</c> holds a connection string
/// (e.g. <c>127.0.0.1:6379</c>), and is reported as skipped otherwise.</summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public const string Variable = "INTEGREAT_TEST_REDIS";

    public RedisFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            Skip = $"Set {Variable} to a Redis connection string to run this test.";
        }
    }

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable);
}

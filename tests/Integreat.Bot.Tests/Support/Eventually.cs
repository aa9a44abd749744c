namespace Integreat.Bot.Tests.Support;

/// <summary>Waits for background work (a hosted service, a timer) to reach a state; fails after a generous limit, never asserts speed.</summary>
internal static class Eventually
{
    public static async Task WaitUntilAsync(Func<bool> condition, string what, TimeSpan? limit = null)
    {
        var deadline = DateTime.UtcNow + (limit ?? TimeSpan.FromSeconds(30));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"gave up waiting until {what}");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>True as soon as the condition holds, false when it still does not after <paramref name="timeoutMs"/>.</summary>
    public static async Task<bool> TrueAsync(Func<bool> condition, int timeoutMs = 10_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (DateTime.UtcNow < deadline)
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(20);
        }

        return condition();
    }
}

namespace Integreat.Bot.State;

/// <summary>One window of a rate limit: a counter that lives for one window of time.</summary>
/// <param name="Key">Names the person and the window (e.g. the minute); a new window is a new key.</param>
/// <param name="Limit">How many messages the window allows.</param>
/// <param name="Length">How long the window lasts; the counter is forgotten after it.</param>
public sealed record RateWindow(string Key, long Limit, TimeSpan Length);

/// <summary>Counts messages per person and window in the shared state store, so a limit holds across replicas.</summary>
public interface IRateCounter
{
    /// <summary>Counts one message in each window, in order, and stops after the first window whose limit the new count
    /// exceeds: a message already refused by a short window does not use up a longer one.</summary>
    /// <returns>The new count of each window reached, in order; windows after a refusing one are left out. Atomic per
    /// window, also under concurrent calls from several processes.</returns>
    Task<IReadOnlyList<long>> CountAsync(IReadOnlyList<RateWindow> windows, CancellationToken cancellationToken = default);
}

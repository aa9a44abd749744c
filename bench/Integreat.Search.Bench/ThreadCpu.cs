using System.Globalization;

namespace Integreat.Search.Bench;

/// <summary>
/// CPU time of the calling thread, from Linux's <c>/proc/thread-self/schedstat</c> (nanoseconds on a CPU). On a
/// shared machine, wall-clock percentiles mostly measure the waits for a free core; this measures the work.
/// </summary>
internal static class ThreadCpu
{
    private const string File = "/proc/thread-self/schedstat";

    public static bool Available { get; } = System.IO.File.Exists(File);

    /// <summary>Milliseconds the calling thread has run so far; 0 where the file does not exist.</summary>
    public static double Milliseconds()
    {
        if (!Available)
        {
            return 0;
        }

        var text = System.IO.File.ReadAllText(File);
        var end = text.IndexOf(' ', StringComparison.Ordinal);
        return long.Parse(text.AsSpan(0, end < 0 ? text.Length : end), CultureInfo.InvariantCulture) / 1e6;
    }
}

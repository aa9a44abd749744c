using System.ComponentModel.DataAnnotations;

namespace Integreat.Bot.Hosting.Limits;

/// <summary>How much one person and the whole process may ask of the bot. Section <c>Limits</c>.</summary>
/// <remarks>The per-person limits protect the county's SMS bill; counts live in the shared state store (SQLite or
/// Redis), so they hold across replicas.</remarks>
public sealed class LimitOptions
{
    public const string Section = "Limits";

    /// <summary>Messages one person may send per clock minute (UTC); 0 turns the minute limit off.</summary>
    /// <value>Default: 20.</value>
    [Range(0, int.MaxValue)]
    public int PerMinute { get; set; } = 20;

    /// <summary>Messages one person may send per day (UTC); 0 turns the daily limit off.</summary>
    /// <value>Default: 200.</value>
    [Range(0, int.MaxValue)]
    public int PerDay { get; set; } = 200;

    /// <summary>Messages handled at the same time by this process; further messages wait for a free slot.</summary>
    /// <value>Default: 64.</value>
    [Range(1, 100_000)]
    public int MaxConcurrentMessages { get; set; } = 64;

    /// <summary>True when at least one per-person limit applies.</summary>
    internal bool LimitsPeople => PerMinute > 0 || PerDay > 0;
}

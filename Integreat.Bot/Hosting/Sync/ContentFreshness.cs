using System.Globalization;

namespace Integreat.Bot.Hosting.Sync;

/// <summary>How current the served content is, and whether that is old enough to warn about.</summary>
/// <param name="CurrentAsOf">The last moment the content was known to match the CMS: the last successful sync, else the oldest import.</param>
/// <param name="Age">Now minus <paramref name="CurrentAsOf"/>.</param>
/// <param name="Warnings">Empty when all is well; otherwise sentences for an operator.</param>
public sealed record ContentFreshness(DateTimeOffset? CurrentAsOf, TimeSpan? Age, IReadOnlyList<string> Warnings)
{
    /// <summary>Works out the freshness from the sync state and the oldest stored import.</summary>
    /// <param name="oldestImport">The oldest <c>ImportedAt</c> of the stored region/language pairs; null when the store is empty.</param>
    /// <param name="maxAge">Past this age, and only while the periodic sync is on, the content is stale.</param>
    public static ContentFreshness Evaluate(SyncSnapshot sync, DateTimeOffset? oldestImport, TimeSpan maxAge, DateTimeOffset now)
    {
        // An unchanged import does not touch ImportedAt, so a successful sync is what proves content current.
        var currentAsOf = Later(sync.LastSuccess, oldestImport);
        var age = currentAsOf is { } at ? now - at : (TimeSpan?)null;
        var warnings = new List<string>();
        if (sync.Enabled && age is { } a && a > maxAge)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"content is {a.TotalHours:0.#} h old, more than Cms:MaxContentAge ({maxAge.TotalHours:0.#} h); last sync error: {sync.LastError ?? "none"}"));
        }

        return new ContentFreshness(currentAsOf, age, warnings);
    }

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : a > b ? a : b;
}

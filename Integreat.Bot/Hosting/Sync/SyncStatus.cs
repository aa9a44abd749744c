namespace Integreat.Bot.Hosting.Sync;

/// <summary>How a sync ended.</summary>
public enum SyncOutcome
{
    /// <summary>The CMS had new or different content; store and index now hold it.</summary>
    Changed,

    /// <summary>The CMS content equals what is stored; nothing was rewritten.</summary>
    Unchanged,

    /// <summary>The fetch failed or the content was unusable; the previous content keeps serving.</summary>
    Failed,
}

/// <summary>What the periodic sync has done so far, as one immutable value.</summary>
/// <param name="Enabled">False when <c>Cms:Regions</c> is empty or <c>Cms:SyncInterval</c> is zero.</param>
/// <param name="Attempts">Syncs started since the process started.</param>
/// <param name="LastError">The message of the last failure (it names the URL or file); null once a later sync succeeded.</param>
/// <param name="ConsecutiveFailures">Failures since the last success.</param>
public sealed record SyncSnapshot(
    bool Enabled,
    int Attempts,
    DateTimeOffset? LastAttempt,
    DateTimeOffset? LastSuccess,
    SyncOutcome? LastOutcome,
    string? LastError,
    DateTimeOffset? LastErrorAt,
    int ConsecutiveFailures,
    DateTimeOffset? NextAttempt);

/// <summary>The state of the periodic CMS sync, shared by the sync service (writer) and <c>/health</c> (reader).</summary>
public sealed class SyncStatus
{
    private SyncSnapshot _current = new(false, 0, null, null, null, null, null, 0, null);

    /// <summary>The latest state; a consistent snapshot, safe to read from any thread.</summary>
    public SyncSnapshot Current => Volatile.Read(ref _current);

    internal void Configure(bool enabled) => Update(s => s with { Enabled = enabled });

    internal void Started(DateTimeOffset at) =>
        Update(s => s with { Attempts = s.Attempts + 1, LastAttempt = at, NextAttempt = null });

    internal void Succeeded(DateTimeOffset at, SyncOutcome outcome) =>
        Update(s => s with { LastSuccess = at, LastOutcome = outcome, LastError = null, ConsecutiveFailures = 0 });

    internal void Failed(DateTimeOffset at, string error) =>
        Update(s => s with { LastOutcome = SyncOutcome.Failed, LastError = error, LastErrorAt = at, ConsecutiveFailures = s.ConsecutiveFailures + 1 });

    internal void Scheduled(DateTimeOffset next) => Update(s => s with { NextAttempt = next });

    private void Update(Func<SyncSnapshot, SyncSnapshot> change)
    {
        SyncSnapshot before, after;
        do
        {
            before = Volatile.Read(ref _current);
            after = change(before);
        }
        while (Interlocked.CompareExchange(ref _current, after, before) != before);
    }
}

namespace Integreat.Bot.State;

/// <summary>Why a question went to the editors.</summary>
public enum EditorEntryKind
{
    /// <summary>The bot found no good answer.</summary>
    Unanswered,

    /// <summary>A person said the answer did not help.</summary>
    NotHelpful,
}

/// <summary>One question for the editors. Holds no user identity.</summary>
/// <param name="PageId">The page that was answered (for <see cref="EditorEntryKind.NotHelpful"/>).</param>
public sealed record EditorEntry(EditorEntryKind Kind, string Region, string Language, string Question, DateTimeOffset At, int? PageId = null)
{
    /// <summary>Longer questions are cut: editors need the gist, and the record must not grow with pasted texts.</summary>
    public const int MaxQuestionLength = 300;

    public string Question { get; init; } = Question.Trim() is var q && q.Length > MaxQuestionLength ? q[..MaxQuestionLength] : q;
}

/// <summary>A question as the report lists it: grouped by region, language, kind and text.</summary>
public sealed record EditorReportLine(string Region, string Language, EditorEntryKind Kind, string Question, int Count, DateTimeOffset FirstAt, DateTimeOffset LastAt, int? PageId);

/// <summary>The record of unanswered questions and not-helpful feedback, for editors.</summary>
public interface IEditorReport
{
    Task RecordAsync(EditorEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Grouped per region and language, most frequent first.</summary>
    /// <param name="region">Only this region when given.</param>
    /// <param name="since">Only entries at or after this moment when given.</param>
    Task<IReadOnlyList<EditorReportLine>> QueryAsync(string? region = null, DateTimeOffset? since = null, CancellationToken cancellationToken = default);
}

/// <summary>Groups raw entries the same way for every store.</summary>
internal static class EditorReportGrouping
{
    /// <summary>Questions count as the same when they differ only in case and surrounding spaces.</summary>
    public static string Normalize(string question) => string.Join(' ', question.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    public static IReadOnlyList<EditorReportLine> Group(IEnumerable<EditorEntry> entries) =>
        entries
            .GroupBy(e => (e.Region, e.Language, e.Kind, Question: Normalize(e.Question), e.PageId))
            .Select(g => new EditorReportLine(g.Key.Region, g.Key.Language, g.Key.Kind, g.MinBy(e => e.At)!.Question.Trim(), g.Count(), g.Min(e => e.At), g.Max(e => e.At), g.Key.PageId))
            .OrderBy(l => l.Region, StringComparer.Ordinal)
            .ThenBy(l => l.Language, StringComparer.Ordinal)
            .ThenByDescending(l => l.Count)
            .ThenByDescending(l => l.LastAt)
            .ToList();
}

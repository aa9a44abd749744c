using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Integreat.Bot.State.Redis;

/// <summary>The editors' record in Redis: one list of entries, newest first, capped so it cannot grow without bound.</summary>
public sealed class RedisEditorReport(IConnectionMultiplexer redis, IOptions<StateOptions> options) : IEditorReport
{
    /// <summary>How many entries are kept; older ones fall off.</summary>
    public const int Capacity = 100_000;

    private readonly RedisKey _key = options.Value.RedisKeyPrefix + "editor-report";

    public async Task RecordAsync(EditorEntry entry, CancellationToken cancellationToken = default)
    {
        var database = redis.GetDatabase();
        await database.ListLeftPushAsync(_key, StateJson.Serialize(entry with { Question = entry.Question.Trim() }));
        await database.ListTrimAsync(_key, 0, Capacity - 1);
    }

    public async Task<IReadOnlyList<EditorReportLine>> QueryAsync(string? region = null, DateTimeOffset? since = null, CancellationToken cancellationToken = default)
    {
        var values = await redis.GetDatabase().ListRangeAsync(_key);
        var entries = values
            .Select(v => StateJson.Deserialize<EditorEntry>(v.ToString()))
            .OfType<EditorEntry>()
            .Where(e => region is null || e.Region == region)
            .Where(e => since is null || e.At >= since);
        return EditorReportGrouping.Group(entries);
    }
}

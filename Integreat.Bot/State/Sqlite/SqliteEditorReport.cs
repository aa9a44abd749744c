namespace Integreat.Bot.State.Sqlite;

/// <summary>The editors' record in <c>state.db</c>.</summary>
public sealed class SqliteEditorReport(SqliteStateDatabase database) : IEditorReport
{
    public async Task RecordAsync(EditorEntry entry, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO editor_entry (kind, region, language, question, page_id, at)
            VALUES ($kind, $region, $language, $question, $page, $at)
            """;
        command.Parameters.AddWithValue("$kind", entry.Kind.ToString());
        command.Parameters.AddWithValue("$region", entry.Region);
        command.Parameters.AddWithValue("$language", entry.Language);
        command.Parameters.AddWithValue("$question", entry.Question.Trim());
        command.Parameters.AddWithValue("$page", (object?)entry.PageId ?? DBNull.Value);
        command.Parameters.AddWithValue("$at", entry.At.ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<EditorReportLine>> QueryAsync(string? region = null, DateTimeOffset? since = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT kind, region, language, question, page_id, at FROM editor_entry
            WHERE ($region IS NULL OR region = $region) AND at >= $since
            """;
        command.Parameters.AddWithValue("$region", (object?)region ?? DBNull.Value);
        command.Parameters.AddWithValue("$since", since?.ToUnixTimeMilliseconds() ?? long.MinValue);
        var entries = new List<EditorEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new EditorEntry(
                Enum.Parse<EditorEntryKind>(reader.GetString(0)),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5)),
                reader.IsDBNull(4) ? null : reader.GetInt32(4)));
        }

        return EditorReportGrouping.Group(entries);
    }
}

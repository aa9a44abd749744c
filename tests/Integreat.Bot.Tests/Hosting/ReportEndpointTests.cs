using System.Net;
using System.Text.Json;
using Integreat.Bot.State;
using Integreat.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Integreat.Bot.Tests.Hosting;

public sealed class ReportEndpointTests
{
    [Fact]
    public async Task Without_an_admin_key_the_report_route_does_not_exist()
    {
        await using var bot = await RunningBot.StartAsync();

        var response = await bot.Http.GetAsync("/api/report");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task With_an_admin_key_the_report_lists_questions_most_frequent_first_and_refuses_a_wrong_key()
    {
        await using var bot = await RunningBot.StartAsync(new Dictionary<string, string?> { ["Bot:AdminKey"] = "editor-key" });
        var editors = bot.Services.GetRequiredService<IEditorReport>();
        var now = DateTimeOffset.UtcNow;
        await editors.RecordAsync(new EditorEntry(EditorEntryKind.Unanswered, "beispielstadt", "de", "Wo ist das Schwimmbad?", now));
        await editors.RecordAsync(new EditorEntry(EditorEntryKind.Unanswered, "beispielstadt", "de", "Wo gibt es Fahrräder?", now));
        await editors.RecordAsync(new EditorEntry(EditorEntryKind.Unanswered, "beispielstadt", "de", "wo gibt es fahrräder?", now));

        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/api/report");
        wrong.Headers.Add("X-Admin-Key", "guess");
        Assert.Equal(HttpStatusCode.Unauthorized, (await bot.Http.SendAsync(wrong)).StatusCode);

        using var right = new HttpRequestMessage(HttpMethod.Get, "/api/report?region=beispielstadt");
        right.Headers.Add("X-Admin-Key", "editor-key");
        var response = await bot.Http.SendAsync(right);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray().ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal(2, lines[0].GetProperty("count").GetInt32());
        Assert.Equal(1, lines[1].GetProperty("count").GetInt32());
    }
}

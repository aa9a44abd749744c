using System.Net;
using Integreat.Bot.Hosting.Metrics;
using Integreat.Bot.Hosting.Sync;
using Integreat.Bot.Tests.Support;
using Integreat.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Integreat.Bot.Tests.Hosting.Metrics;

public sealed class MetricsEndpointTests
{
    [Fact]
    public async Task Metrics_shows_searches_sync_results_and_the_channel_series_in_prometheus_format()
    {
        await using var cms = await FakeCms.StartAsync();
        cms.Mode = FakeCmsMode.ServerError;
        await using var bot = await RunningBot.StartAsync(new Dictionary<string, string?>
        {
            ["Cms:BaseUrl"] = cms.BaseUrl,
            ["Cms:Regions:0"] = FakeCms.Region,
            ["Cms:MaxRetries"] = "0",
        });
        var status = bot.Services.GetRequiredService<SyncStatus>();
        await Eventually.WaitUntilAsync(() => status.Current.ConsecutiveFailures == 1, "the first sync failed");

        var index = bot.Services.GetRequiredService<ISearchIndex>();
        Assert.IsType<InstrumentedSearchIndex>(index);
        index.Search(new SearchQuery("beispielstadt", "de", "Kita Anmeldung"));
        var metrics = bot.Services.GetRequiredService<BotMetrics>();
        metrics.MessageReceived("telegram", "uk");
        metrics.Answered("telegram", answered: false);
        metrics.ReplyLatency("telegram", 0.004);
        metrics.WebhookRejected("twilio", "unauthorized");

        // OpenTelemetry listens to every meter of this name in the process, so hosts of tests running in parallel
        // may add to the counts: assert at least one.
        var text = await ScrapeAsync(bot);
        Assert.Contains("integreat_bot_search_duration_seconds_count", text);
        Assert.Matches(@"integreat_bot_search_duration_seconds_count\{[^}]*\} [1-9]", text);
        Assert.Contains("integreat_bot_search_duration_seconds_bucket{", text);
        Assert.Matches(@"integreat_bot_sync_runs_total\{[^}]*result=""failed""[^}]*\} [1-9]", text);
        Assert.Matches(@"integreat_bot_messages_received_total\{[^}]*channel=""telegram""[^}]*language=""uk""[^}]*\} [1-9]", text);
        Assert.Matches(@"integreat_bot_replies_total\{[^}]*answered=""false""[^}]*\} [1-9]", text);
        Assert.Contains("integreat_bot_reply_duration_seconds_bucket{", text);
        Assert.Matches(@"integreat_bot_webhook_rejections_total\{[^}]*reason=""unauthorized""[^}]*\} [1-9]", text);
    }

    [Fact]
    public async Task A_refused_webhook_request_is_counted_by_channel_and_reason()
    {
        await using var bot = await RunningBot.StartAsync(new Dictionary<string, string?>());
        using var content = new StringContent("{ not an activity", System.Text.Encoding.UTF8, "application/json");

        using var response = await bot.Http.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches(@"integreat_bot_webhook_rejections_total\{[^}]*channel=""botframework""[^}]*reason=""malformed""[^}]*\} [1-9]", await ScrapeAsync(bot));
    }

    [Theory]
    [InlineData("de", "de")]
    [InlineData("de-SI", "de-si")]
    [InlineData(null, "unknown")]
    [InlineData("<script>", "script")]
    [InlineData("☃☃", "unknown")]
    [InlineData("averyveryveryverylonglanguagecode", "averyveryveryverylonglan")]
    public void Tag_values_from_outside_are_cut_to_short_safe_tokens(string? value, string expected) =>
        Assert.Equal(expected, BotMetrics.Token(value));

    private static async Task<string> ScrapeAsync(RunningBot bot)
    {
        using var response = await bot.Http.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}

using System.Net;
using System.Text.Json;
using Integreat.Bot.Hosting;
using Integreat.Bot.Hosting.Sync;
using Integreat.Bot.Tests.Support;
using Integreat.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Integreat.Bot.Tests.Hosting.Sync;

public sealed class CmsSyncTests
{
    private static Dictionary<string, string?> SyncSettings(FakeCms cms, string interval = "1.00:00:00") => new()
    {
        ["Cms:BaseUrl"] = cms.BaseUrl,
        ["Cms:Regions:0"] = FakeCms.Region,
        ["Cms:SyncInterval"] = interval,
        ["Cms:SyncRetryDelay"] = "00:10:00",
        ["Cms:MaxRetries"] = "0",
        ["Cms:Timeout"] = "00:00:10",
    };

    [Fact]
    public async Task Outages_and_corrupt_responses_leave_the_previous_content_serving_and_show_in_health()
    {
        await using var cms = await FakeCms.StartAsync();
        await using var bot = await RunningBot.StartAsync(SyncSettings(cms));
        var status = bot.Services.GetRequiredService<SyncStatus>();
        var sync = bot.Services.GetRequiredService<CmsSync>();
        var index = bot.Services.GetRequiredService<ISearchIndex>();

        // serve syncs once at start.
        await Eventually.WaitUntilAsync(() => status.Current.LastSuccess is not null, "the first sync succeeded");
        Assert.Equal(SyncOutcome.Changed, status.Current.LastOutcome);
        Assert.Equal(7001, FindPage(index, "Sperrmüll"));
        var healthy = await HealthAsync(bot);
        Assert.Equal("ok", healthy.GetProperty("status").GetString());
        Assert.Equal("changed", healthy.GetProperty("sync").GetProperty("lastResult").GetString());
        Assert.Contains(healthy.GetProperty("regions").EnumerateArray(), r => r.GetProperty("region").GetString() == FakeCms.Region);

        cms.Mode = FakeCmsMode.ServerError;
        Assert.Equal(SyncOutcome.Failed, await sync.RunOnceAsync());
        Assert.Equal(7001, FindPage(index, "Sperrmüll"));
        var outage = (await HealthAsync(bot)).GetProperty("sync");
        Assert.Contains("500", outage.GetProperty("lastError").GetString());
        Assert.Equal(1, outage.GetProperty("consecutiveFailures").GetInt32());

        cms.Mode = FakeCmsMode.InvalidJson;
        Assert.Equal(SyncOutcome.Failed, await sync.RunOnceAsync());
        Assert.Equal(7001, FindPage(index, "Sperrmüll"));
        var corrupt = await HealthAsync(bot);
        Assert.Equal("ok", corrupt.GetProperty("status").GetString());
        var error = corrupt.GetProperty("sync").GetProperty("lastError").GetString()!;
        Assert.Contains($"/api/v3/{FakeCms.Region}/", error);
        Assert.DoesNotContain("500", error);
        Assert.Equal(2, corrupt.GetProperty("sync").GetProperty("consecutiveFailures").GetInt32());

        // The CMS is back with a changed page: store and index switch to it, the error clears.
        cms.Mode = FakeCmsMode.Ok;
        cms.PageTitle = "Wertstoffhof Termine";
        Assert.Equal(SyncOutcome.Changed, await sync.RunOnceAsync());
        Assert.Equal(7001, FindPage(index, "Wertstoffhof Termine"));
        var recovered = (await HealthAsync(bot)).GetProperty("sync");
        Assert.Equal(JsonValueKind.Null, recovered.GetProperty("lastError").ValueKind);
        Assert.Equal("changed", recovered.GetProperty("lastResult").GetString());

        Assert.Equal(SyncOutcome.Unchanged, await sync.RunOnceAsync());
    }

    [Fact]
    public async Task The_service_syncs_every_interval_and_retries_sooner_after_a_failure()
    {
        await using var cms = await FakeCms.StartAsync();
        using var data = new TempDirectory();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero));
        var settings = SyncSettings(cms, interval: "06:00:00");
        settings["Storage:DataDirectory"] = data.Path;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddBotCore(configuration);
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton<CmsSyncService>();
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<ContentBootstrapper>().EnsureReadyAsync();
        var status = provider.GetRequiredService<SyncStatus>();
        var service = provider.GetRequiredService<CmsSyncService>();

        await service.StartAsync(CancellationToken.None);
        try
        {
            await Eventually.WaitUntilAsync(() => status.Current.LastSuccess is not null, "the first sync succeeded");
            Assert.True(status.Current.Enabled);
            Assert.Equal(1, status.Current.Attempts);
            Assert.Equal(time.GetUtcNow() + TimeSpan.FromHours(6), await NextAttemptAsync(status));

            cms.Mode = FakeCmsMode.ServerError;
            time.Advance(TimeSpan.FromHours(6));
            await Eventually.WaitUntilAsync(() => status.Current.ConsecutiveFailures == 1, "the second sync failed");
            Assert.Equal(2, status.Current.Attempts);

            // After a failure the next attempt comes after Cms:SyncRetryDelay, not a whole interval.
            Assert.Equal(time.GetUtcNow() + TimeSpan.FromMinutes(10), await NextAttemptAsync(status));
            cms.Mode = FakeCmsMode.Ok;
            time.Advance(TimeSpan.FromMinutes(10));
            await Eventually.WaitUntilAsync(() => status.Current.Attempts == 3 && status.Current.ConsecutiveFailures == 0, "the retry succeeded");
            Assert.Equal(time.GetUtcNow(), status.Current.LastSuccess);
            Assert.Equal(time.GetUtcNow() + TimeSpan.FromHours(6), await NextAttemptAsync(status));
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public void Content_older_than_the_maximum_age_is_reported_as_a_warning_only_while_sync_is_on()
    {
        var now = new DateTimeOffset(2026, 11, 5, 12, 0, 0, TimeSpan.Zero);
        var imported = now - TimeSpan.FromDays(3);
        var lastSuccess = now - TimeSpan.FromHours(30);
        var failing = new SyncSnapshot(true, 9, now, lastSuccess, SyncOutcome.Failed, "https://cms.example.test/: the CMS answered 503", now, 5, null);

        var stale = ContentFreshness.Evaluate(failing, imported, TimeSpan.FromHours(12), now);
        Assert.Equal(lastSuccess, stale.CurrentAsOf);
        Assert.Equal(TimeSpan.FromHours(30), stale.Age);
        var warning = Assert.Single(stale.Warnings);
        Assert.Contains("503", warning);

        Assert.Empty(ContentFreshness.Evaluate(failing, imported, TimeSpan.FromHours(48), now).Warnings);
        Assert.Empty(ContentFreshness.Evaluate(failing with { Enabled = false }, imported, TimeSpan.FromHours(12), now).Warnings);

        var neverSynced = ContentFreshness.Evaluate(failing with { LastSuccess = null }, imported, TimeSpan.FromHours(12), now);
        Assert.Equal(imported, neverSynced.CurrentAsOf);
        Assert.Single(neverSynced.Warnings);
    }

    [Fact]
    public async Task Without_regions_the_sync_is_off_and_never_calls_the_cms()
    {
        await using var cms = await FakeCms.StartAsync();
        var settings = SyncSettings(cms);
        settings.Remove("Cms:Regions:0");
        await using var bot = await RunningBot.StartAsync(settings);

        var health = await HealthAsync(bot);
        Assert.False(health.GetProperty("sync").GetProperty("enabled").GetBoolean());
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(0, cms.Requests);
    }

    private static int? FindPage(ISearchIndex index, string text) =>
        index.Search(new SearchQuery(FakeCms.Region, "de", text, WithExcerpts: false)).Pages.FirstOrDefault()?.PageId;

    private static async Task<DateTimeOffset> NextAttemptAsync(SyncStatus status)
    {
        await Eventually.WaitUntilAsync(() => status.Current.NextAttempt is not null, "the next attempt is scheduled");
        return status.Current.NextAttempt!.Value;
    }

    private static async Task<JsonElement> HealthAsync(RunningBot bot)
    {
        using var response = await bot.Http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}

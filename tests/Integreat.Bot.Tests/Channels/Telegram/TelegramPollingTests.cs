using Integreat.Bot.Tests.Channels.Fakes;
using Integreat.Bot.Tests.Support;

namespace Integreat.Bot.Tests.Channels.Telegram;

public sealed class TelegramPollingTests
{
    [Fact]
    public async Task Polling_RemovesALeftoverWebhook_AnswersUpdates_AndConfirmsThem()
    {
        await using var api = await FakeTelegramApi.StartAsync();
        api.WebhookSet = true;
        var engine = new ScriptedEngine();
        var chat = TelegramUpdates.NewChatId();
        var update = TelegramUpdates.Message(chat, "Wo kann ich Deutsch lernen?", "ar");
        var updateId = update["update_id"]!.GetValue<int>();
        api.Enqueue(update);

        await using var host = await ChannelTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = "123456789:AAH-test-token",
            ["Telegram:ApiBaseUrl"] = api.BaseUrl,
            ["Telegram:PollingTimeoutSeconds"] = "1",
        }, engine);

        Assert.True(await Eventually.TrueAsync(() => api.Sent(chat).Count > 0));
        Assert.True(await Eventually.TrueAsync(() => api.Named("getUpdates").Any(c => c.Parameters["offset"]?.GetValue<int>() > updateId)));
        Assert.NotEmpty(api.Named("deleteWebhook"));
        Assert.Contains(ScriptedEngine.Languages["ar"].Title, api.Sent(chat)[0].Parameters["text"]!.ToString());

        // A later update proves the loop goes on; the first one was fetched and answered once.
        var chat2 = TelegramUpdates.NewChatId();
        api.Enqueue(TelegramUpdates.Message(chat2, "Kita", "de"));
        Assert.True(await Eventually.TrueAsync(() => api.Sent(chat2).Count > 0));
        Assert.Single(api.Sent(chat));
        Assert.Equal(1, engine.Received.Count(m => m.Text == "Wo kann ich Deutsch lernen?"));
    }

    [Fact]
    public async Task Polling_WaitsForTheApi_WhileItIsDown()
    {
        // Start the bot against a port nobody listens on yet, then bring the API up there.
        int port;
        await using (var probe = await FakeTelegramApi.StartAsync())
        {
            port = new Uri(probe.BaseUrl).Port;
        }

        var engine = new ScriptedEngine();
        await using var host = await ChannelTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = "123456789:AAH-test-token",
            ["Telegram:ApiBaseUrl"] = "http://127.0.0.1:" + port,
            ["Telegram:PollingTimeoutSeconds"] = "1",
        }, engine);

        await using var api = await FakeTelegramApi.StartAsync(port);
        var chat = TelegramUpdates.NewChatId();
        api.Enqueue(TelegramUpdates.Message(chat, "Arzt", "en"));

        Assert.True(await Eventually.TrueAsync(() => api.Sent(chat).Count > 0, 20_000));
    }
}

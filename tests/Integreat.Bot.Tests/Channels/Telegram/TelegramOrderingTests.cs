using System.Text;
using Integreat.Bot.Tests.Channels.Fakes;
using Integreat.Bot.Tests.Support;

namespace Integreat.Bot.Tests.Channels.Telegram;

public sealed class TelegramOrderingTests
{
    [Fact]
    public async Task OneChatsUpdatesRunInOrder_WhileOtherChatsGoOn()
    {
        await using var api = await FakeTelegramApi.StartAsync();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var engine = new ScriptedEngine { BeforeAnswer = m => m.Text == "slow" ? release.Task : Task.CompletedTask };
        var settings = TelegramWebhookTests.Settings(api.BaseUrl);
        settings["Telegram:MaxParallelUpdates"] = "8";
        await using var host = await ChannelTestHost.StartAsync(settings, engine);
        var chatA = TelegramUpdates.NewChatId();
        var chatB = TelegramUpdates.NewChatId();

        async Task PostAsync(long chat, string text)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/telegram")
            {
                Content = new StringContent(TelegramUpdates.Message(chat, text).ToJsonString(), Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", settings["Telegram:WebhookSecret"]);
            (await host.Client.SendAsync(request)).EnsureSuccessStatusCode();
        }

        await PostAsync(chatA, "slow");
        await PostAsync(chatA, "2");
        await PostAsync(chatB, "other");

        Assert.True(await Eventually.TrueAsync(() => api.Sent(chatB).Count > 0));
        Assert.DoesNotContain(engine.Received, m => m.Text == "2");
        release.SetResult();
        Assert.True(await Eventually.TrueAsync(() => api.Sent(chatA).Count == 2));
        // "slow" and "other" start on different workers, so only chat A's own order and "2" waiting for "slow" are fixed.
        var texts = engine.Received.Select(m => m.Text).ToList();
        Assert.Equal(["slow", "2"], texts.Where(t => t != "other"));
        Assert.Equal("2", texts[^1]);
    }
}

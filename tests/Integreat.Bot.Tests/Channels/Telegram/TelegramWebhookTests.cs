using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Integreat.Bot.Channels.Telegram;
using Integreat.Bot.Tests.Channels.Fakes;
using Integreat.Bot.Tests.Support;
using Microsoft.Extensions.Options;

namespace Integreat.Bot.Tests.Channels.Telegram;

public sealed class TelegramWebhookTests : IAsyncLifetime
{
    private const string Secret = "s3cret-Webhook_1";
    private readonly ScriptedEngine engine = new();
    private FakeTelegramApi api = null!;
    private ChannelTestHost host = null!;

    public async Task InitializeAsync()
    {
        api = await FakeTelegramApi.StartAsync();
        host = await ChannelTestHost.StartAsync(Settings(api.BaseUrl), engine);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await api.DisposeAsync();
    }

    internal static Dictionary<string, string?> Settings(string apiBaseUrl) => new()
    {
        ["Telegram:BotToken"] = "123456789:AAH-test-token",
        ["Telegram:Mode"] = "Webhook",
        ["Telegram:WebhookSecret"] = Secret,
        ["Telegram:ApiBaseUrl"] = apiBaseUrl,
        ["Telegram:PublicBaseUrl"] = "https://bot.example.org/",
        // In order, so a later update's answer proves the earlier ones were processed.
        ["Telegram:MaxParallelUpdates"] = "1",
    };

    private Task<HttpResponseMessage> PostAsync(JsonObject update, string? secret = Secret) => PostRawAsync(update.ToJsonString(), secret);

    private Task<HttpResponseMessage> PostRawAsync(string body, string? secret = Secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/telegram") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        return host.Client.SendAsync(request);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("ar")]
    [InlineData("uk")]
    [InlineData("en")]
    public async Task Question_IsAnsweredInTheUsersLanguage_AsTelegramHtml_WithButtons(string language)
    {
        var chat = TelegramUpdates.NewChatId();

        var response = await PostAsync(TelegramUpdates.Message(chat, "Wo kann ich Deutsch lernen?", language));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await Eventually.TrueAsync(() => api.Sent(chat).Count > 0));
        var sent = Assert.Single(api.Sent(chat)).Parameters;
        Assert.Equal("HTML", sent["parse_mode"]!.ToString(), ignoreCase: true);
        var title = ScriptedEngine.Languages[language].Title;
        Assert.Contains(TelegramRenderer.Escape(title), sent["text"]!.ToString());
        var buttons = sent["reply_markup"]!["inline_keyboard"]!.AsArray().SelectMany(row => row!.AsArray()).ToList();
        Assert.Equal(["1", "2"], buttons.Select(b => b!["callback_data"]!.ToString()));
        Assert.Contains(api.Named("sendChatAction"), c => c.Parameters["action"]!.ToString() == "typing");

        var message = Assert.Single(engine.Received);
        Assert.Equal(language, message.LocaleHint);
        Assert.Equal("telegram", message.Channel);
        Assert.DoesNotContain(chat.ToString(System.Globalization.CultureInfo.InvariantCulture), message.UserKey);
    }

    [Fact]
    public async Task Start_IsGreeted()
    {
        var chat = TelegramUpdates.NewChatId();

        await PostAsync(TelegramUpdates.Message(chat, "/start", "uk"));

        Assert.True(await Eventually.TrueAsync(() => api.Sent(chat).Count > 0));
        Assert.Contains(ScriptedEngine.Languages["uk"].Welcome, api.Sent(chat)[0].Parameters["text"]!.ToString());
    }

    [Theory]
    [InlineData("wrong-secret")]
    [InlineData("")]
    [InlineData(null)]
    public async Task WrongOrMissingSecret_Is401_AndNothingIsSent(string? secret)
    {
        var chat = TelegramUpdates.NewChatId();

        var response = await PostAsync(TelegramUpdates.Message(chat, "Hallo"), secret);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(engine.Received);
        Assert.Empty(api.Sent(chat));
    }

    [Fact]
    public async Task RepeatedUpdate_SequentialOrConcurrent_IsAnsweredOnce()
    {
        var chat = TelegramUpdates.NewChatId();
        var update = TelegramUpdates.Message(chat, "Kita");

        var first = await PostAsync(update);
        Assert.True(await Eventually.TrueAsync(() => api.Sent(chat).Count > 0));
        var again = await Task.WhenAll(PostAsync(update), PostAsync(update), PostAsync(update));
        var marker = TelegramUpdates.Message(chat, "Schule");
        await PostAsync(marker);
        Assert.True(await Eventually.TrueAsync(() => engine.Received.Count == 2));
        Assert.True(await Eventually.TrueAsync(() => api.Sent(chat).Count == 2));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.All(again, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(["Kita", "Schule"], engine.Received.Select(m => m.Text));
    }

    [Fact]
    public async Task ButtonPress_IsAnswered_AndItsKeyReachesTheEngine()
    {
        var chat = TelegramUpdates.NewChatId();

        var response = await PostAsync(TelegramUpdates.CallbackQuery(chat, "q-77", "2"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await Eventually.TrueAsync(() => api.Sent(chat).Count > 0));
        Assert.Contains(api.Named("answerCallbackQuery"), c => c.Parameters["callback_query_id"]!.ToString() == "q-77");
        var message = Assert.Single(engine.Received);
        Assert.Equal("2", message.Text);
        Assert.Equal("uk", message.LocaleHint);
    }

    [Fact]
    public async Task UnhandledUpdates_Get200_AndNoReply()
    {
        var chat = TelegramUpdates.NewChatId();
        var ignored = new[]
        {
            TelegramUpdates.Message(chat, "edited", kind: "edited_message"),
            TelegramUpdates.Message(chat, "post", kind: "channel_post"),
            TelegramUpdates.Sticker(chat),
        };

        foreach (var update in ignored)
        {
            Assert.Equal(HttpStatusCode.OK, (await PostAsync(update)).StatusCode);
        }

        // A question after them is answered, so the ignored ones were processed (and dropped) before it.
        await PostAsync(TelegramUpdates.Message(chat, "Arzt"));
        Assert.True(await Eventually.TrueAsync(() => api.Sent(chat).Count > 0));
        Assert.Equal(["Arzt"], engine.Received.Select(m => m.Text));
    }

    [Fact]
    public async Task UpdatesWithoutChatOrSender_DoNotStopTheWorker()
    {
        // The Bot API always sends chat and from; a forged or broken body may not, and must not end the worker.
        foreach (var body in new[]
        {
            """{"update_id": 1234567, "message": {"message_id": 1, "date": 0, "text": "no chat"}}""",
            """{"update_id": 1234568, "callback_query": {"id": "q", "data": "1", "chat_instance": "c"}}""",
        })
        {
            var response = await PostRawAsync(body);
            Assert.True(response.IsSuccessStatusCode || (int)response.StatusCode is >= 400 and < 500, $"{(int)response.StatusCode} for {body}");
        }

        var chat = TelegramUpdates.NewChatId();
        await PostAsync(TelegramUpdates.Message(chat, "Arzt"));
        Assert.True(await Eventually.TrueAsync(() => api.Sent(chat).Count > 0));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"update_id\": \"x\"")]
    public async Task MalformedBody_Is400(string body)
    {
        var response = await PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task OversizedBody_Is413()
    {
        var update = TelegramUpdates.Message(TelegramUpdates.NewChatId(), new string('a', 300 * 1024));

        var response = await PostAsync(update);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Start_RegistersTheWebhook_WithTheSecret()
    {
        Assert.True(await Eventually.TrueAsync(() => api.Named("setWebhook").Count > 0));

        var call = api.Named("setWebhook")[0].Parameters;
        Assert.Equal("https://bot.example.org/api/telegram", call["url"]!.ToString());
        Assert.Equal(Secret, call["secret_token"]!.ToString());
    }

    [Fact]
    public async Task TooManyRequests_IsRetriedAfterRetryAfter()
    {
        var chat = TelegramUpdates.NewChatId();
        api.RefuseNextSends(1);

        await PostAsync(TelegramUpdates.Message(chat, "Wohnung"));

        Assert.True(await Eventually.TrueAsync(() => api.Sent(chat).Count == 2, 15_000));
        Assert.Equal(api.Sent(chat)[0].Parameters["text"]!.ToString(), api.Sent(chat)[1].Parameters["text"]!.ToString());
    }

    [Fact]
    public async Task LongReply_IsSplitIntoMessagesOfAtMost4096Characters()
    {
        var chat = TelegramUpdates.NewChatId();
        engine.Sentences = 150;

        await PostAsync(TelegramUpdates.Message(chat, "Anmeldung"));

        Assert.True(await Eventually.TrueAsync(() => api.Sent(chat).Count >= 3));
        await Eventually.TrueAsync(() => api.Sent(chat).Any(c => c.Parameters["reply_markup"] is not null));
        var texts = api.Sent(chat).Select(c => c.Parameters["text"]!.ToString()).ToList();
        Assert.All(texts, t => Assert.True(t.Length <= TelegramRenderer.MaxMessageLength));
        Assert.NotNull(api.Sent(chat)[^1].Parameters["reply_markup"]);
    }

    [Fact]
    public async Task WebhookMode_WithoutSecret_RefusesToStart()
    {
        var settings = Settings(api.BaseUrl);
        settings["Telegram:WebhookSecret"] = null;

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => ChannelTestHost.StartAsync(settings, new ScriptedEngine()));

        Assert.Contains("WebhookSecret", error.Message);
    }
}

using System.Globalization;
using System.Net;
using System.Text;
using Integreat.Bot.Tests.Channels.Fakes;
using Integreat.Bot.Tests.Channels.Telegram;
using Integreat.Bot.Tests.Channels.Twilio;
using Integreat.Bot.Tests.Support;

namespace Integreat.Bot.Tests.Privacy;

/// <summary>The log of a real <c>serve</c> process, at its most talkative, never carries a chat id or a phone number.</summary>
public sealed class LogPrivacyTests
{
    private const string TelegramSecret = "privacy-secret";
    private const string TwilioToken = "privacy-token";
    private const string PublicBase = "https://bot.example.org";

    [Fact]
    public async Task Serve_logs_neither_chat_ids_nor_phone_numbers()
    {
        using var temp = new TempDirectory();
        await using var telegram = await FakeTelegramApi.StartAsync();
        var port = BotProcess.FreePort();
        using var serve = BotProcess.Start(
            "serve", "--data", temp.Path, "--urls", $"http://127.0.0.1:{port}",
            "--Logging:LogLevel:Default", "Trace",
            "--Telegram:BotToken", "123456789:AAH-privacy",
            "--Telegram:Mode", "Webhook",
            "--Telegram:WebhookSecret", TelegramSecret,
            "--Telegram:ApiBaseUrl", telegram.BaseUrl,
            "--Twilio:AuthToken", TwilioToken,
            "--Twilio:PublicBaseUrl", PublicBase);
        await serve.WaitForHealthAsync(port);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        var chatId = 7_000_000_000L + Random.Shared.Next(1_000_000, 9_999_999);
        using (var update = new HttpRequestMessage(HttpMethod.Post, "/api/telegram")
        {
            Content = new StringContent(TelegramUpdates.Message(chatId, "Wo kann ich Deutsch lernen?").ToJsonString(), Encoding.UTF8, "application/json"),
        })
        {
            update.Headers.Add("X-Telegram-Bot-Api-Secret-Token", TelegramSecret);
            Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(update)).StatusCode);
        }

        var phone = "+49151" + Random.Shared.Next(1_000_000, 9_999_999).ToString(CultureInfo.InvariantCulture);
        var fields = new Dictionary<string, string>
        {
            ["MessageSid"] = "SM" + Guid.NewGuid().ToString("N"),
            ["From"] = phone,
            ["To"] = "+4930123456",
            ["Body"] = "Wo kann ich Deutsch lernen?",
        };
        using (var sms = new HttpRequestMessage(HttpMethod.Post, "/api/twilio") { Content = new FormUrlEncodedContent(fields) })
        {
            sms.Headers.Add("X-Twilio-Signature", TwilioSigning.Sign(TwilioToken, PublicBase + "/api/twilio", fields));
            var response = await http.SendAsync(sms);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("<Message>", await response.Content.ReadAsStringAsync());
        }

        await Eventually.WaitUntilAsync(() => telegram.Sent(chatId).Count > 0, "the Telegram reply is sent", limit: TimeSpan.FromSeconds(30));
        serve.KillHard();

        // The process did log (at Trace level), so the absence below means something.
        Assert.Contains(serve.Output, line => line.Contains("Integreat", StringComparison.Ordinal));
        var log = serve.Log;
        Assert.DoesNotContain(chatId.ToString(CultureInfo.InvariantCulture), log, StringComparison.Ordinal);
        Assert.DoesNotContain(phone[1..], log, StringComparison.Ordinal);
        Assert.DoesNotContain(phone[3..], log, StringComparison.Ordinal);
    }
}

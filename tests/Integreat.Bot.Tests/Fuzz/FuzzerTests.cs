using Integreat.Bot.Tests.Support;
using Integreat.Fuzz;
using Integreat.Fuzz.Payloads;
using Twilio.Security;

namespace Integreat.Bot.Tests.Fuzz;

public sealed class FuzzerTests
{
    private const string TelegramSecret = "fuzz-telegram-secret";
    private const string TwilioToken = "fuzz-twilio-token";

    /// <summary>
    /// The real host on a free port, fuzzed on one webhook route: no 5xx, no hang, /health stays up. The full count
    /// (10,000 per route) runs against a Release build, see docs/benchmarks.md.
    /// </summary>
    [Theory]
    [InlineData("/api/telegram")]
    [InlineData("/api/twilio")]
    [InlineData("/api/messages")]
    public async Task The_bot_answers_every_fuzzed_payload_without_a_server_error_and_stays_healthy(string route)
    {
        // CI raises the count (INTEGREAT_FUZZ_COUNT=1000); the default keeps a local test run short.
        var perRoute = int.TryParse(Environment.GetEnvironmentVariable("INTEGREAT_FUZZ_COUNT"), out var count) && count > 0 ? count : 200;
        await using var bot = await RunningBot.StartAsync(new Dictionary<string, string?>
        {
            // Webhook mode with a well-formed token; replies go to a closed local port, never to Telegram.
            ["Telegram:BotToken"] = "123456789:AAfuzzfuzzfuzzfuzzfuzzfuzzfuzzfuzzfu",
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:ApiBaseUrl"] = "http://127.0.0.1:9/",
            ["Telegram:WebhookSecret"] = TelegramSecret,
            ["Twilio:AuthToken"] = TwilioToken,
            ["Twilio:PublicBaseUrl"] = "https://bot.example.test",
        });
        var options = new FuzzOptions(bot.BaseUrl, perRoute, TelegramSecret, TwilioToken, "https://bot.example.test",
            Pid: Environment.ProcessId, MaxDuration: TimeSpan.FromMinutes(10), HealthEvery: 50, Routes: [route]);

        var report = await new FuzzRunner(options).RunAsync();

        var output = new StringWriter();
        report.Write(output);
        Assert.True(report.Passed, output.ToString());
        var fuzzed = Assert.Single(report.Routes);
        Assert.Equal(route, fuzzed.Route);
        Assert.Equal(perRoute, fuzzed.Total);
        Assert.DoesNotContain(fuzzed.Statuses.Keys, s => s >= 500);

        // The route exists now that the channels are merged: a valid payload must get past routing.
        Assert.Contains(fuzzed.Statuses.Keys, s => s is >= 200 and < 300);
        Assert.NotNull(report.MemoryAfter);
    }

    [Fact]
    public void Every_kind_of_payload_is_made_for_every_route_and_the_same_seed_makes_the_same_payload()
    {
        PayloadSource[] sources = [new TelegramPayloads(TelegramSecret), new TwilioPayloads(TwilioToken, "https://bot.example.test"), new BotFrameworkPayloads()];
        foreach (var source in sources)
        {
            var made = Enumerable.Range(0, source.Kinds.Count).Select(i => source.Next(new Random(i), i)).ToList();
            Assert.Equal(source.Kinds, made.Select(p => p.Kind));
            Assert.All(made, p => Assert.Equal(source.Route, p.Route));
            Assert.Contains(made, p => p.Body.Length == 0);
            Assert.Contains(made, p => p.Body.Length > 256 * 1024);

            var again = source.Next(new Random(3), 3);
            Assert.Equal(made[3].Body, again.Body);
        }
    }

    [Fact]
    public void Twilio_signatures_are_the_ones_twilios_own_validator_accepts()
    {
        var form = new Dictionary<string, string>
        {
            ["Body"] = "Wo ist die Kita? مرحبا",
            ["From"] = "+4915100000000",
            ["To"] = "+4930000000",
            ["MessageSid"] = "SM0123456789abcdef0123456789abcdef",
            ["AccountSid"] = "AC00000000000000000000000000000000",
        };
        const string url = "https://bot.example.test/api/twilio";

        var signature = TwilioSignature.Compute(TwilioToken, url, form);

        Assert.True(new RequestValidator(TwilioToken).Validate(url, form, signature));
        Assert.False(new RequestValidator("another-token").Validate(url, form, signature));
        Assert.NotEqual(signature, TwilioSignature.Compute(TwilioToken, url + "x", form));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000", true)]
    [InlineData("http://[::1]:5000/", true)]
    [InlineData("http://localhost:5000", false)]
    [InlineData("http://10.0.0.5:5000", false)]
    [InlineData("https://cms.integreat-app.de", false)]
    [InlineData("ftp://127.0.0.1", false)]
    public void Only_loopback_servers_can_be_fuzzed(string url, bool allowed)
    {
        if (allowed)
        {
            Assert.True(FuzzOptions.RequireLoopback(url).IsLoopback);
        }
        else
        {
            Assert.Throws<ArgumentException>(() => FuzzOptions.RequireLoopback(url));
        }
    }
}

using Integreat.Bot.Tests.Channels.Fakes;

namespace Integreat.Bot.Tests.Channels;

/// <summary>The real bot (engine, SQLite state, demo region <c>beispielstadt</c>) in a fresh data directory, with
/// every channel configured against local fakes.</summary>
public sealed class RealBotFixture : IAsyncLifetime
{
    public const string TelegramSecret = "real-bot-secret";
    public const string TwilioToken = "real-bot-twilio-token";
    public const string TwilioPublicBase = "https://bot.example.org";

    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "integreat-channels-" + Guid.NewGuid().ToString("N"));

    internal FakeTelegramApi Telegram { get; private set; } = null!;

    internal FakeServiceUrl ServiceUrl { get; private set; } = null!;

    internal ChannelTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Telegram = await FakeTelegramApi.StartAsync();
        ServiceUrl = await FakeServiceUrl.StartAsync();
        Host = await ChannelTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = dataDirectory,
            ["Telegram:BotToken"] = "123456789:AAH-real-bot",
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookSecret"] = TelegramSecret,
            ["Telegram:ApiBaseUrl"] = Telegram.BaseUrl,
            ["Twilio:AuthToken"] = TwilioToken,
            ["Twilio:PublicBaseUrl"] = TwilioPublicBase,
        });
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await ServiceUrl.DisposeAsync();
        await Telegram.DisposeAsync();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold a pooled handle for a moment; the temp directory is cleaned up by the system.
        }
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Integreat.Bot.Languages;
using Integreat.Bot.Tests.Channels.Fakes;
using Integreat.Bot.Tests.Channels.Telegram;
using Integreat.Bot.Tests.Channels.Twilio;
using Integreat.Bot.Tests.Support;
using StackExchange.Redis;

namespace Integreat.Bot.Tests.Hosting.ScaleOut;

/// <summary>Two <c>serve</c> processes, each with its own data directory, sharing one Redis and one fake Telegram Bot API,
/// as replicas behind a load balancer. Started once for all tests of <see cref="TwoReplicaTests"/>; nothing without Redis.</summary>
public sealed class TwoReplicas : IAsyncLifetime
{
    public const string TwilioToken = "replica-test-token";
    public const string PublicBaseUrl = "https://bot.example.org";
    public const string TelegramSecret = "replica-test-secret";
    public const int PerDay = 3;

    private readonly string _prefix = $"integreat-test:{Guid.NewGuid():N}:";

    internal FakeTelegramApi Telegram { get; private set; } = null!;

    internal BotProcess A { get; private set; } = null!;

    internal BotProcess B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (RedisFactAttribute.ConnectionString is null)
        {
            return;
        }

        Telegram = await FakeTelegramApi.StartAsync();
        var environment = new Dictionary<string, string>
        {
            ["State__Redis"] = RedisFactAttribute.ConnectionString,
            ["State__RedisKeyPrefix"] = _prefix,
            ["Twilio__AuthToken"] = TwilioToken,
            ["Twilio__PublicBaseUrl"] = PublicBaseUrl,
            ["Telegram__BotToken"] = "123456789:replica-test",
            ["Telegram__Mode"] = "Webhook",
            ["Telegram__WebhookSecret"] = TelegramSecret,
            ["Telegram__ApiBaseUrl"] = Telegram.BaseUrl,
            // One update at a time, in order: a later update's reply proves an earlier duplicate was dealt with.
            ["Telegram__MaxParallelUpdates"] = "1",
            // A daily limit only, so that no minute boundary can fall between the messages counted.
            ["Limits__PerMinute"] = "0",
            ["Limits__PerDay"] = PerDay.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Logging__LogLevel__Default"] = "Warning",
        };
        var replicas = await Task.WhenAll(BotProcess.StartAsync(environment), BotProcess.StartAsync(environment));
        (A, B) = (replicas[0], replicas[1]);
    }

    public async Task DisposeAsync()
    {
        if (RedisFactAttribute.ConnectionString is null)
        {
            return;
        }

        await Task.WhenAll(A.DisposeAsync().AsTask(), B.DisposeAsync().AsTask(), Telegram.DisposeAsync().AsTask());
        await using var redis = await ConnectionMultiplexer.ConnectAsync(RedisFactAttribute.ConnectionString);
        foreach (var endpoint in redis.GetEndPoints())
        {
            foreach (var key in redis.GetServer(endpoint).Keys(pattern: _prefix + "*"))
            {
                await redis.GetDatabase().KeyDeleteAsync(key);
            }
        }
    }
}

/// <summary>Replicas sharing Redis: a delivery retried to the other replica gets no second reply, and conversation
/// state and rate limits are shared. Each test uses people and chats of its own.</summary>
public sealed class TwoReplicaTests(TwoReplicas replicas) : IClassFixture<TwoReplicas>
{
    private const string TwilioToken = TwoReplicas.TwilioToken;
    private const string PublicBaseUrl = TwoReplicas.PublicBaseUrl;
    private const string TelegramSecret = TwoReplicas.TelegramSecret;
    private const int PerDay = TwoReplicas.PerDay;

    private BotProcess ReplicaA => replicas.A;

    private BotProcess ReplicaB => replicas.B;

    private FakeTelegramApi TelegramApi => replicas.Telegram;

    [RedisFact]
    public async Task A_TwilioMessage_RetriedToTheOtherReplica_IsAnsweredOnce()
    {
        var message = Sms("+4915100000001", "Wo kann ich Deutsch lernen?");

        var first = await TwimlAsync(ReplicaA, message);
        var retried = await TwimlAsync(ReplicaB, message);

        Assert.NotEmpty(first);
        Assert.All(first, text => Assert.False(string.IsNullOrWhiteSpace(text)));
        Assert.Empty(retried);
    }

    [RedisFact]
    public async Task A_TelegramUpdate_DeliveredToBothReplicas_GetsOneSendMessage()
    {
        var chat = TelegramUpdates.NewChatId();
        var marker = TelegramUpdates.NewChatId();
        var update = TelegramUpdates.Message(chat, "Hallo");

        await PostTelegramAsync(ReplicaA, update);
        Assert.True(await Eventually.TrueAsync(() => TelegramApi.Sent(chat).Count > 0, 60_000), ReplicaA.Output);
        await PostTelegramAsync(ReplicaB, update);
        await PostTelegramAsync(ReplicaB, TelegramUpdates.Message(marker, "Hallo"));
        Assert.True(await Eventually.TrueAsync(() => TelegramApi.Sent(marker).Count > 0, 60_000), ReplicaB.Output);

        Assert.Single(TelegramApi.Sent(chat));
    }

    [RedisFact]
    public async Task ConversationState_ChosenOnOneReplica_IsSeenByTheOther()
    {
        const string person = "+4915100000002";
        var ukrainian = UiCatalog.For("uk");

        await TwimlAsync(ReplicaA, Sms(person, "Hallo"));
        var chosen = string.Join("\n", await TwimlAsync(ReplicaA, Sms(person, "Sprache uk")));
        // The help menu (not a first-time welcome) in Ukrainian only comes from a replica that knows this person.
        var help = string.Join("\n", await TwimlAsync(ReplicaB, Sms(person, ukrainian.Words.Help[0])));

        Assert.Contains(ukrainian.LanguageSet, chosen);
        Assert.Contains(ukrainian.HelpIntro, help);
    }

    [RedisFact]
    public async Task RateLimits_AreCountedAcrossReplicas()
    {
        const string person = "+4915100000003";
        var replicas = new[] { ReplicaA, ReplicaB, ReplicaA, ReplicaB, ReplicaA };

        var replies = new List<IReadOnlyList<string>>();
        foreach (var replica in replicas)
        {
            replies.Add(await TwimlAsync(replica, Sms(person, "Kita")));
        }

        Assert.All(replies.Take(PerDay), r => Assert.NotEmpty(r));
        Assert.Equal(UiCatalog.For("de").TooManyMessages, Assert.Single(replies[PerDay]));
        Assert.Empty(replies[PerDay + 1]);
    }

    private static Dictionary<string, string> Sms(string from, string body) => new()
    {
        ["MessageSid"] = "SM" + Guid.NewGuid().ToString("N"),
        ["AccountSid"] = "AC0000",
        ["From"] = from,
        ["To"] = "+4930123456",
        ["Body"] = body,
        ["NumMedia"] = "0",
    };

    private static async Task<IReadOnlyList<string>> TwimlAsync(BotProcess replica, Dictionary<string, string> fields)
    {
        var body = string.Join("&", fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/twilio")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Add("X-Twilio-Signature", TwilioSigning.Sign(TwilioToken, PublicBaseUrl + "/api/twilio", fields));
        using var response = await replica.Client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, replica.Output);
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.Root!.Elements().Select(e => e.Value).ToList();
    }

    private static async Task PostTelegramAsync(BotProcess replica, JsonObject update)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/telegram") { Content = JsonContent.Create(update) };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", TelegramSecret);
        using var response = await replica.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

namespace Integreat.Fuzz.Payloads;

/// <summary>Bot Framework activities (<c>POST /api/messages</c>); replies are asked inline or pointed at a closed local port, never elsewhere.</summary>
public sealed class BotFrameworkPayloads : PayloadSource
{
    // Port 9 (discard) is closed on a test machine: a reply POSTed there fails at once and goes nowhere.
    private const string ServiceUrl = "http://127.0.0.1:9/";

    public override string Route => "/api/messages";

    public override IReadOnlyList<string> Kinds { get; } =
        ["expect-replies", "service-url", "conversation-update", "typing", "unknown-type", "garbage-bearer", .. JsonDamage];

    protected override FuzzPayload Make(string kind, Random random) => kind switch
    {
        "expect-replies" => Json(kind, Activity(random, "message", expectReplies: true)),
        "service-url" => Json(kind, Activity(random, "message", expectReplies: false)),
        "conversation-update" => Json(kind, ConversationUpdate(random)),
        "typing" => Json(kind, Activity(random, "typing", expectReplies: false)),
        "unknown-type" => Json(kind, Activity(random, Garbage.Text(random), expectReplies: random.Next(2) == 0)),
        "garbage-bearer" => Payload(kind, JsonTree.Serialize(Activity(random, "message", expectReplies: true)), "application/json",
            new KeyValuePair<string, string>("Authorization", "Bearer " + Garbage.Ascii(random, random.Next(1, 2000)))),
        _ => Damage(kind, random, () => Activity(random, "message", expectReplies: random.Next(2) == 0))!,
    };

    private FuzzPayload Json(string kind, Dictionary<string, object?> activity) => Payload(kind, JsonTree.Serialize(activity), "application/json");

    private static Dictionary<string, object?> Account(string id, string name) => new() { ["id"] = id, ["name"] = name };

    private static Dictionary<string, object?> Activity(Random random, string type, bool expectReplies)
    {
        var user = "user-" + random.Next(100_000);
        var activity = new Dictionary<string, object?>
        {
            ["type"] = type,
            ["id"] = new Guid(Garbage.Bytes(random, 16)).ToString(),
            ["timestamp"] = "2026-11-27T12:00:00.000Z",
            ["serviceUrl"] = ServiceUrl,
            ["channelId"] = random.Next(3) == 0 ? Garbage.Text(random) : "emulator",
            ["from"] = Account(user, Garbage.Text(random)),
            ["conversation"] = new Dictionary<string, object?> { ["id"] = $"{new Guid(Garbage.Bytes(random, 16)):N}|livechat" },
            ["recipient"] = Account("bot", "Integreat"),
            ["text"] = Garbage.Text(random),
            ["locale"] = random.Next(4) switch { 0 => "de-DE", 1 => "ar", 2 => "uk-UA", _ => Garbage.Text(random) },
        };
        if (expectReplies)
        {
            activity["deliveryMode"] = "expectReplies";
        }

        return activity;
    }

    private static Dictionary<string, object?> ConversationUpdate(Random random)
    {
        var activity = Activity(random, "conversationUpdate", expectReplies: random.Next(2) == 0);
        activity.Remove("text");
        activity["membersAdded"] = random.Next(3) switch
        {
            0 => new object[] { Account("bot", "Integreat") },
            1 => new object[] { activity["from"]!, Account("bot", "Integreat") },
            _ => Garbage.WrongType(random),
        };
        return activity;
    }
}

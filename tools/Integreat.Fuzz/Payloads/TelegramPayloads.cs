namespace Integreat.Fuzz.Payloads;

/// <summary>Telegram webhook updates (<c>POST /api/telegram</c>), sent with the right secret header unless the kind says otherwise.</summary>
public sealed class TelegramPayloads(string? secret) : PayloadSource
{
    private const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    public override string Route => "/api/telegram";

    public override IReadOnlyList<string> Kinds { get; } =
        ["valid-message", "callback-query", "unhandled-update", "wrong-secret", "no-secret", .. JsonDamage];

    protected override FuzzPayload Make(string kind, Random random)
    {
        var header = new KeyValuePair<string, string>(SecretHeader, secret ?? "");
        KeyValuePair<string, string>[] withSecret = secret is null ? [] : [header];
        return kind switch
        {
            "valid-message" => Payload(kind, JsonTree.Serialize(Message(random)), "application/json", withSecret),
            "callback-query" => Payload(kind, JsonTree.Serialize(CallbackQuery(random)), "application/json", withSecret),
            "unhandled-update" => Payload(kind, JsonTree.Serialize(Unhandled(random)), "application/json", withSecret),
            "wrong-secret" => Payload(kind, JsonTree.Serialize(Message(random)), "application/json", new KeyValuePair<string, string>(SecretHeader, Garbage.Ascii(random, random.Next(1, 300)))),
            "no-secret" => Payload(kind, JsonTree.Serialize(Message(random)), "application/json"),
            _ => Damage(kind, random, () => Message(random), withSecret)!,
        };
    }

    private static Dictionary<string, object?> User(Random random) => new()
    {
        ["id"] = random.NextInt64(1, 9_000_000_000),
        ["is_bot"] = false,
        ["first_name"] = Garbage.Text(random),
        ["language_code"] = random.Next(6) switch { 0 => "de", 1 => "ar", 2 => "uk", 3 => "fa", 4 => "tr", _ => Garbage.Text(random) },
    };

    private static Dictionary<string, object?> Message(Random random)
    {
        var user = User(random);
        return new()
        {
            ["update_id"] = random.Next(1, int.MaxValue),
            ["message"] = new Dictionary<string, object?>
            {
                ["message_id"] = random.Next(1, 100_000),
                ["from"] = user,
                ["chat"] = new Dictionary<string, object?> { ["id"] = user["id"], ["type"] = "private", ["first_name"] = user["first_name"] },
                ["date"] = 1_764_000_000 + random.Next(1_000_000),
                ["text"] = Garbage.Text(random),
            },
        };
    }

    private static Dictionary<string, object?> CallbackQuery(Random random)
    {
        var message = (Dictionary<string, object?>)Message(random)["message"]!;
        return new()
        {
            ["update_id"] = random.Next(1, int.MaxValue),
            ["callback_query"] = new Dictionary<string, object?>
            {
                ["id"] = random.NextInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["from"] = message["from"],
                ["message"] = message,
                ["chat_instance"] = "fuzz",
                ["data"] = random.Next(3) == 0 ? Garbage.Huge(random, 64) : random.Next(10).ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
        };
    }

    private static Dictionary<string, object?> Unhandled(Random random)
    {
        var message = Message(random)["message"];
        var key = random.Next(4) switch { 0 => "edited_message", 1 => "channel_post", 2 => "my_chat_member", _ => "poll" };
        if (random.Next(2) == 0 && message is Dictionary<string, object?> m)
        {
            m.Remove("text");
            m["sticker"] = new Dictionary<string, object?> { ["file_id"] = "fuzz", ["width"] = 512, ["height"] = 512 };
            key = "message";
        }

        return new() { ["update_id"] = random.Next(1, int.MaxValue), [key] = message };
    }
}

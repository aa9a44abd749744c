using System.Text.Json.Nodes;

namespace Integreat.Bot.Tests.Channels.Telegram;

/// <summary>Updates shaped like Telegram's, with random ids per test so no two tests share a chat or an update.</summary>
internal static class TelegramUpdates
{
    private static int nextUpdateId = Random.Shared.Next(100_000, 900_000);

    public static int NextId() => Interlocked.Increment(ref nextUpdateId);

    public static long NewChatId() => Random.Shared.NextInt64(10_000_000, 9_000_000_000);

    public static JsonObject User(long id, string? language) => new()
    {
        ["id"] = id,
        ["is_bot"] = false,
        ["first_name"] = "Test",
        ["language_code"] = language,
    };

    public static JsonObject Message(long chatId, string? text, string? language = "de", int? updateId = null, string kind = "message") => new()
    {
        ["update_id"] = updateId ?? NextId(),
        [kind] = new JsonObject
        {
            ["message_id"] = Random.Shared.Next(1, 100_000),
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private", ["first_name"] = "Test" },
            ["from"] = User(chatId, language),
            ["text"] = text,
        },
    };

    public static JsonObject Sticker(long chatId) => new()
    {
        ["update_id"] = NextId(),
        ["message"] = new JsonObject
        {
            ["message_id"] = 5,
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private" },
            ["from"] = User(chatId, "de"),
            ["sticker"] = new JsonObject
            {
                ["file_id"] = "CAAC",
                ["file_unique_id"] = "AQAD",
                ["type"] = "regular",
                ["width"] = 512,
                ["height"] = 512,
                ["is_animated"] = false,
                ["is_video"] = false,
            },
        },
    };

    public static JsonObject CallbackQuery(long chatId, string queryId, string data) => new()
    {
        ["update_id"] = NextId(),
        ["callback_query"] = new JsonObject
        {
            ["id"] = queryId,
            ["from"] = User(chatId, "uk"),
            ["chat_instance"] = "-42",
            ["data"] = data,
            ["message"] = new JsonObject
            {
                ["message_id"] = 9,
                ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private" },
                ["text"] = "earlier reply",
            },
        },
    };
}

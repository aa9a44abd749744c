using System.Text.Json.Nodes;

namespace Integreat.Bot.Tests.Channels.BotFramework;

/// <summary>Activities shaped like the Emulator's.</summary>
internal static class Activities
{
    public const string BotId = "bot-1";

    public static string NewConversationId() => Guid.NewGuid() + "|livechat";

    public static JsonObject Message(string serviceUrl, string conversationId, string text, string locale = "de-DE", string? userId = null) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString(),
        ["channelId"] = "emulator",
        ["serviceUrl"] = serviceUrl,
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["from"] = new JsonObject { ["id"] = userId ?? "user-" + Guid.NewGuid(), ["name"] = "User", ["role"] = "user" },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "Bot", ["role"] = "bot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["locale"] = locale,
        ["textFormat"] = "plain",
        ["text"] = text,
        ["channelData"] = new JsonObject { ["clientActivityID"] = "c-1" },
        ["entities"] = new JsonArray(new JsonObject { ["type"] = "ClientCapabilities", ["requiresBotState"] = true }),
    };

    public static JsonObject ConversationUpdate(string serviceUrl, string conversationId, params string[] members) => new()
    {
        ["type"] = "conversationUpdate",
        ["id"] = Guid.NewGuid().ToString(),
        ["channelId"] = "emulator",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = "user-x" },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "Bot", ["role"] = "bot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["locale"] = "uk-UA",
        ["membersAdded"] = new JsonArray([.. members.Select(m => (JsonNode)new JsonObject { ["id"] = m, ["name"] = m })]),
    };
}

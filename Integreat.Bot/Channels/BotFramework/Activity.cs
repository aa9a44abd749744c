using System.Text.Json;
using System.Text.Json.Serialization;

namespace Integreat.Bot.Channels.BotFramework;

/// <summary>The part of a Bot Framework activity the bot reads and writes. Fields it does not know are kept in
/// <see cref="Extra"/>, so nothing a channel sends is lost.</summary>
public sealed record Activity
{
    public string? Type { get; init; }

    public string? Id { get; init; }

    public string? Timestamp { get; init; }

    public string? ServiceUrl { get; init; }

    public string? ChannelId { get; init; }

    public ChannelAccount? From { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public ChannelAccount? Recipient { get; init; }

    public string? TextFormat { get; init; }

    public string? Locale { get; init; }

    public string? Text { get; init; }

    public string? ReplyToId { get; init; }

    public string? DeliveryMode { get; init; }

    public string? InputHint { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    public SuggestedActions? SuggestedActions { get; init; }

    public IReadOnlyList<Attachment>? Attachments { get; init; }

    /// <summary>For a pressed card button (messageBack) or an event: the value sent.</summary>
    public JsonElement? Value { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

/// <summary>A user or bot in a conversation.</summary>
public sealed record ChannelAccount(string? Id, string? Name = null, string? Role = null);

/// <summary>A conversation; Emulator ids contain <c>|</c>.</summary>
public sealed record ConversationAccount(string? Id, string? Name = null, bool? IsGroup = null, string? ConversationType = null, string? TenantId = null);

/// <summary>Buttons offered under a message.</summary>
public sealed record SuggestedActions(IReadOnlyList<CardAction> Actions, IReadOnlyList<string>? To = null);

/// <summary>A button: <c>imBack</c> sends <see cref="Value"/> back as the user's text.</summary>
public sealed record CardAction(string Type, string Title, string Value);

/// <summary>A card or file attached to a message.</summary>
public sealed record Attachment(string ContentType, object? Content = null);

/// <summary>The content of a hero card.</summary>
public sealed record HeroCard(string? Title, string? Text, IReadOnlyList<CardAction> Buttons);

/// <summary>The inline answer to an activity sent with <c>deliveryMode: "expectReplies"</c>.</summary>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);

/// <summary>The activity types and values the bot handles.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string ExpectReplies = "expectReplies";
}

/// <summary>The one JSON setup for activities: camelCase, nulls left out.</summary>
public static class ActivityJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

namespace Integreat.Bot.Channels;

/// <summary>Settings every channel shares. Section <c>Channels</c>.</summary>
public sealed class ChannelOptions
{
    public const string Section = "Channels";

    /// <summary>The key of the HMAC that turns chat ids and phone numbers into user keys.</summary>
    /// <value>Default: a fixed key built into the bot. Set your own in production so that the keys stored in the
    /// state cannot be recomputed from a phone number by anyone who has the source code.</value>
    public string? UserKeySecret { get; set; }

    /// <summary>The largest webhook body accepted, in bytes; larger ones get 413.</summary>
    /// <value>Default: 256 KiB.</value>
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>How long a handled delivery (update id, MessageSid, activity id) is remembered.</summary>
    /// <value>Default: 24 hours, longer than any platform retries.</value>
    public TimeSpan DeliveryMemory { get; set; } = TimeSpan.FromHours(24);
}

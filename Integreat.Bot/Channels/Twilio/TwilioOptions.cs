namespace Integreat.Bot.Channels.Twilio;

/// <summary>SMS and WhatsApp through Twilio. Section <c>Twilio</c>; the channel is on when <see cref="AuthToken"/>
/// or <see cref="PublicBaseUrl"/> is set, or <see cref="AllowUnsigned"/> is true.</summary>
public sealed class TwilioOptions
{
    public const string Section = "Twilio";

    /// <summary>The account's auth token: the key of <c>X-Twilio-Signature</c>. Required unless
    /// <see cref="AllowUnsigned"/>.</summary>
    public string? AuthToken { get; set; }

    /// <summary>The public address Twilio calls (e.g. <c>https://bot.example.org</c>); signatures are computed over it,
    /// so they still match behind a TLS-terminating proxy. When empty, the request's own address is used.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The most SMS segments one reply may take.</summary>
    /// <value>Default: 3.</value>
    public int MaxSegments { get; set; } = 3;

    /// <summary>Development only: without <see cref="AuthToken"/>, accept requests unsigned instead of refusing to
    /// start. With a token set, signatures are always checked.</summary>
    /// <value>Default: false.</value>
    public bool AllowUnsigned { get; set; }

    internal bool ChecksSignatures => !string.IsNullOrWhiteSpace(AuthToken);

    internal bool IsEnabled => !string.IsNullOrWhiteSpace(AuthToken) || !string.IsNullOrWhiteSpace(PublicBaseUrl) || AllowUnsigned;
}

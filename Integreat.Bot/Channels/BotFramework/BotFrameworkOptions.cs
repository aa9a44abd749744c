namespace Integreat.Bot.Channels.BotFramework;

/// <summary>The Bot Framework channel (Emulator, Azure Bot Service). Section <c>BotFramework</c>.</summary>
public sealed class BotFrameworkOptions
{
    public const string Section = "BotFramework";

    /// <summary>The bot's app id. Empty (the Emulator's default): no authentication either way.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The app's secret, used to obtain the token replies are sent with.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>Where the keys that sign incoming tokens are published.</summary>
    /// <value>Default: <c>https://login.botframework.com/v1/.well-known/openidconfiguration</c>.</value>
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The issuer of incoming tokens; when empty, the issuer the metadata names.</summary>
    /// <value>Default: <c>https://api.botframework.com</c>.</value>
    public string? ValidIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>Where the bot obtains its own token (OAuth client credentials).</summary>
    /// <value>Default: <c>https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token</c>.</value>
    public string TokenEndpoint { get; set; } = "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token";

    /// <summary>The scope of the bot's own token.</summary>
    /// <value>Default: <c>https://api.botframework.com/.default</c>.</value>
    public string TokenScope { get; set; } = "https://api.botframework.com/.default";

    internal bool RequiresAuthentication => !string.IsNullOrWhiteSpace(MicrosoftAppId);
}

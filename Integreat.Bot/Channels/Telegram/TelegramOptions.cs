namespace Integreat.Bot.Channels.Telegram;

/// <summary>How updates reach the bot.</summary>
public enum TelegramMode
{
    /// <summary>The bot asks Telegram for updates (long polling); needs no public address.</summary>
    Polling,

    /// <summary>Telegram posts updates to <c>POST /api/telegram</c>.</summary>
    Webhook,
}

/// <summary>The Telegram channel. Section <c>Telegram</c>; the channel is on when <see cref="BotToken"/> is set.</summary>
public sealed class TelegramOptions
{
    public const string Section = "Telegram";

    /// <summary>The token BotFather gives (<c>123456789:AA…</c>).</summary>
    public string? BotToken { get; set; }

    /// <summary>Polling or webhook.</summary>
    /// <value>Default: <see cref="TelegramMode.Polling"/>.</value>
    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    /// <summary>The secret Telegram sends in <c>X-Telegram-Bot-Api-Secret-Token</c>; required in webhook mode.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>The Bot API server.</summary>
    /// <value>Default: <c>https://api.telegram.org</c>.</value>
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    /// <summary>The bot's public address; when set in webhook mode, the bot registers
    /// <c>{PublicBaseUrl}/api/telegram</c> with setWebhook on start.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Updates waiting to be processed before the webhook answers 503 (and polling waits).</summary>
    /// <value>Default: 1,000.</value>
    public int QueueCapacity { get; set; } = 1000;

    /// <summary>Updates processed at the same time.</summary>
    /// <value>Default: 8.</value>
    public int MaxParallelUpdates { get; set; } = 8;

    /// <summary>Seconds a getUpdates call waits for updates.</summary>
    /// <value>Default: 25.</value>
    public int PollingTimeoutSeconds { get; set; } = 25;

    internal bool IsEnabled => !string.IsNullOrWhiteSpace(BotToken);
}

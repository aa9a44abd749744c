using System.ComponentModel.DataAnnotations;

namespace Integreat.Bot.Conversation;

/// <summary>How the bot behaves towards a person who has not chosen anything yet. Section <c>Bot</c>.</summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>The region a new conversation starts in.</summary>
    /// <value>Default: <c>beispielstadt</c>, the demo region that ships with the bot.</value>
    [Required]
    public string DefaultRegion { get; set; } = "beispielstadt";

    /// <summary>The language used when nothing else tells which one a person reads.</summary>
    /// <value>Default: <c>de</c>.</value>
    [Required]
    public string DefaultLanguage { get; set; } = "de";

    /// <summary>Regions by receiving address: an SMS or WhatsApp number (as Twilio writes it, e.g. <c>+4982112345</c>) → region slug.</summary>
    /// <value>Default: empty (every number serves <see cref="DefaultRegion"/>).</value>
    public Dictionary<string, string> RegionsByAddress { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The key that opens <c>GET /api/report</c> (header <c>X-Admin-Key</c>); keep it out of the repository.</summary>
    /// <value>Default: empty, and then the route does not exist.</value>
    public string? AdminKey { get; set; }
}

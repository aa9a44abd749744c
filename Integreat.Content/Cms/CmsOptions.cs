using System.ComponentModel.DataAnnotations;

namespace Integreat.Content.Cms;

/// <summary>Where the live Integreat CMS is and how to talk to it; bound from the configuration section <c>Cms</c>.</summary>
public sealed class CmsOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Cms";

    /// <summary>The CMS base URL; the API v3 lives under <c>/api/v3/</c> below it.</summary>
    /// <value>Defaults to <c>https://cms.integreat-app.de</c>.</value>
    [Required]
    [Url]
    public string BaseUrl { get; set; } = "https://cms.integreat-app.de";

    /// <summary>The region slugs the host keeps in sync with the CMS (e.g. <c>augsburg</c>); empty means no periodic sync.</summary>
    /// <value>Defaults to empty.</value>
    public List<string> Regions { get; set; } = [];

    /// <summary>How often the host re-imports from the live CMS; <see cref="TimeSpan.Zero"/> turns the periodic sync off.</summary>
    /// <value>Defaults to 6 hours.</value>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan SyncInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How long to wait before trying again after a periodic sync failed (CMS down, timeout, corrupt response); never longer than <see cref="SyncInterval"/>.</summary>
    /// <value>Defaults to 15 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan SyncRetryDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Content older than this (since the last successful sync, else since its import) makes <c>/health</c> report <c>degraded</c>.</summary>
    /// <value>Defaults to null: twice <see cref="SyncInterval"/>, or 24 hours when the periodic sync is off.</value>
    [Range(typeof(TimeSpan), "00:00:00", "365.00:00:00")]
    public TimeSpan? MaxContentAge { get; set; }

    /// <summary>The age past which content counts as stale: <see cref="MaxContentAge"/> when set, else twice the sync interval, else 24 hours.</summary>
    public TimeSpan EffectiveMaxContentAge =>
        MaxContentAge ?? (SyncInterval > TimeSpan.Zero ? SyncInterval * 2 : TimeSpan.FromHours(24));

    /// <summary>Sends <c>X-Integreat-Development: true</c> with every request, so that the CMS does not count the bot's reads as app usage.</summary>
    /// <value>Defaults to false.</value>
    public bool DevelopmentHeader { get; set; }

    /// <summary>How long one attempt of one request may take, and separately how long reading its body may take.</summary>
    /// <value>Defaults to 30 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a failed request (5xx, 408, 429, timeout, connection error) is tried again.</summary>
    /// <value>Defaults to 3.</value>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The wait before the first retry; it doubles with each further retry, with jitter.</summary>
    /// <value>Defaults to 2 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);
}

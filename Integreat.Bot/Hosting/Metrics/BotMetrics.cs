using System.Diagnostics.Metrics;
using Integreat.Bot.Hosting.Sync;

namespace Integreat.Bot.Hosting.Metrics;

/// <summary>The bot's own measurements, on one <see cref="Meter"/> named <see cref="MeterName"/>; <c>/metrics</c> exports them for Prometheus.</summary>
/// <remarks>
/// Tag values become time series, so every value that can come from outside (a language hint, a reason) is cut to a
/// short, safe token: a flood of made-up language codes must not turn into a flood of series. Never tag with a user.
/// </remarks>
public sealed class BotMetrics
{
    /// <summary>The name of the meter; the OpenTelemetry registration listens to it.</summary>
    public const string MeterName = "Integreat.Bot";

    // Replies and searches take milliseconds; the CMS sync is not measured here (it has its own counter).
    private static readonly double[] LatencyBuckets =
        [0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private const int MaxTagLength = 24;

    private readonly Counter<long> _received;
    private readonly Counter<long> _answered;
    private readonly Histogram<double> _replyDuration;
    private readonly Histogram<double> _searchDuration;
    private readonly Counter<long> _syncRuns;
    private readonly Counter<long> _webhookRejections;

    /// <summary>Creates the instruments on a meter owned by <paramref name="meterFactory"/> (so each host has its own).</summary>
    public BotMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _received = meter.CreateCounter<long>(
            "integreat.bot.messages.received", "{message}", "Messages received from users, by channel and language.");
        _answered = meter.CreateCounter<long>(
            "integreat.bot.replies", "{reply}", "Replies sent, by channel and whether the bot found an answer.");
        _replyDuration = meter.CreateHistogram(
            "integreat.bot.reply.duration", "s", "Time from receiving a message to having its reply ready, by channel.",
            tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets });
        _searchDuration = meter.CreateHistogram(
            "integreat.bot.search.duration", "s", "Time one full-text search takes.",
            tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets });
        _syncRuns = meter.CreateCounter<long>(
            "integreat.bot.sync.runs", "{run}", "Periodic CMS syncs, by result: changed, unchanged or failed.");
        _webhookRejections = meter.CreateCounter<long>(
            "integreat.bot.webhook.rejections", "{request}", "Webhook requests refused, by channel and reason.");
    }

    /// <summary>A user's message reached the bot (after authentication and de-duplication).</summary>
    /// <param name="channel">telegram, sms, whatsapp, botframework, …</param>
    /// <param name="language">The language the reply will be in; null when unknown.</param>
    public void MessageReceived(string channel, string? language) =>
        _received.Add(1, new("channel", Token(channel)), new("language", Token(language)));

    /// <summary>A reply went out; <paramref name="answered"/> is false when the bot had to say it found nothing.</summary>
    public void Answered(string channel, bool answered) =>
        _answered.Add(1, new("channel", Token(channel)), new("answered", answered ? "true" : "false"));

    /// <summary>How long the bot took to produce a reply, from the webhook request (or polled update) to the rendered reply.</summary>
    public void ReplyLatency(string channel, double seconds) =>
        _replyDuration.Record(seconds, new KeyValuePair<string, object?>("channel", Token(channel)));

    /// <summary>How long one search took.</summary>
    public void SearchLatency(double seconds) => _searchDuration.Record(seconds);

    /// <summary>A periodic CMS sync finished.</summary>
    public void SyncCompleted(SyncOutcome result) =>
        _syncRuns.Add(1, new KeyValuePair<string, object?>("result", result.ToString().ToLowerInvariant()));

    /// <summary>A webhook request was refused before it reached the engine.</summary>
    /// <param name="reason">A fixed word: <c>unauthorized</c>, <c>malformed</c>, <c>too_large</c>, <c>media_type</c>, <c>busy</c> (<see cref="Channels.WebhookRejectionFilter"/>).</param>
    public void WebhookRejected(string channel, string reason) =>
        _webhookRejections.Add(1, new("channel", Token(channel)), new("reason", Token(reason)));

    /// <summary>Lower-case letters, digits, '-' and '_' only, at most <see cref="MaxTagLength"/> characters; "unknown" when nothing is left.</summary>
    internal static string Token(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "unknown";
        }

        Span<char> buffer = stackalloc char[MaxTagLength];
        var length = 0;
        foreach (var c in value)
        {
            if (length == MaxTagLength)
            {
                break;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_')
            {
                buffer[length++] = lower;
            }
        }

        return length == 0 ? "unknown" : new string(buffer[..length]);
    }
}

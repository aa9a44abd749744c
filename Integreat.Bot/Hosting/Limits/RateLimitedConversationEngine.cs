using System.Globalization;
using Integreat.Bot.Conversation;
using Integreat.Bot.Languages;
using Integreat.Bot.State;
using Integreat.Content.Model;
using Microsoft.Extensions.Options;

namespace Integreat.Bot.Hosting.Limits;

/// <summary>Holds each person to <see cref="LimitOptions.PerMinute"/> and <see cref="LimitOptions.PerDay"/> on every
/// channel: the first message over a limit gets one polite reply in the person's language, later ones in the same
/// window get silence, so a flood costs at most one extra SMS per window.</summary>
internal sealed class RateLimitedConversationEngine(
    IConversationEngine inner,
    IRateCounter counter,
    IConversationStore conversations,
    IOptions<LimitOptions> options,
    IOptions<BotOptions> botOptions,
    TimeProvider time,
    ILogger<RateLimitedConversationEngine> logger) : IConversationEngine
{
    /// <summary>The terminal is the operator's own console: no bill to protect.</summary>
    private const string ExemptChannel = "terminal";

    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    private readonly LimitOptions _options = options.Value;

    public async Task<Reply> HandleAsync(IncomingMessage message, CancellationToken cancellationToken = default) =>
        await CheckAsync(message, cancellationToken) switch
        {
            Verdict.Allowed => await inner.HandleAsync(message, cancellationToken),
            Verdict.Announce => await PoliteReplyAsync(message, cancellationToken),
            _ => SilentReply(message),
        };

    public async Task<Reply> WelcomeAsync(IncomingMessage message, CancellationToken cancellationToken = default) =>
        await CheckAsync(message, cancellationToken) switch
        {
            Verdict.Allowed => await inner.WelcomeAsync(message, cancellationToken),
            Verdict.Announce => await PoliteReplyAsync(message, cancellationToken),
            _ => SilentReply(message),
        };

    private async Task<Verdict> CheckAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        var windows = Windows(message.UserKey);
        if (windows.Count == 0 || message.Channel == ExemptChannel)
        {
            return Verdict.Allowed;
        }

        var counts = await counter.CountAsync(windows, cancellationToken);
        // The counter stops at the first window over its limit, so only the last count can be over.
        var last = counts.Count - 1;
        var over = counts[last] - windows[last].Limit;
        if (over <= 0)
        {
            return Verdict.Allowed;
        }

        if (over == 1)
        {
            logger.LogInformation("{UserKey} reached the limit of {Limit} messages per {Window}; told once, then silent",
                message.UserKey, windows[last].Limit, windows[last].Length == Minute ? "minute" : "day");
            return Verdict.Announce;
        }

        return Verdict.Silent;
    }

    /// <summary>Fixed windows aligned to the clock (UTC minute, UTC day): one counter each, named by the window's number.</summary>
    private List<RateWindow> Windows(string userKey)
    {
        var now = time.GetUtcNow();
        var windows = new List<RateWindow>(2);
        if (_options.PerMinute > 0)
        {
            windows.Add(new RateWindow(Name(userKey, "m", now.UtcTicks / Minute.Ticks), _options.PerMinute, Minute));
        }

        if (_options.PerDay > 0)
        {
            windows.Add(new RateWindow(Name(userKey, "d", now.UtcTicks / Day.Ticks), _options.PerDay, Day));
        }

        return windows;
    }

    private static string Name(string userKey, string unit, long number) =>
        string.Create(CultureInfo.InvariantCulture, $"{userKey}|{unit}{number}");

    /// <summary>In the language the person reads: the one stored for them, else their client's, else the bot's default.</summary>
    private async Task<Reply> PoliteReplyAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        var state = await conversations.GetAsync(message.UserKey, cancellationToken);
        var language = new[] { state?.Language, message.LocaleHint?.Replace('_', '-'), botOptions.Value.DefaultLanguage }
            .FirstOrDefault(code => !string.IsNullOrWhiteSpace(code) && UiCatalog.Has(code));
        var strings = UiCatalog.For(language);
        return ReplyIn(strings) with { Paragraphs = [strings.TooManyMessages] };
    }

    private Reply SilentReply(IncomingMessage message) =>
        ReplyIn(UiCatalog.For(message.LocaleHint ?? botOptions.Value.DefaultLanguage)) with { IsSilent = true };

    private static Reply ReplyIn(UiStrings strings) => new()
    {
        Language = strings.Code,
        Direction = strings.RightToLeft ? TextDirection.RightToLeft : TextDirection.LeftToRight,
        Labels = new ReplyLabels(
            strings.LabelContacts,
            strings.LabelEvents,
            strings.LabelChoices,
            string.Format(CultureInfo.InvariantCulture, strings.MoreHint, strings.MoreKeyword),
            strings.MoreKeyword),
    };

    private enum Verdict
    {
        Allowed,
        Announce,
        Silent,
    }
}

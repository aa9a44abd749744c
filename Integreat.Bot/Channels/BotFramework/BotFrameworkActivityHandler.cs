using Integreat.Bot.Conversation;
using Integreat.Bot.State;
using Microsoft.Extensions.Options;

namespace Integreat.Bot.Channels.BotFramework;

/// <summary>Turns activities into engine calls: messages are answered, members who join are greeted once.</summary>
public sealed class BotFrameworkActivityHandler(
    IConversationEngine engine,
    IDeliveryLedger ledger,
    UserKeyHasher hasher,
    ConnectorClient connector,
    IOptions<ChannelOptions> channelOptions,
    ILogger<BotFrameworkActivityHandler> logger)
{
    /// <summary>Handles an activity. Returns the replies when the sender asked for them inline
    /// (<c>expectReplies</c>); otherwise sends them to the serviceUrl and returns null.</summary>
    public async Task<IReadOnlyList<Activity>?> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        var inline = string.Equals(activity.DeliveryMode, ActivityTypes.ExpectReplies, StringComparison.OrdinalIgnoreCase);
        var replies = activity.Type switch
        {
            ActivityTypes.Message => await AnswerAsync(activity, cancellationToken),
            ActivityTypes.ConversationUpdate => await WelcomeAsync(activity, cancellationToken),
            _ => [],
        };

        if (inline)
        {
            return replies;
        }

        try
        {
            foreach (var reply in replies)
            {
                await connector.SendAsync(reply, cancellationToken);
            }
        }
        catch (Exception e) when (e is HttpRequestException or UriFormatException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            // The activity itself was fine; only its serviceUrl did not take the reply. A 5xx would make the
            // channel deliver the same activity again, which de-duplication then drops anyway.
            logger.LogWarning("Bot Framework reply could not be delivered to the serviceUrl: {Reason}", e.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Bot Framework reply to the serviceUrl timed out");
        }

        return null;
    }

    private async Task<IReadOnlyList<Activity>> AnswerAsync(Activity activity, CancellationToken cancellationToken)
    {
        var text = activity.Text?.Trim();
        if (string.IsNullOrEmpty(text) && activity.Value is { ValueKind: System.Text.Json.JsonValueKind.String } value)
        {
            text = value.GetString()?.Trim();
        }

        if (string.IsNullOrEmpty(text) || activity.From?.Id is not { } userId || activity.Conversation?.Id is null)
        {
            return [];
        }

        if (activity.Id is { } id && !await ClaimAsync("botframework:" + activity.Conversation.Id + ":" + id, cancellationToken))
        {
            logger.LogInformation("Bot Framework activity was already handled; ignored");
            return [];
        }

        var message = new IncomingMessage(Channel, hasher.Hash(Channel, userId), text, activity.Locale, activity.Recipient?.Id);
        var reply = await engine.HandleAsync(message, cancellationToken);
        logger.LogInformation("Bot Framework reply to {UserKey} in {Language}", message.UserKey, reply.Language);
        return reply.IsSilent ? [] : ActivityRenderer.Render(reply, activity);
    }

    private async Task<IReadOnlyList<Activity>> WelcomeAsync(Activity activity, CancellationToken cancellationToken)
    {
        var botId = activity.Recipient?.Id;
        var replies = new List<Activity>();
        foreach (var member in activity.MembersAdded ?? [])
        {
            // The bot itself is a member too; only people are greeted, and each once per conversation.
            if (member.Id is null || member.Id == botId || activity.Conversation?.Id is null)
            {
                continue;
            }

            if (!await ClaimAsync("botframework:welcome:" + activity.Conversation.Id + ":" + member.Id, cancellationToken))
            {
                continue;
            }

            var message = new IncomingMessage(Channel, hasher.Hash(Channel, member.Id), "", activity.Locale, botId);
            var reply = await engine.WelcomeAsync(message, cancellationToken);
            if (!reply.IsSilent)
            {
                replies.AddRange(ActivityRenderer.Render(reply, activity with { From = member }));
            }
        }

        return replies;
    }

    private Task<bool> ClaimAsync(string key, CancellationToken cancellationToken) =>
        ledger.TryClaimAsync(key, channelOptions.Value.DeliveryMemory, cancellationToken);

    private const string Channel = BotFrameworkEndpoints.Channel;
}

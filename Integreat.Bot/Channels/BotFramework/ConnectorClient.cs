using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Integreat.Bot.Channels.BotFramework;

/// <summary>Sends reply activities to the channel's serviceUrl (the Bot Connector REST API).</summary>
public sealed class ConnectorClient(HttpClient http, BotFrameworkTokenProvider tokens)
{
    /// <summary>ReplyToActivity: <c>POST {serviceUrl}/v3/conversations/{conversationId}/activities/{replyToId}</c>, or
    /// SendToConversation when there is nothing to reply to.</summary>
    public async Task SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ReplyUrl(reply))
        {
            Content = JsonContent.Create(reply, options: ActivityJson.Options),
        };
        if (await tokens.GetTokenAsync(cancellationToken) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The route of a reply; the conversation id is escaped because the Emulator's contain <c>|</c>.</summary>
    public static Uri ReplyUrl(Activity reply)
    {
        var serviceUrl = reply.ServiceUrl?.TrimEnd('/') ?? throw new ArgumentException("The reply has no serviceUrl.", nameof(reply));
        var conversation = Uri.EscapeDataString(reply.Conversation?.Id ?? throw new ArgumentException("The reply has no conversation.", nameof(reply)));
        var url = serviceUrl + "/v3/conversations/" + conversation + "/activities";
        if (!string.IsNullOrEmpty(reply.ReplyToId))
        {
            url += "/" + Uri.EscapeDataString(reply.ReplyToId);
        }

        return new Uri(url, UriKind.Absolute);
    }
}

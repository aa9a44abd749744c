using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Integreat.Bot.Tests.Channels.Fakes;

/// <summary>One activity the bot posted to the fake connector.</summary>
/// <param name="RawPath">The path as sent, still escaped.</param>
internal sealed record PostedActivity(string RawPath, string ConversationId, string? ReplyToId, string? Authorization, string? ContentType, JsonObject Body);

/// <summary>A fake Bot Connector serviceUrl that records the replies posted to it.</summary>
internal sealed class FakeServiceUrl : IAsyncDisposable
{
    private readonly ConcurrentQueue<PostedActivity> posted = new();
    private FakeServer? server;

    public string BaseUrl => server!.BaseUrl;

    public IReadOnlyList<PostedActivity> Posted => [.. posted];

    public static async Task<FakeServiceUrl> StartAsync()
    {
        var fake = new FakeServiceUrl();
        fake.server = await FakeServer.StartAsync(app =>
        {
            app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", async (string conversationId, string? replyToId, HttpRequest request) =>
            {
                var body = JsonNode.Parse(await new StreamReader(request.Body).ReadToEndAsync())!.AsObject();
                var rawPath = request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()!.RawTarget;
                fake.posted.Enqueue(new PostedActivity(rawPath, conversationId, replyToId, request.Headers.Authorization.ToString(), request.ContentType, body));
                return Results.Json(new { id = Guid.NewGuid().ToString() });
            });
        });
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}

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

/// <summary>One call the bot made to the fake Bot API.</summary>
internal sealed record TelegramCall(string Token, string Method, JsonObject Parameters);

/// <summary>A fake Telegram Bot API: records every call, serves getUpdates with offsets and long polling, and can
/// answer 429 with retry_after like Telegram does under load.</summary>
internal sealed class FakeTelegramApi : IAsyncDisposable
{
    private readonly ConcurrentQueue<TelegramCall> calls = new();
    private readonly List<JsonObject> pending = [];
    private readonly Lock gate = new();
    private FakeServer? server;
    private int messageId;
    private int tooManyRequests;
    private TaskCompletionSource arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string BaseUrl => server!.BaseUrl;

    public IReadOnlyList<TelegramCall> Calls => [.. calls];

    public bool WebhookSet { get; set; }

    public static async Task<FakeTelegramApi> StartAsync(int port = 0)
    {
        var fake = new FakeTelegramApi();
        fake.server = await FakeServer.StartAsync(app => app.MapPost("/bot{token}/{method}", fake.HandleAsync), port);
        return fake;
    }

    /// <summary>The next <paramref name="count"/> sendMessage calls get 429 with retry_after 1.</summary>
    public void RefuseNextSends(int count) => Interlocked.Exchange(ref tooManyRequests, count);

    /// <summary>Makes an update available to getUpdates.</summary>
    public void Enqueue(JsonObject update)
    {
        lock (gate)
        {
            pending.Add(update);
            arrived.TrySetResult();
        }
    }

    public IReadOnlyList<TelegramCall> Sent(long chatId) =>
        Calls.Where(c => c.Method.Equals("sendMessage", StringComparison.OrdinalIgnoreCase) && ChatOf(c) == chatId).ToList();

    public IReadOnlyList<TelegramCall> Named(string method) =>
        Calls.Where(c => c.Method.Equals(method, StringComparison.OrdinalIgnoreCase)).ToList();

    private static long? ChatOf(TelegramCall call) =>
        call.Parameters["chat_id"] is JsonValue value && long.TryParse(value.ToString(), out var id) ? id : null;

    private async Task<IResult> HandleAsync(string token, string method, HttpRequest request)
    {
        var body = await new StreamReader(request.Body).ReadToEndAsync();
        var parameters = body.Length > 0 ? JsonNode.Parse(body)!.AsObject() : [];
        calls.Enqueue(new TelegramCall(token, method, parameters));
        switch (method.ToLowerInvariant())
        {
            case "sendmessage":
                if (Interlocked.Decrement(ref tooManyRequests) >= 0)
                {
                    return Results.Json(new JsonObject
                    {
                        ["ok"] = false,
                        ["error_code"] = 429,
                        ["description"] = "Too Many Requests: retry after 1",
                        ["parameters"] = new JsonObject { ["retry_after"] = 1 },
                    }, statusCode: 429);
                }

                return Ok(new JsonObject
                {
                    ["message_id"] = Interlocked.Increment(ref messageId),
                    ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                    ["chat"] = new JsonObject { ["id"] = ChatOf(new TelegramCall(token, method, parameters)), ["type"] = "private" },
                    ["text"] = parameters["text"]?.ToString(),
                });
            case "deletewebhook":
                WebhookSet = false;
                return Ok(true);
            case "setwebhook":
                WebhookSet = true;
                return Ok(true);
            case "getupdates":
                return await GetUpdatesAsync(parameters, request.HttpContext.RequestAborted);
            case "sendchataction" or "answercallbackquery":
                return Ok(true);
            default:
                return Results.Json(new JsonObject { ["ok"] = false, ["error_code"] = 404, ["description"] = "Not Found" }, statusCode: 404);
        }
    }

    private async Task<IResult> GetUpdatesAsync(JsonObject parameters, CancellationToken aborted)
    {
        if (WebhookSet)
        {
            return Results.Json(new JsonObject
            {
                ["ok"] = false,
                ["error_code"] = 409,
                ["description"] = "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
            }, statusCode: 409);
        }

        var offset = parameters["offset"]?.GetValue<int>() ?? 0;
        var timeout = Math.Min(parameters["timeout"]?.GetValue<int>() ?? 0, 2);
        Task wait;
        lock (gate)
        {
            pending.RemoveAll(u => u["update_id"]!.GetValue<int>() < offset);
            if (pending.Count > 0 || timeout == 0)
            {
                return Ok(new JsonArray([.. pending.Select(u => u.DeepClone())]));
            }

            arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            wait = arrived.Task;
        }

        await Task.WhenAny(wait, Task.Delay(TimeSpan.FromSeconds(timeout), aborted));
        lock (gate)
        {
            return Ok(new JsonArray([.. pending.Select(u => u.DeepClone())]));
        }
    }

    private static IResult Ok(JsonNode result) => Results.Json(new JsonObject { ["ok"] = true, ["result"] = result });

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Integreat.Bot.Channels.Telegram;

/// <summary>Registration and the webhook endpoint of the Telegram channel.</summary>
public static class TelegramEndpoints
{
    public const string Route = "/api/telegram";
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    public static WebApplicationBuilder AddTelegramChannel(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelegramOptions>()
            .Bind(builder.Configuration.GetSection(TelegramOptions.Section))
            .Validate(o => !o.IsEnabled || IsValidToken(o.BotToken!), "Telegram:BotToken must look like 123456789:AA… (the token BotFather gives).")
            .Validate(o => !o.IsEnabled || o.Mode != TelegramMode.Webhook || IsValidSecret(o.WebhookSecret),
                "Telegram:Mode is Webhook but Telegram:WebhookSecret is missing or invalid (1–256 characters A–Z, a–z, 0–9, _ and -).")
            .Validate(o => Uri.TryCreate(o.ApiBaseUrl, UriKind.Absolute, out _), "Telegram:ApiBaseUrl must be an absolute URL.")
            .ValidateOnStart();
        builder.Services.AddHttpClient(TelegramOptions.Section);
        builder.Services.AddSingleton<ITelegramBotClient>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(TelegramOptions.Section);
            return new TelegramBotClient(
                new TelegramBotClientOptions(options.BotToken!, options.ApiBaseUrl) { RetryThreshold = 60, RetryCount = 3 },
                http);
        });
        builder.Services.AddSingleton<TelegramUpdateQueue>();
        builder.Services.AddSingleton<TelegramUpdateParser>();
        builder.Services.AddSingleton<TelegramSender>();
        builder.Services.AddScoped<TelegramUpdateHandler>();
        builder.Services.AddHostedService<TelegramUpdateWorker>();
        builder.Services.AddHostedService<TelegramPollingService>();
        builder.Services.AddHostedService<TelegramWebhookRegistration>();
        return builder;
    }

    public static IEndpointRouteBuilder MapTelegramChannel(this IEndpointRouteBuilder app)
    {
        app.MapPost(Route, ReceiveAsync).WithName("telegram");
        return app;
    }

    /// <summary>Checks the secret, queues the update and answers at once; the reply is sent in the background.</summary>
    public static async Task<IResult> ReceiveAsync(
        HttpRequest request,
        IOptions<TelegramOptions> options,
        IOptions<ChannelOptions> channelOptions,
        TelegramUpdateQueue queue,
        ILogger<TelegramUpdateQueue> logger)
    {
        var settings = options.Value;
        if (!settings.IsEnabled || settings.Mode != TelegramMode.Webhook)
        {
            return Results.NotFound();
        }

        if (!SecretMatches(request.Headers[SecretHeader].ToString(), settings.WebhookSecret!))
        {
            logger.LogWarning("Telegram webhook call with a wrong or missing secret refused");
            return Results.Unauthorized();
        }

        var maxBytes = channelOptions.Value.MaxBodyBytes;
        var body = await WebhookBody.ReadAsync(request, maxBytes, request.HttpContext.RequestAborted);
        if (body is null)
        {
            return WebhookBody.TooLarge(maxBytes);
        }

        Update? update;
        try
        {
            // Telegram's snake_case options only here: app-wide they would change every other endpoint's JSON.
            update = JsonSerializer.Deserialize<Update>(body, JsonBotAPI.Options);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or FormatException or ArgumentException or OverflowException)
        {
            // Telegram.Bot's converters throw more than JsonException on values of the wrong type; all mean a bad body.
            return Results.BadRequest("Body is not a Telegram Update.");
        }

        if (update is null)
        {
            return Results.BadRequest("Body is not a Telegram Update.");
        }

        if (!queue.TryEnqueue(update))
        {
            // 429 rather than 503: the bot is healthy, only busy, and Telegram delivers any refused update again later.
            logger.LogWarning("Telegram update queue full; update {UpdateId} left for Telegram to deliver again", update.Id);
            request.HttpContext.Response.Headers.RetryAfter = "5";
            return Results.StatusCode(StatusCodes.Status429TooManyRequests);
        }

        return Results.Ok();
    }

    internal static bool SecretMatches(string received, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(received), Encoding.UTF8.GetBytes(expected));

    private static bool IsValidToken(string token)
    {
        var colon = token.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && token[..colon].All(char.IsAsciiDigit) && colon < token.Length - 1;
    }

    private static bool IsValidSecret(string? secret) =>
        !string.IsNullOrEmpty(secret) && secret.Length <= 256 && secret.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}

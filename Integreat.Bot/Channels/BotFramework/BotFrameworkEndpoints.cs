using System.Text.Json;
using Integreat.Bot.Conversation;
using Integreat.Bot.State;
using Microsoft.Extensions.Options;

namespace Integreat.Bot.Channels.BotFramework;

/// <summary>Registration and the <c>POST /api/messages</c> endpoint of the Bot Framework channel.</summary>
public static class BotFrameworkEndpoints
{
    public const string Route = "/api/messages";
    public const string Channel = "botframework";

    public static WebApplicationBuilder AddBotFrameworkChannel(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<BotFrameworkOptions>()
            .Bind(builder.Configuration.GetSection(BotFrameworkOptions.Section))
            .Validate(o => !o.RequiresAuthentication || Uri.TryCreate(o.OpenIdMetadataUrl, UriKind.Absolute, out _),
                "BotFramework:OpenIdMetadataUrl must be an absolute URL.")
            .ValidateOnStart();
        builder.Services.AddHttpClient(BotFrameworkOptions.Section);
        // A singleton: it caches the bot's token.
        builder.Services.AddSingleton<BotFrameworkTokenProvider>();
        builder.Services.AddHttpClient<ConnectorClient>();
        builder.Services.AddSingleton<BotFrameworkAuthenticator>();
        builder.Services.AddScoped<BotFrameworkActivityHandler>();
        return builder;
    }

    public static IEndpointRouteBuilder MapBotFrameworkChannel(this IEndpointRouteBuilder app)
    {
        app.MapPost(Route, ReceiveAsync).WithName("botframework");
        return app;
    }

    /// <summary>Reads the activity (400 when it is not one), checks the token when an app id is set (401), and hands
    /// the activity on; replies go to the serviceUrl, or inline for <c>expectReplies</c>.</summary>
    public static async Task<IResult> ReceiveAsync(
        HttpRequest request,
        IOptions<BotFrameworkOptions> options,
        IOptions<ChannelOptions> channelOptions,
        BotFrameworkActivityHandler handler,
        IServiceProvider services,
        ILogger<BotFrameworkActivityHandler> logger)
    {
        var cancellationToken = request.HttpContext.RequestAborted;
        var requiresAuthentication = options.Value.RequiresAuthentication;
        var authorization = request.Headers.Authorization.ToString();
        if (requiresAuthentication && string.IsNullOrEmpty(authorization))
        {
            return Results.Unauthorized();
        }

        var maxBytes = channelOptions.Value.MaxBodyBytes;
        var body = await WebhookBody.ReadAsync(request, maxBytes, cancellationToken);
        if (body is null)
        {
            return WebhookBody.TooLarge(maxBytes);
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, ActivityJson.Options);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or FormatException or ArgumentException or OverflowException)
        {
            return Results.BadRequest("Body is not an activity.");
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return Results.BadRequest("The activity has no type.");
        }

        if (requiresAuthentication)
        {
            var authenticator = services.GetRequiredService<BotFrameworkAuthenticator>();
            if (!await authenticator.IsAuthorizedAsync(authorization, activity.ServiceUrl, cancellationToken))
            {
                logger.LogWarning("Bot Framework activity with an invalid token refused");
                return Results.Unauthorized();
            }
        }

        var replies = await handler.HandleAsync(activity, cancellationToken);
        if (replies is null)
        {
            return Results.Ok();
        }

        return Results.Json(new ExpectedReplies(replies), ActivityJson.Options);
    }
}

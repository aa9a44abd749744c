using System.Text;
using Integreat.Bot.Conversation;
using Integreat.Bot.State;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Twilio.Security;

namespace Integreat.Bot.Channels.Twilio;

/// <summary>Registration and the webhook endpoint of the Twilio channel (SMS and WhatsApp).</summary>
public static class TwilioEndpoints
{
    public const string Route = "/api/twilio";
    public const string SignatureHeader = "X-Twilio-Signature";

    public static WebApplicationBuilder AddTwilioChannel(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TwilioOptions>()
            .Bind(builder.Configuration.GetSection(TwilioOptions.Section))
            .Validate(o => !o.IsEnabled || o.AllowUnsigned || o.ChecksSignatures,
                "Twilio:AuthToken is required to check X-Twilio-Signature (set Twilio:AllowUnsigned=true only for development).")
            .Validate(o => string.IsNullOrWhiteSpace(o.PublicBaseUrl) || Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out _),
                "Twilio:PublicBaseUrl must be an absolute URL such as https://bot.example.org.")
            .Validate(o => o.MaxSegments is >= 1 and <= 10, "Twilio:MaxSegments must be between 1 and 10.")
            .ValidateOnStart();
        builder.Services.AddSingleton<TwilioRequestParser>();
        return builder;
    }

    public static IEndpointRouteBuilder MapTwilioChannel(this IEndpointRouteBuilder app)
    {
        app.MapPost(Route, ReceiveAsync).WithName("twilio");
        return app;
    }

    /// <summary>Checks the signature, answers the message and returns the reply as TwiML.</summary>
    public static async Task<IResult> ReceiveAsync(
        HttpRequest request,
        IOptions<TwilioOptions> options,
        IOptions<ChannelOptions> channelOptions,
        TwilioRequestParser parser,
        IConversationEngine engine,
        IDeliveryLedger ledger,
        ILogger<TwilioRequestParser> logger)
    {
        var settings = options.Value;
        if (!settings.IsEnabled)
        {
            return Results.NotFound();
        }

        var cancellationToken = request.HttpContext.RequestAborted;
        var maxBytes = channelOptions.Value.MaxBodyBytes;
        var body = await WebhookBody.ReadAsync(request, maxBytes, cancellationToken);
        if (body is null)
        {
            return WebhookBody.TooLarge(maxBytes);
        }

        var form = ParseForm(body);
        if (settings.ChecksSignatures && !SignatureIsValid(request, settings, form))
        {
            logger.LogWarning("Twilio webhook call with an invalid or missing signature refused");
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        if (!IsForm(request))
        {
            return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        }

        var inbound = parser.Parse(form);
        if (inbound is null)
        {
            return Results.BadRequest("MessageSid, From and To are required.");
        }

        // A retried or replayed MessageSid gets an empty response: Twilio then sends nothing more.
        if (!await ledger.TryClaimAsync("twilio:" + inbound.MessageSid, channelOptions.Value.DeliveryMemory, cancellationToken))
        {
            logger.LogInformation("Twilio message {MessageSid} was already handled; ignored", inbound.MessageSid);
            return TwimlResult([]);
        }

        if (inbound.Message is null)
        {
            return TwimlResult([]);
        }

        var reply = await engine.HandleAsync(inbound.Message, cancellationToken);
        if (reply.IsSilent)
        {
            return TwimlResult([]);
        }

        IReadOnlyList<string> texts = inbound.IsWhatsApp
            ? WhatsAppRenderer.Render(reply)
            : [SmsRenderer.Render(reply, settings.MaxSegments)];
        logger.LogInformation("Twilio {Channel} reply to {UserKey}: {Count} message(s) in {Language}",
            inbound.Message.Channel, inbound.Message.UserKey, texts.Count, reply.Language);
        return TwimlResult(texts);
    }

    private static IResult TwimlResult(IEnumerable<string> texts) => Results.Content(Twiml.Messages(texts), Twiml.ContentType);

    private static bool IsForm(HttpRequest request) =>
        request.ContentType is { } type && type.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    private static Dictionary<string, StringValues> ParseForm(byte[] body) =>
        QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));

    /// <summary>Twilio signs the URL it called, so behind a proxy the public address is what counts.</summary>
    internal static string SignedUrl(HttpRequest request, TwilioOptions settings)
    {
        var baseUrl = string.IsNullOrWhiteSpace(settings.PublicBaseUrl)
            ? request.Scheme + "://" + request.Host
            : settings.PublicBaseUrl.TrimEnd('/');
        return baseUrl + request.PathBase + request.Path + request.QueryString;
    }

    private static bool SignatureIsValid(HttpRequest request, TwilioOptions settings, Dictionary<string, StringValues> form)
    {
        var signature = request.Headers[SignatureHeader].ToString();
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(settings.AuthToken))
        {
            return false;
        }

        var fields = form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        return new RequestValidator(settings.AuthToken).Validate(SignedUrl(request, settings), fields, signature);
    }
}

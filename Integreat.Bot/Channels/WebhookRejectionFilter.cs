using Integreat.Bot.Hosting.Metrics;

namespace Integreat.Bot.Channels;

/// <summary>
/// Counts the webhook requests a channel refuses (<see cref="BotMetrics.WebhookRejected"/>), by the endpoint's name
/// and the status it answered, for every channel route at once: a new channel is counted without a line of its own,
/// and a rising count of refused signatures or malformed bodies shows on <c>/metrics</c> before anyone complains.
/// </summary>
internal sealed class WebhookRejectionFilter(BotMetrics metrics) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var status = result is IStatusCodeHttpResult { StatusCode: { } code } ? code : context.HttpContext.Response.StatusCode;
        if (Reason(status) is { } reason)
        {
            var channel = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
            metrics.WebhookRejected(channel ?? "unknown", reason);
        }

        return result;
    }

    /// <summary>The refusals worth watching; a 404 is a channel that is not switched on, not a refused request.</summary>
    internal static string? Reason(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "malformed",
        StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden => "unauthorized",
        StatusCodes.Status413PayloadTooLarge => "too_large",
        StatusCodes.Status415UnsupportedMediaType => "media_type",
        StatusCodes.Status429TooManyRequests => "busy",
        _ => null,
    };
}

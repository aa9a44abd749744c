namespace Integreat.Bot.Channels;

/// <summary>Reads a webhook body with a size limit, so a huge body is refused before it is buffered.</summary>
internal static class WebhookBody
{
    /// <summary>The body, or null when it is larger than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>413 with a short reason.</summary>
    public static IResult TooLarge(int maxBytes) =>
        Results.Text($"Request body larger than {maxBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
}

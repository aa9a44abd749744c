using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace Integreat.Bot.Channels.BotFramework;

/// <summary>Obtains and caches the token the bot sends replies with (OAuth client credentials for its app id).</summary>
public sealed class BotFrameworkTokenProvider(IHttpClientFactory httpClients, IOptions<BotFrameworkOptions> options, TimeProvider time)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private string? token;
    private DateTimeOffset expires;

    /// <summary>The current token, or null when no app id is configured (the Emulator needs none).</summary>
    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.RequiresAuthentication)
        {
            return null;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            // Renewed five minutes early so a reply never leaves with a token about to expire.
            if (token is not null && time.GetUtcNow() < expires - TimeSpan.FromMinutes(5))
            {
                return token;
            }

            using var request = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = settings.MicrosoftAppId!,
                ["client_secret"] = settings.MicrosoftAppPassword ?? "",
                ["scope"] = settings.TokenScope,
            });
            using var http = httpClients.CreateClient(BotFrameworkOptions.Section);
            using var response = await http.PostAsync(settings.TokenEndpoint, request, cancellationToken);
            response.EnsureSuccessStatusCode();
            var answer = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
                ?? throw new InvalidOperationException("The token endpoint answered without a token.");
            token = answer.AccessToken;
            expires = time.GetUtcNow() + TimeSpan.FromSeconds(answer.ExpiresIn);
            return token;
        }
        finally
        {
            gate.Release();
        }
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}

using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Integreat.Bot.Channels.BotFramework;

/// <summary>Checks the Bearer token the Bot Connector sends: signed with a published key, from the expected issuer,
/// for this bot's app id, unexpired, and issued for the activity's serviceUrl.</summary>
public sealed class BotFrameworkAuthenticator
{
    private readonly BotFrameworkOptions options;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> metadata;
    private readonly JsonWebTokenHandler handler = new();
    private readonly TimeProvider time;

    public BotFrameworkAuthenticator(IOptions<BotFrameworkOptions> options, IHttpClientFactory httpClients, TimeProvider time)
    {
        this.options = options.Value;
        this.time = time;
        var retriever = new HttpDocumentRetriever(httpClients.CreateClient(BotFrameworkOptions.Section))
        {
            RequireHttps = this.options.OpenIdMetadataUrl.StartsWith("https:", StringComparison.OrdinalIgnoreCase),
        };
        metadata = new ConfigurationManager<OpenIdConnectConfiguration>(this.options.OpenIdMetadataUrl, new OpenIdConnectConfigurationRetriever(), retriever);
    }

    /// <summary>True when <paramref name="authorization"/> holds a valid token for an activity from <paramref name="serviceUrl"/>.</summary>
    public async Task<bool> IsAuthorizedAsync(string? authorization, string? serviceUrl, CancellationToken cancellationToken)
    {
        const string scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) || string.IsNullOrEmpty(serviceUrl))
        {
            return false;
        }

        var token = authorization[scheme.Length..].Trim();
        var configuration = await metadata.GetConfigurationAsync(cancellationToken);
        var result = await ValidateAsync(token, configuration);
        if (!result.IsValid && result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // The keys were rolled over since they were fetched: fetch once more.
            metadata.RequestRefresh();
            configuration = await metadata.GetConfigurationAsync(cancellationToken);
            result = await ValidateAsync(token, configuration);
        }

        if (!result.IsValid)
        {
            return false;
        }

        return result.Claims.TryGetValue("serviceurl", out var claimed)
            && claimed is string claimedUrl
            && string.Equals(claimedUrl.TrimEnd('/'), serviceUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
    }

    private Task<TokenValidationResult> ValidateAsync(string token, OpenIdConnectConfiguration configuration) =>
        handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = string.IsNullOrWhiteSpace(options.ValidIssuer) ? configuration.Issuer : options.ValidIssuer,
            ValidAudience = options.MicrosoftAppId,
            IssuerSigningKeys = configuration.SigningKeys,
            ValidateIssuerSigningKey = true,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromMinutes(5),
            LifetimeValidator = (notBefore, expires, _, parameters) => IsCurrent(notBefore, expires, parameters.ClockSkew),
        });

    private bool IsCurrent(DateTime? notBefore, DateTime? expires, TimeSpan skew)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return expires is { } end && end + skew >= now && (notBefore is not { } start || start - skew <= now);
    }
}

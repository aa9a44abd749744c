using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Integreat.Bot.Tests.Channels.Fakes;

/// <summary>A fake of Microsoft's login endpoints: OpenID metadata, a JWKS with one RSA key, tokens signed RS256, and
/// a client-credentials token endpoint.</summary>
internal sealed class FakeIdentityProvider : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.example";
    public const string OutgoingToken = "outgoing-token-for-the-bot";

    private readonly RSA rsa = RSA.Create(2048);
    private readonly RsaSecurityKey key;
    private FakeServer? server;
    private int tokenRequests;

    private FakeIdentityProvider()
    {
        key = new RsaSecurityKey(rsa) { KeyId = "test-key-1" };
    }

    public string MetadataUrl => server!.BaseUrl + "/.well-known/openidconfiguration";

    public string TokenEndpoint => server!.BaseUrl + "/token";

    public int TokenRequests => tokenRequests;

    public static async Task<FakeIdentityProvider> StartAsync()
    {
        var fake = new FakeIdentityProvider();
        fake.server = await FakeServer.StartAsync(app =>
        {
            app.MapGet("/.well-known/openidconfiguration", () => Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = Issuer,
                ["jwks_uri"] = fake.server!.BaseUrl + "/keys",
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            }));
            app.MapGet("/keys", () =>
            {
                var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(fake.rsa.ExportParameters(false)) { KeyId = fake.key.KeyId });
                return Results.Json(new { keys = new[] { new { kty = "RSA", use = "sig", kid = jwk.Kid, n = jwk.N, e = jwk.E, alg = "RS256" } } });
            });
            app.MapPost("/token", async (HttpRequest request) =>
            {
                var form = await request.ReadFormAsync();
                Interlocked.Increment(ref fake.tokenRequests);
                return form["grant_type"] == "client_credentials" && form["client_id"] == "app-1" && form["client_secret"] == "secret-1"
                    ? Results.Json(new { token_type = "Bearer", expires_in = 3600, access_token = OutgoingToken })
                    : Results.BadRequest();
            });
        });
        return fake;
    }

    /// <summary>A token as the Bot Connector sends it; each argument can be spoiled for a negative test.</summary>
    public string CreateToken(string audience, string serviceUrl, DateTime? expires = null, string issuer = Issuer, SecurityKey? signingKey = null)
    {
        var end = expires ?? DateTime.UtcNow.AddMinutes(30);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
            NotBefore = end.AddHours(-1),
            IssuedAt = end.AddHours(-1),
            Expires = end,
            SigningCredentials = new SigningCredentials(signingKey ?? key, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        rsa.Dispose();
    }
}

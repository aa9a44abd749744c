using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Integreat.Bot.Tests.Channels.Fakes;
using Microsoft.IdentityModel.Tokens;

namespace Integreat.Bot.Tests.Channels.BotFramework;

/// <summary>With an app id: incoming tokens are checked against a fake OpenID/JWKS, replies carry the bot's own token.</summary>
public sealed class BotFrameworkAuthenticationTests : IAsyncLifetime
{
    private const string AppId = "app-1";
    private readonly ScriptedEngine engine = new();
    private FakeIdentityProvider identity = null!;
    private FakeServiceUrl service = null!;
    private ChannelTestHost host = null!;

    public async Task InitializeAsync()
    {
        identity = await FakeIdentityProvider.StartAsync();
        service = await FakeServiceUrl.StartAsync();
        host = await ChannelTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["BotFramework:MicrosoftAppId"] = AppId,
            ["BotFramework:MicrosoftAppPassword"] = "secret-1",
            ["BotFramework:OpenIdMetadataUrl"] = identity.MetadataUrl,
            ["BotFramework:ValidIssuer"] = FakeIdentityProvider.Issuer,
            ["BotFramework:TokenEndpoint"] = identity.TokenEndpoint,
        }, engine);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await service.DisposeAsync();
        await identity.DisposeAsync();
    }

    private Task<HttpResponseMessage> PostAsync(JsonObject activity, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return host.Client.SendAsync(request);
    }

    [Fact]
    public async Task ValidToken_IsAccepted_AndRepliesCarryTheBotsCachedToken()
    {
        var token = identity.CreateToken(AppId, service.BaseUrl);

        var first = await PostAsync(Activities.Message(service.BaseUrl, Activities.NewConversationId(), "Kita"), token);
        var second = await PostAsync(Activities.Message(service.BaseUrl, Activities.NewConversationId(), "Schule", "uk-UA"), token);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(2, service.Posted.Count);
        Assert.All(service.Posted, p => Assert.Equal("Bearer " + FakeIdentityProvider.OutgoingToken, p.Authorization));
        Assert.Equal(1, identity.TokenRequests);
    }

    [Fact]
    public async Task MissingToken_Is401()
    {
        var response = await PostAsync(Activities.Message(service.BaseUrl, Activities.NewConversationId(), "Kita"), null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(engine.Received);
    }

    public static TheoryData<string> SpoiledTokens => new() { "audience", "expired", "serviceurl", "issuer", "key", "garbage" };

    [Theory]
    [MemberData(nameof(SpoiledTokens))]
    public async Task SpoiledToken_Is401(string spoiled)
    {
        using var otherKey = RSA.Create(2048);
        var token = spoiled switch
        {
            "audience" => identity.CreateToken("another-app", service.BaseUrl),
            "expired" => identity.CreateToken(AppId, service.BaseUrl, expires: DateTime.UtcNow.AddHours(-1)),
            "serviceurl" => identity.CreateToken(AppId, "https://elsewhere.example"),
            "issuer" => identity.CreateToken(AppId, service.BaseUrl, issuer: "https://evil.example"),
            "key" => identity.CreateToken(AppId, service.BaseUrl, signingKey: new RsaSecurityKey(otherKey) { KeyId = "test-key-1" }),
            _ => "not.a.jwt",
        };

        var response = await PostAsync(Activities.Message(service.BaseUrl, Activities.NewConversationId(), "Kita"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(engine.Received);
        Assert.Empty(service.Posted);
    }
}

using System.Net;
using System.Text;
using System.Xml.Linq;
using Integreat.Bot.Channels.Twilio;
using Microsoft.Extensions.Options;

namespace Integreat.Bot.Tests.Channels.Twilio;

public sealed class TwilioEndpointTests : IAsyncLifetime
{
    private const string Token = "test-auth-token";
    private const string PublicUrl = "https://bot.example.org/api/twilio";
    private readonly ScriptedEngine engine = new();
    private ChannelTestHost host = null!;

    public async Task InitializeAsync() => host = await ChannelTestHost.StartAsync(new Dictionary<string, string?>
    {
        ["Twilio:AuthToken"] = Token,
        ["Twilio:PublicBaseUrl"] = "https://bot.example.org",
    }, engine);

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    private static Dictionary<string, string> Inbound(string body, bool whatsApp = false)
    {
        var prefix = whatsApp ? "whatsapp:" : "";
        return new Dictionary<string, string>
        {
            ["MessageSid"] = "SM" + Guid.NewGuid().ToString("N"),
            ["AccountSid"] = "AC0000",
            ["From"] = prefix + "+4915112345678",
            ["To"] = prefix + "+4930123456",
            ["Body"] = body,
            ["NumMedia"] = "0",
        };
    }

    private Task<HttpResponseMessage> PostAsync(Dictionary<string, string> fields, string? signature = null, string contentType = "application/x-www-form-urlencoded")
    {
        var body = string.Join("&", fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));
        return PostRawAsync(body, signature ?? TwilioSigning.Sign(Token, PublicUrl, fields), contentType);
    }

    private Task<HttpResponseMessage> PostRawAsync(string body, string? signature, string contentType = "application/x-www-form-urlencoded")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/twilio") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        if (signature is not null)
        {
            request.Headers.Add("X-Twilio-Signature", signature);
        }

        return host.Client.SendAsync(request);
    }

    private static async Task<IReadOnlyList<string>> MessagesAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType!.MediaType);
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Response", document.Root!.Name.LocalName);
        Assert.All(document.Root.Elements(), e => Assert.Equal("Message", e.Name.LocalName));
        return document.Root.Elements().Select(e => e.Value).ToList();
    }

    [Theory]
    [InlineData("Wo kann ich Deutsch lernen?", "de", SmsAlphabet.Gsm7)]
    [InlineData("أين يمكنني تعلم الألمانية؟", "ar", SmsAlphabet.Ucs2)]
    [InlineData("Де можна вивчати німецьку?", "uk", SmsAlphabet.Ucs2)]
    public async Task Sms_IsAnsweredInOnePlainMessage_WithinThreeSegments(string question, string language, SmsAlphabet alphabet)
    {
        engine.Sentences = 25;

        var messages = await MessagesAsync(await PostAsync(Inbound(question)));

        var sms = Assert.Single(messages);
        Assert.StartsWith(ScriptedEngine.Languages[language].Title, sms);
        Assert.EndsWith(ScriptedEngine.Languages[language].Labels.MoreHint, sms);
        var count = SmsEncoding.Count(sms, SmsEncoding.AlphabetFor(sms, language));
        Assert.Equal(alphabet, count.Alphabet);
        Assert.InRange(count.Segments, 1, 3);
        Assert.Equal("sms", Assert.Single(engine.Received).Channel);
        Assert.Equal("+4930123456", engine.Received[0].ReceivingAddress);
        Assert.DoesNotContain("4915112345678", engine.Received[0].UserKey);
    }

    [Fact]
    public async Task Sms_ShortReply_HasNumberedChoices()
    {
        var messages = await MessagesAsync(await PostAsync(Inbound("Kita")));

        var sms = Assert.Single(messages);
        Assert.Contains("\n1. ", sms);
        Assert.Contains("\n2. ", sms);
        Assert.Contains("https://integreat.example/beispielstadt/de/kurse?a=1&b=2", sms);
    }

    [Fact]
    public async Task WhatsApp_IsBold_Numbered_AndSplitAt1600()
    {
        engine.Sentences = 60;

        var messages = await MessagesAsync(await PostAsync(Inbound("Wo kann ich Deutsch lernen?", whatsApp: true)));

        Assert.True(messages.Count >= 2);
        Assert.All(messages, m => Assert.InRange(m.Length, 1, 1600));
        Assert.StartsWith("*" + ScriptedEngine.Languages["de"].Title + "*", messages[0]);
        Assert.Contains("\n1. ", messages[^1]);
        Assert.Equal("whatsapp", Assert.Single(engine.Received).Channel);
    }

    [Fact]
    public async Task RepeatedMessageSid_GetsAnEmptyResponse_EvenWithAnotherBody()
    {
        var fields = Inbound("Arzt");
        var first = await MessagesAsync(await PostAsync(fields));

        var again = await MessagesAsync(await PostAsync(fields));
        fields["Body"] = "Arzt (2)";
        var probe = await MessagesAsync(await PostAsync(fields));

        Assert.NotEmpty(first);
        Assert.Empty(again);
        Assert.Empty(probe);
        Assert.Single(engine.Received);
    }

    public static TheoryData<string> BadSignatures => new() { "wrong-token", "tampered", "http-url", "missing" };

    [Theory]
    [MemberData(nameof(BadSignatures))]
    public async Task InvalidSignature_Is403(string kind)
    {
        var fields = Inbound("Hallo");
        var signature = kind switch
        {
            "wrong-token" => TwilioSigning.Sign("other-token", PublicUrl, fields),
            "tampered" => TwilioSigning.Sign(Token, PublicUrl, new Dictionary<string, string>(fields) { ["Body"] = "Hallo!" }),
            "http-url" => TwilioSigning.Sign(Token, "http://bot.example.org/api/twilio", fields),
            _ => "",
        };

        var response = await PostAsync(fields, signature);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(engine.Received);
    }

    [Fact]
    public async Task MissingFields_Are400()
    {
        var fields = new Dictionary<string, string> { ["AccountSid"] = "AC0000", ["ApiVersion"] = "2010-04-01" };

        var response = await PostAsync(fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task EmptyBody_Is4xx()
    {
        var response = await PostRawAsync("", TwilioSigning.Sign(Token, PublicUrl, new Dictionary<string, string>()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task JsonBody_Is4xx()
    {
        var response = await PostRawAsync("{\"Body\":\"Hallo\"}", TwilioSigning.Sign(Token, PublicUrl, new Dictionary<string, string>()), "application/json");

        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    [Fact]
    public async Task OversizedBody_Is413()
    {
        var response = await PostAsync(Inbound(new string('a', 300 * 1024)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task MediaWithoutText_Gets200AndValidTwiml()
    {
        var fields = Inbound("", whatsApp: true);
        fields["NumMedia"] = "1";
        fields["MediaUrl0"] = "https://api.twilio.example/media/ME1";

        var messages = await MessagesAsync(await PostAsync(fields));

        Assert.Empty(messages);
        Assert.Empty(engine.Received);
    }

    [Fact]
    public async Task WithoutAuthToken_TheHostRefusesToStart_UnlessUnsignedRequestsAreAllowed()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => ChannelTestHost.StartAsync(
            new Dictionary<string, string?> { ["Twilio:PublicBaseUrl"] = "https://bot.example.org" }, new ScriptedEngine()));
        Assert.Contains("Twilio:AuthToken", error.Message);

        var devEngine = new ScriptedEngine();
        await using var dev = await ChannelTestHost.StartAsync(new Dictionary<string, string?> { ["Twilio:AllowUnsigned"] = "true" }, devEngine);
        var body = "MessageSid=SM1&From=%2B4915100000000&To=%2B4930000000&Body=Kita";
        var response = await dev.Client.PostAsync("/api/twilio", new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(devEngine.Received);
    }
}

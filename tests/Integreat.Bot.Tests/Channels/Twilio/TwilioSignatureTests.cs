using System.Security.Cryptography;
using System.Text;
using Twilio.Security;

namespace Integreat.Bot.Tests.Channels.Twilio;

/// <summary>The signature scheme the endpoint relies on, pinned with Twilio's documented example and our own vector.</summary>
public class TwilioSignatureTests
{
    private static readonly Dictionary<string, string> DocumentedParameters = new()
    {
        ["CallSid"] = "CA1234567890ABCDE",
        ["Caller"] = "+12349013030",
        ["Digits"] = "1234",
        ["From"] = "+12349013030",
        ["To"] = "+18005551212",
    };

    [Fact]
    public void TwilioDocumentedExample_Validates()
    {
        var validator = new RequestValidator("12345");

        Assert.True(validator.Validate("https://mycompany.com/myapp.php?foo=1&bar=2", DocumentedParameters, "0/KCTR6DLpKmkAf8muzZqo1nDgQ="));
        Assert.False(validator.Validate("http://mycompany.com/myapp.php?foo=1&bar=2", DocumentedParameters, "0/KCTR6DLpKmkAf8muzZqo1nDgQ="));
    }

    [Fact]
    public void OwnVector_MatchesAnIndependentHmac()
    {
        var parameters = new Dictionary<string, string> { ["Body"] = "Wo kann ich Deutsch lernen? ä€", ["From"] = "+4915100000001", ["MessageSid"] = "SM0001", ["To"] = "+4930000000" };
        var signature = TwilioSigning.Sign("tok-1", "https://bot.example.org/api/twilio", parameters);

        Assert.True(new RequestValidator("tok-1").Validate("https://bot.example.org/api/twilio", parameters, signature));
        Assert.False(new RequestValidator("tok-2").Validate("https://bot.example.org/api/twilio", parameters, signature));
    }
}

/// <summary>Signs like Twilio: HMAC-SHA1 over the URL and the sorted fields, Base64.</summary>
internal static class TwilioSigning
{
    public static string Sign(string authToken, string url, IReadOnlyDictionary<string, string> fields)
    {
        var data = new StringBuilder(url);
        foreach (var (key, value) in fields.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            data.Append(key).Append(value);
        }

        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString())));
    }
}

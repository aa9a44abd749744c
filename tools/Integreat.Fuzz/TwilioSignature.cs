using System.Security.Cryptography;
using System.Text;

namespace Integreat.Fuzz;

/// <summary>Twilio's webhook signature: HMAC-SHA1, keyed by the auth token, over the URL followed by every form field's name and value in ordinal order of the names; base64.</summary>
public static class TwilioSignature
{
    public static string Compute(string authToken, string url, IEnumerable<KeyValuePair<string, string>> form)
    {
        var data = new StringBuilder(url);
        foreach (var (key, value) in form.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            data.Append(key).Append(value);
        }

        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString())));
    }
}

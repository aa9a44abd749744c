namespace Integreat.Fuzz.Payloads;

/// <summary>Twilio SMS and WhatsApp webhooks (<c>POST /api/twilio</c>, form-urlencoded), signed, unsigned and wrongly signed.</summary>
/// <param name="authToken">Signs the "signed" kinds; without it every payload goes unsigned.</param>
/// <param name="publicBaseUrl">The base URL the server validates signatures against (<c>Twilio:PublicBaseUrl</c>).</param>
public sealed class TwilioPayloads(string? authToken, string publicBaseUrl) : PayloadSource
{
    private const string Form = "application/x-www-form-urlencoded";

    public override string Route => "/api/twilio";

    public override IReadOnlyList<string> Kinds { get; } =
        ["signed-sms", "signed-whatsapp", "signed-missing-fields", "signed-huge-body", "signed-odd-values", "unsigned", "wrong-signature",
         "bad-percent-encoding", "invalid-utf8", "duplicate-keys", "json-body", "wrong-content-type", "empty-body", "oversized-body", "random-bytes"];

    protected override FuzzPayload Make(string kind, Random random)
    {
        var fields = Message(random, whatsapp: kind == "signed-whatsapp");
        switch (kind)
        {
            case "signed-missing-fields":
                for (var n = random.Next(1, 4); n > 0 && fields.Count > 0; n--)
                {
                    fields.RemoveAt(random.Next(fields.Count));
                }

                break;
            case "signed-huge-body":
                Set(fields, "Body", Garbage.Huge(random, random.Next(2_000, 100_000)));
                break;
            case "signed-odd-values":
                Set(fields, random.Next(3) switch { 0 => "From", 1 => "To", _ => "NumMedia" },
                    random.Next(4) switch { 0 => "", 1 => "whatsapp:", 2 => "+" + new string('9', 400), _ => Garbage.Text(random) });
                break;
        }

        return kind switch
        {
            "signed-sms" or "signed-whatsapp" or "signed-missing-fields" or "signed-huge-body" or "signed-odd-values" =>
                Payload(kind, Encode(fields), Form, Sign(fields)),
            "unsigned" => Payload(kind, Encode(fields), Form),
            "wrong-signature" => Payload(kind, Encode(fields), Form,
                new KeyValuePair<string, string>("X-Twilio-Signature", random.Next(2) == 0 ? Convert.ToBase64String(Garbage.Bytes(random, 20))
                    : Garbage.Ascii(random, random.Next(1, 300)))),
            "bad-percent-encoding" => Payload(kind, Encode(fields) + random.Next(3) switch { 0 => "&Body=%ZZ%", 1 => "&%=%%", _ => "&Body=100%" }, Form, Sign(fields)),
            "invalid-utf8" => Payload(kind, Garbage.InvalidUtf8(random, Encode(fields)), Form, Sign(fields)),
            "duplicate-keys" => Payload(kind, Encode(fields) + "&Body=" + Uri.EscapeDataString(Garbage.Text(random)) + "&From=", Form, Sign(fields)),
            "json-body" => Payload(kind, JsonTree.Serialize(fields.ToDictionary(p => p.Key, p => (object?)p.Value)), "application/json", Sign(fields)),
            "wrong-content-type" => Payload(kind, Encode(fields), Garbage.WrongContentType(random), Sign(fields)),
            "empty-body" => Payload(kind, [], random.Next(2) == 0 ? Form : null, Sign([])),
            "oversized-body" => Payload(kind, Encode([.. fields, new("Body", Garbage.Huge(random, random.Next(OversizedMin, 1_200_000)))]), Form),
            "random-bytes" => Payload(kind, Garbage.Bytes(random, random.Next(1, 4096)), Form, Sign(fields)),
            _ => throw new InvalidOperationException($"unknown kind {kind}"),
        };
    }

    private static List<KeyValuePair<string, string>> Message(Random random, bool whatsapp)
    {
        var from = "+4915" + random.NextInt64(100_000_000, 999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return
        [
            new("MessageSid", "SM" + Convert.ToHexString(Garbage.Bytes(random, 16)).ToLowerInvariant()),
            new("AccountSid", "AC" + new string('0', 32)),
            new("From", whatsapp ? "whatsapp:" + from : from),
            new("To", whatsapp ? "whatsapp:+4930000000" : "+4930000000"),
            new("Body", Garbage.Text(random)),
            new("NumMedia", "0"),
        ];
    }

    private static void Set(List<KeyValuePair<string, string>> fields, string key, string value)
    {
        fields.RemoveAll(p => p.Key == key);
        fields.Add(new(key, value));
    }

    private static string Encode(IEnumerable<KeyValuePair<string, string>> fields) =>
        string.Join('&', fields.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));

    private KeyValuePair<string, string>[] Sign(List<KeyValuePair<string, string>> fields) =>
        authToken is null ? [] : [new("X-Twilio-Signature", TwilioSignature.Compute(authToken, publicBaseUrl.TrimEnd('/') + Route, fields))];
}

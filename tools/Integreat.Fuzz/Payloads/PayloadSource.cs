using System.Text;

namespace Integreat.Fuzz.Payloads;

/// <summary>Makes the payloads for one webhook route.</summary>
/// <remarks>Payload <c>i</c> is of kind <c>i mod kinds</c>, so every kind is sent about equally often; the random source varies the rest.</remarks>
public abstract class PayloadSource
{
    /// <summary>Bodies above the 256 KiB every channel accepts.</summary>
    protected const int OversizedMin = 300 * 1024;

    public abstract string Route { get; }

    /// <summary>The names of the kinds of payload this source makes.</summary>
    public abstract IReadOnlyList<string> Kinds { get; }

    public FuzzPayload Next(Random random, int index) => Make(Kinds[index % Kinds.Count], random);

    protected abstract FuzzPayload Make(string kind, Random random);

    protected FuzzPayload Payload(string kind, byte[] body, string? contentType, params KeyValuePair<string, string>[] headers) =>
        new(Route, kind, body, contentType, headers);

    protected FuzzPayload Payload(string kind, string body, string? contentType, params KeyValuePair<string, string>[] headers) =>
        Payload(kind, Encoding.UTF8.GetBytes(body), contentType, headers);

    /// <summary>Kinds every JSON route gets, whatever its schema.</summary>
    protected static readonly string[] JsonDamage =
        ["wrong-types", "missing-fields", "huge-string", "deep-nesting", "invalid-utf8", "wrong-content-type", "empty-body",
         "oversized-body", "random-bytes", "truncated-json", "not-an-object"];

    /// <summary>Applies a kind of <see cref="JsonDamage"/> to a valid document, or returns null for kinds of the route's own.</summary>
    protected FuzzPayload? Damage(string kind, Random random, Func<Dictionary<string, object?>> valid, params KeyValuePair<string, string>[] headers)
    {
        const string json = "application/json";
        switch (kind)
        {
            case "wrong-types":
                {
                    var doc = valid();
                    JsonTree.BreakTypes(random, doc);
                    return Payload(kind, JsonTree.Serialize(doc), json, headers);
                }

            case "missing-fields":
                {
                    var doc = valid();
                    JsonTree.RemoveFields(random, doc);
                    return Payload(kind, JsonTree.Serialize(doc), json, headers);
                }

            case "huge-string":
                {
                    var doc = valid();
                    JsonTree.Inflate(random, doc, random.Next(10_000, 200_000));
                    return Payload(kind, JsonTree.Serialize(doc), json, headers);
                }

            case "deep-nesting":
                {
                    var deep = Garbage.DeepJson(random, random.Next(100, 20_000));
                    var text = Encoding.UTF8.GetString(JsonTree.Serialize(valid()));
                    return Payload(kind, text[..^1] + ",\"deep\":" + deep + "}", json, headers);
                }

            case "invalid-utf8":
                return Payload(kind, Garbage.InvalidUtf8(random, Encoding.UTF8.GetString(JsonTree.Serialize(valid()))), json, headers);
            case "wrong-content-type":
                return Payload(kind, JsonTree.Serialize(valid()), Garbage.WrongContentType(random), headers);
            case "empty-body":
                return Payload(kind, [], random.Next(2) == 0 ? json : null, headers);
            case "oversized-body":
                {
                    var doc = valid();
                    JsonTree.Inflate(random, doc, random.Next(OversizedMin, 1_200_000));
                    return Payload(kind, JsonTree.Serialize(doc), json, headers);
                }

            case "random-bytes":
                return Payload(kind, Garbage.Bytes(random, random.Next(1, 4096)), json, headers);
            case "truncated-json":
                return Payload(kind, Garbage.Truncate(random, Encoding.UTF8.GetString(JsonTree.Serialize(valid()))), json, headers);
            case "not-an-object":
                return Payload(kind, random.Next(5) switch { 0 => "null", 1 => "[]", 2 => "\"text\"", 3 => "42", _ => "[{\"update_id\":1}]" }, json, headers);
            default:
                return null;
        }
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;

namespace Integreat.Fuzz.Payloads;

/// <summary>Mutations of a JSON document held as nested dictionaries and lists.</summary>
internal static class JsonTree
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Serialize(object? value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    /// <summary>Removes one to three random keys anywhere in the tree.</summary>
    public static void RemoveFields(Random random, Dictionary<string, object?> root)
    {
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var target = PickObject(random, root);
            if (target.Count > 0)
            {
                target.Remove(target.Keys.ElementAt(random.Next(target.Count)));
            }
        }
    }

    /// <summary>Gives one to three random fields anywhere in the tree a value of the wrong type.</summary>
    public static void BreakTypes(Random random, Dictionary<string, object?> root)
    {
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var target = PickObject(random, root);
            if (target.Count > 0)
            {
                target[target.Keys.ElementAt(random.Next(target.Count))] = Garbage.WrongType(random);
            }
        }
    }

    /// <summary>Replaces one random string field with a huge string.</summary>
    public static void Inflate(Random random, Dictionary<string, object?> root, int length)
    {
        var target = PickObject(random, root);
        var keys = target.Where(p => p.Value is string).Select(p => p.Key).ToList();
        var key = keys.Count > 0 ? keys[random.Next(keys.Count)] : "text";
        target[key] = Garbage.Huge(random, length);
    }

    private static Dictionary<string, object?> PickObject(Random random, Dictionary<string, object?> root)
    {
        var current = root;
        while (random.Next(3) != 0)
        {
            var children = current.Values.OfType<Dictionary<string, object?>>().ToList();
            if (children.Count == 0)
            {
                break;
            }

            current = children[random.Next(children.Count)];
        }

        return current;
    }
}

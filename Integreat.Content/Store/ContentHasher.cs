using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Integreat.Content.Model;

namespace Integreat.Content.Store;

/// <summary>Hashes the content of one region and language, so that unchanged content can be recognised.</summary>
public static class ContentHasher
{
    /// <summary>The one JSON form of <see cref="LanguageContent"/>: what is hashed, and what the SQLite store keeps.</summary>
    /// <remarks>Non-ASCII text is written as is, not as <c>\uXXXX</c> escapes: Arabic or Ukrainian content stays half the size.</remarks>
    internal static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new TranslationLinksConverter() },
    };

    public static string Hash(LanguageContent content) => Hash(Serialize(content));

    internal static byte[] Serialize(LanguageContent content) => JsonSerializer.SerializeToUtf8Bytes(content, Options);

    internal static string Hash(byte[] serialized) => Convert.ToHexStringLower(SHA256.HashData(serialized));

    internal static LanguageContent Deserialize(ReadOnlySpan<byte> serialized) =>
        JsonSerializer.Deserialize<LanguageContent>(serialized, Options)
        ?? throw new InvalidDataException("stored content is JSON null");
}

/// <summary>Reads translation links back with the case-insensitive keys the parser gives them (<c>"AR"</c> finds <c>"ar"</c>).</summary>
internal sealed class TranslationLinksConverter : JsonConverter<IReadOnlyDictionary<string, TranslationLink>>
{
    public override IReadOnlyDictionary<string, TranslationLink> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var links = JsonSerializer.Deserialize<Dictionary<string, TranslationLink>>(ref reader, options) ?? [];
        return new Dictionary<string, TranslationLink>(links, StringComparer.OrdinalIgnoreCase);
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, TranslationLink> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (code, link) in value)
        {
            writer.WritePropertyName(code);
            JsonSerializer.Serialize(writer, link, options);
        }

        writer.WriteEndObject();
    }
}

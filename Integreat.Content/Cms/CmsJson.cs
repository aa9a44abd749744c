using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Integreat.Content.Cms;

/// <summary>The one place that knows how the CMS writes JSON.</summary>
internal static class CmsJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = true,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };
}

/// <summary>Coordinates arrive as numbers, as strings, or as empty strings.</summary>
internal sealed class LenientDoubleConverter : JsonConverter<double?>
{
    public override double? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Number => reader.GetDouble(),
            JsonTokenType.String when double.TryParse(reader.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            _ => SkipAndReturnNull(ref reader),
        };

    private static double? SkipAndReturnNull(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return null;
    }

    public override void Write(Utf8JsonWriter writer, double? value, JsonSerializerOptions options)
    {
        if (value is { } d)
        {
            writer.WriteNumberValue(d);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

using System.Text.Json;
using Integreat.Content.Model;

namespace Integreat.Search.Indexing;

/// <summary>What an event document carries to build an <see cref="EventHit"/> without the content store.</summary>
internal sealed record EventPayload(int Id, string Title, string Url, EventSchedule Schedule, string? Location);

/// <summary>What a location document carries to build a <see cref="ContactHit"/> without the content store.</summary>
internal sealed record LocationPayload(int Id, string Title, string? Address, OpeningHours? OpeningHours, bool TemporarilyClosed, IReadOnlyList<Contact> Contacts);

internal static class Payloads
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General);

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidDataException("An index payload is empty.");
}

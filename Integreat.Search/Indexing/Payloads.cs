using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Integreat.Content.Model;
using Lucene.Net.Index;

namespace Integreat.Search.Indexing;

/// <summary>What an event document carries to build an <see cref="EventHit"/> without the content store.</summary>
internal sealed record EventPayload(int Id, string Title, string Url, EventSchedule Schedule, string? Location);

/// <summary>What a location document carries to build a <see cref="ContactHit"/> without the content store.</summary>
internal sealed record LocationPayload(int Id, string Title, string? Address, OpeningHours? OpeningHours, bool TemporarilyClosed, IReadOnlyList<Contact> Contacts);

internal static class Payloads
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General);

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>Per reader (readers never change): payloads already read, by document number.</summary>
    private static readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<int, object>> Cache = new();

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidDataException("An index payload is empty.");

    /// <summary>
    /// The payload of a document, read and parsed once per reader: the same few events and locations match question
    /// after question, and reading a stored field means decompressing its whole block.
    /// </summary>
    public static T Of<T>(IndexReader reader, int doc)
        where T : class =>
        (T)Cache.GetValue(reader, _ => new ConcurrentDictionary<int, object>())
            .GetOrAdd(doc, d => Read<T>(reader.Document(d).Get(IndexSchema.Payload)));
}

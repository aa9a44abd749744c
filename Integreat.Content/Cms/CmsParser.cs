using System.Globalization;
using System.Net;
using System.Text.Json;
using Integreat.Content.Model;

namespace Integreat.Content.Cms;

/// <summary>Reads CMS API v3 JSON into the domain model, strictly where data would be unusable and leniently elsewhere.</summary>
/// <remarks>
/// An item without an id or title makes the whole response invalid, so that an import never half-succeeds; unknown
/// fields are ignored and missing optional fields become null.
/// </remarks>
public static class CmsParser
{
    public static IReadOnlyList<Region> ParseRegions(Stream json, string source)
    {
        var dtos = Deserialize<List<RegionDto?>>(json, source);
        var regions = new List<Region>(dtos.Count);
        for (var i = 0; i < dtos.Count; i++)
        {
            var dto = dtos[i] ?? throw new CmsFormatException(source, $"region #{i} is null");
            var slug = dto.Path ?? dto.Slug;
            if (string.IsNullOrWhiteSpace(slug))
            {
                throw new CmsFormatException(source, $"region #{i} has no path (slug)");
            }

            var languages = (dto.Languages ?? []).Select((l, j) => MapLanguage(l, source, j)).ToList();
            regions.Add(new Region(slug.Trim('/'), dto.Name ?? slug, languages));
        }

        return regions;
    }

    public static IReadOnlyList<Language> ParseLanguages(Stream json, string source) =>
        Deserialize<List<LanguageDto?>>(json, source).Select((l, i) => MapLanguage(l, source, i)).ToList();

    public static IReadOnlyList<Page> ParsePages(Stream json, string region, string language, string source)
    {
        var dtos = Deserialize<List<PageDto?>>(json, source);
        var pages = new List<Page>(dtos.Count);
        for (var i = 0; i < dtos.Count; i++)
        {
            var dto = dtos[i] ?? throw new CmsFormatException(source, $"page #{i} is null");
            var (id, title) = Require(dto, "page", i, source);
            var parentPath = string.IsNullOrEmpty(dto.Parent?.Path) ? null : dto.Parent!.Path;
            var parentId = dto.Parent?.Id is > 0 ? dto.Parent.Id : null;
            pages.Add(new Page(
                id, region, language, dto.Url ?? "", dto.Path ?? "", title, dto.Content ?? "", DecodeExcerpt(dto.Excerpt),
                parentId, parentPath, dto.Order ?? 0, ParseDate(dto.LastUpdated), MapLinks(dto.AvailableLanguages)));
        }

        return pages;
    }

    public static IReadOnlyList<Event> ParseEvents(Stream json, string region, string language, string source)
    {
        var dtos = Deserialize<List<EventDto?>>(json, source);
        var events = new List<Event>(dtos.Count);
        for (var i = 0; i < dtos.Count; i++)
        {
            var dto = dtos[i] ?? throw new CmsFormatException(source, $"event #{i} is null");
            var (id, title) = Require(dto, "event", i, source);
            var start = ParseDate(dto.Event?.Start)
                ?? throw new CmsFormatException(source, $"event #{i} (id {id}) has no valid event.start");
            var schedule = new EventSchedule(
                start,
                ParseDate(dto.Event?.End),
                dto.Event?.AllDay ?? false,
                string.IsNullOrWhiteSpace(dto.Event?.Timezone) ? "Europe/Berlin" : dto.Event!.Timezone!,
                string.IsNullOrWhiteSpace(dto.RecurrenceRule) ? null : dto.RecurrenceRule);
            events.Add(new Event(
                id, region, language, dto.Url ?? "", dto.Path ?? "", title, dto.Content ?? "", DecodeExcerpt(dto.Excerpt),
                schedule, MapPlace(dto.Location), ParseDate(dto.LastUpdated), MapLinks(dto.AvailableLanguages)));
        }

        return events;
    }

    public static IReadOnlyList<Location> ParseLocations(Stream json, string region, string language, string source)
    {
        var dtos = Deserialize<List<PoiDto?>>(json, source);
        var locations = new List<Location>(dtos.Count);
        for (var i = 0; i < dtos.Count; i++)
        {
            var dto = dtos[i] ?? throw new CmsFormatException(source, $"location #{i} is null");
            var (id, title) = Require(dto, "location", i, source);
            var contacts = (dto.Contacts ?? []).Where(c => c is not null).Select(c => new Contact(
                Blank(c!.AreaOfResponsibility), Blank(c.Name), Blank(c.Email), Blank(c.PhoneNumber), Blank(c.MobileNumber),
                Blank(c.Website), MapHours(c.OpeningHours), Blank(c.AppointmentUrl))).ToList();
            // Older CMS versions have only the top-level fields; keep them as an unnamed contact.
            if (contacts.Count == 0 && (Blank(dto.Email) ?? Blank(dto.PhoneNumber) ?? Blank(dto.Website)) is not null)
            {
                contacts.Add(new Contact(null, null, Blank(dto.Email), Blank(dto.PhoneNumber), null, Blank(dto.Website), null, Blank(dto.AppointmentUrl)));
            }

            locations.Add(new Location(
                id, region, language, dto.Url ?? "", dto.Path ?? "", title, dto.Content ?? "", DecodeExcerpt(dto.Excerpt),
                CategoryName(dto.Category), MapPlace(dto.Location), MapHours(dto.OpeningHours), dto.TemporarilyClosed ?? false,
                contacts, ParseDate(dto.LastUpdated), MapLinks(dto.AvailableLanguages)));
        }

        return locations;
    }

    private static T Deserialize<T>(Stream json, string source)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, CmsJson.Options)
                ?? throw new CmsFormatException(source, "the document is JSON null, expected a list");
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, position {e.BytePositionInLine + 1}" : "";
            throw new CmsFormatException(source, $"invalid JSON{where}: {FirstSentence(e.Message)}", e);
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private static (int Id, string Title) Require(TranslationDto dto, string kind, int index, string source)
    {
        if (dto.Id is not { } id)
        {
            throw new CmsFormatException(source, $"{kind} #{index} has no id");
        }

        if (dto.Title is null)
        {
            throw new CmsFormatException(source, $"{kind} #{index} (id {id}) has no title");
        }

        return (id, WebUtility.HtmlDecode(dto.Title).Trim());
    }

    private static Language MapLanguage(LanguageDto? dto, string source, int index)
    {
        if (dto?.Code is not { Length: > 0 } code)
        {
            throw new CmsFormatException(source, $"language #{index} has no code");
        }

        return new Language(code, dto.Bcp47Tag ?? code, dto.NativeName ?? code, ParseDirection(dto.Dir));
    }

    /// <summary>The CMS writes <c>rtl</c> in newer and <c>RIGHT_TO_LEFT</c> in older responses.</summary>
    internal static TextDirection ParseDirection(string? dir) =>
        dir?.Trim().ToUpperInvariant() switch
        {
            "RTL" or "RIGHT_TO_LEFT" => TextDirection.RightToLeft,
            _ => TextDirection.LeftToRight,
        };

    private static Dictionary<string, TranslationLink> MapLinks(Dictionary<string, LinkDto?>? links)
    {
        var result = new Dictionary<string, TranslationLink>(StringComparer.OrdinalIgnoreCase);
        foreach (var (code, link) in links ?? [])
        {
            if (link?.Id is { } id)
            {
                result[code] = new TranslationLink(id, link.Url ?? "", link.Path ?? "");
            }
        }

        return result;
    }

    private static Address? MapPlace(LocationPlaceDto? dto)
    {
        if (dto is null || (Blank(dto.Name) ?? Blank(dto.Address) ?? Blank(dto.Town) ?? Blank(dto.Postcode)) is null)
        {
            return null;
        }

        return new Address(Blank(dto.Name), Blank(dto.Address), Blank(dto.Postcode), Blank(dto.Town), dto.Latitude, dto.Longitude);
    }

    private static OpeningHours? MapHours(List<DayHoursDto?>? days)
    {
        if (days is null || days.Count == 0)
        {
            return null;
        }

        return new OpeningHours(days.Select(d => new DayHours(
            d?.AllDay ?? false,
            d?.Closed ?? false,
            d?.AppointmentOnly ?? false,
            (d?.TimeSlots ?? []).Where(s => s is not null)
                .Select(s => TryTimeSlot(s!))
                .OfType<TimeSlot>()
                .ToList())).ToList());
    }

    private static TimeSlot? TryTimeSlot(TimeSlotDto slot) =>
        TimeOnly.TryParse(slot.Start, CultureInfo.InvariantCulture, out var start)
        && TimeOnly.TryParse(slot.End, CultureInfo.InvariantCulture, out var end)
            ? new TimeSlot(start, end, Blank(slot.Timezone))
            : null;

    private static string? CategoryName(JsonElement? category) =>
        category switch
        {
            { ValueKind: JsonValueKind.String } c => Blank(c.GetString()),
            { ValueKind: JsonValueKind.Object } c when c.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
                => Blank(name.GetString()),
            _ => null,
        };

    internal static DateTimeOffset? ParseDate(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;

    /// <summary>Excerpts come with HTML entities (<c>&amp;amp;</c>, <c>&amp;nbsp;</c>) and stray whitespace.</summary>
    internal static string DecodeExcerpt(string? excerpt) =>
        string.IsNullOrEmpty(excerpt) ? "" : string.Join(' ', WebUtility.HtmlDecode(excerpt).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

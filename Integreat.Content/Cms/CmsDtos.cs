using System.Text.Json;
using System.Text.Json.Serialization;

namespace Integreat.Content.Cms;

// Wire shapes of the Integreat CMS API v3, field for field. Everything is nullable because older and newer CMS
// versions leave fields out; CmsMapper turns these into the domain model once, at import.

internal sealed class RegionDto
{
    public int? Id { get; set; }
    public string? Name { get; set; }
    public string? Path { get; set; }
    public string? Slug { get; set; }
    public bool? Live { get; set; }
    public List<LanguageDto>? Languages { get; set; }
}

internal sealed class LanguageDto
{
    public int? Id { get; set; }
    public string? Code { get; set; }
    public string? Bcp47Tag { get; set; }
    public string? NativeName { get; set; }
    public string? Dir { get; set; }
}

internal sealed class LinkDto
{
    public int? Id { get; set; }
    public string? Url { get; set; }
    public string? Path { get; set; }
}

internal class TranslationDto
{
    public int? Id { get; set; }
    public string? Url { get; set; }
    public string? Path { get; set; }
    public string? Title { get; set; }
    public string? Content { get; set; }
    public string? Excerpt { get; set; }
    public string? LastUpdated { get; set; }
    public Dictionary<string, LinkDto?>? AvailableLanguages { get; set; }
}

internal sealed class PageDto : TranslationDto
{
    public LinkDto? Parent { get; set; }
    public int? Order { get; set; }
}

internal sealed class EventDto : TranslationDto
{
    public EventTimeDto? Event { get; set; }
    public string? RecurrenceRule { get; set; }
    public LocationPlaceDto? Location { get; set; }
}

internal sealed class EventTimeDto
{
    public string? Start { get; set; }
    public string? End { get; set; }
    public bool? AllDay { get; set; }
    public string? Timezone { get; set; }
    public int? RecurrenceId { get; set; }
}

internal sealed class LocationPlaceDto
{
    public string? Name { get; set; }
    public string? Address { get; set; }
    public string? Town { get; set; }
    public string? Postcode { get; set; }
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? Latitude { get; set; }
    [JsonConverter(typeof(LenientDoubleConverter))]
    public double? Longitude { get; set; }
}

internal sealed class PoiDto : TranslationDto
{
    /// <summary>An object <c>{id, name, …}</c> in the current API, a plain string in some exports.</summary>
    public JsonElement? Category { get; set; }
    public LocationPlaceDto? Location { get; set; }
    public List<DayHoursDto?>? OpeningHours { get; set; }
    public bool? TemporarilyClosed { get; set; }
    public List<ContactDto?>? Contacts { get; set; }
    public string? Email { get; set; }
    public string? PhoneNumber { get; set; }
    public string? Website { get; set; }
    public string? AppointmentUrl { get; set; }
}

internal sealed class DayHoursDto
{
    [JsonPropertyName("allDay")]
    public bool? AllDay { get; set; }
    [JsonPropertyName("closed")]
    public bool? Closed { get; set; }
    [JsonPropertyName("appointmentOnly")]
    public bool? AppointmentOnly { get; set; }
    [JsonPropertyName("timeSlots")]
    public List<TimeSlotDto?>? TimeSlots { get; set; }
}

internal sealed class TimeSlotDto
{
    public string? Start { get; set; }
    public string? End { get; set; }
    public string? Timezone { get; set; }
}

internal sealed class ContactDto
{
    public string? AreaOfResponsibility { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? PhoneNumber { get; set; }
    public string? MobileNumber { get; set; }
    public string? Website { get; set; }
    public List<DayHoursDto?>? OpeningHours { get; set; }
    public string? AppointmentUrl { get; set; }
}

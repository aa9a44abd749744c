using System.Globalization;
using Integreat.Bot.Languages;
using Integreat.Content.Model;
using Integreat.Search;

namespace Integreat.Bot.Conversation;

/// <summary>Writes times, opening hours and contacts the person's way.</summary>
internal static class ReplyFormatting
{
    /// <summary>The zone every Integreat region lives in.</summary>
    public static readonly TimeZoneInfo Berlin = FindBerlin();

    public static DateTimeOffset InBerlin(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Berlin);

    /// <summary>"Tuesday, 3/12/2026, 17:00–19:00" in the person's culture, Berlin time.</summary>
    public static string When(DateTimeOffset start, DateTimeOffset? end, bool allDay, UiStrings strings)
    {
        var culture = UiCatalog.CultureOf(strings);
        var localStart = InBerlin(start);
        var day = $"{localStart.ToString("dddd", culture)}, {localStart.ToString("d", culture)}";
        if (allDay)
        {
            return day;
        }

        var time = localStart.ToString("t", culture);
        if (end is { } e && e > start)
        {
            var localEnd = InBerlin(e);
            time += localEnd.Date == localStart.Date ? $"–{localEnd.ToString("t", culture)}" : $" – {localEnd.ToString("d", culture)} {localEnd.ToString("t", culture)}";
        }

        return $"{day}, {time}";
    }

    public static string? OpeningHoursToday(OpeningHoursToday? today, UiStrings strings)
    {
        if (today is null)
        {
            return null;
        }

        if (today.Closed)
        {
            return strings.ClosedToday;
        }

        if (today.AllDay)
        {
            return strings.OpenAllDay;
        }

        if (today.Slots.Count == 0)
        {
            return today.AppointmentOnly ? strings.AppointmentOnly : null;
        }

        var culture = UiCatalog.CultureOf(strings);
        var spans = string.Join(", ", today.Slots.Select(s => $"{s.Start.ToString("t", culture)}–{s.End.ToString("t", culture)}"));
        var text = string.Format(CultureInfo.InvariantCulture, strings.OpenToday, spans);
        return today.AppointmentOnly ? $"{text} ({strings.AppointmentOnly})" : text;
    }

    public static ReplyContact ToReply(ContactHit hit, UiStrings strings) =>
        new(hit.Name, hit.Phone, hit.Email, hit.Website, hit.Address, OpeningHoursToday(hit.Today, strings));

    public static ReplyEvent ToReply(EventHit hit, UiStrings strings) =>
        new(hit.EventId, hit.Title, hit.Start, hit.End, When(hit.Start, hit.End, hit.AllDay, strings), hit.Location, hit.Url);

    /// <summary>Today's hours of a location as the search reports them, worked out from the stored week.</summary>
    public static OpeningHoursToday? Today(OpeningHours? hours, DateTimeOffset now)
    {
        var day = hours?.For(InBerlin(now).DayOfWeek);
        return day is null ? null : new OpeningHoursToday(day.Closed, day.AllDay, day.AppointmentOnly, day.TimeSlots.Select(s => (s.Start, s.End)).ToList());
    }

    /// <summary>The contacts of a location as the bot lists them: the location itself, with its first reachable contact.</summary>
    public static ContactHit? ToContact(Location location, DateTimeOffset now)
    {
        var contact = location.Contacts.FirstOrDefault(c => c.PhoneNumber is not null || c.MobileNumber is not null || c.Email is not null);
        if (contact is null && location.Address is null)
        {
            return null;
        }

        var name = string.IsNullOrWhiteSpace(contact?.Name) ? location.Title : $"{location.Title}: {contact!.Name}";
        return new ContactHit(
            location.Id,
            name,
            contact?.PhoneNumber ?? contact?.MobileNumber,
            contact?.Email,
            contact?.Website,
            location.Address?.ToDisplayString(),
            Today(contact?.OpeningHours ?? location.OpeningHours, now));
    }

    private static TimeZoneInfo FindBerlin()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}

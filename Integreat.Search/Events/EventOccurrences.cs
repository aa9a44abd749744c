using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Integreat.Content.Model;

namespace Integreat.Search.Events;

/// <summary>The dates an event takes place on, recurring ones expanded from their iCalendar rule.</summary>
internal static class EventOccurrences
{
    /// <summary>Occurrences that have not ended by <paramref name="now"/>, soonest first, at most <paramref name="max"/>.</summary>
    public static IReadOnlyList<(DateTimeOffset Start, DateTimeOffset? End)> Upcoming(EventSchedule schedule, DateTimeOffset now, int max)
    {
        var duration = schedule.End is { } end ? end - schedule.Start : (TimeSpan?)null;
        var rule = RecurrenceRule(schedule.RecurrenceRule);
        if (rule is null)
        {
            return Ends(schedule.Start, duration) >= now ? [(schedule.Start, schedule.End)] : [];
        }

        var zone = Zone(schedule.TimeZone);
        var localStart = TimeZoneInfo.ConvertTime(schedule.Start, zone).DateTime;
        var calendarEvent = new CalendarEvent { DtStart = new CalDateTime(localStart, zone.Id), RecurrenceRule = new RecurrencePattern(rule) };

        // Start looking one duration back, so an occurrence that is still running counts.
        var from = TimeZoneInfo.ConvertTime(now - (duration ?? TimeSpan.Zero), zone).DateTime;
        var result = new List<(DateTimeOffset, DateTimeOffset?)>();
        foreach (var occurrence in calendarEvent.GetOccurrences(new CalDateTime(from, zone.Id)))
        {
            var local = occurrence.Period.StartTime.Value;
            var start = new DateTimeOffset(local, zone.GetUtcOffset(local));
            if (Ends(start, duration) < now)
            {
                continue;
            }

            result.Add((start, duration is { } d ? start + d : null));
            if (result.Count >= max)
            {
                break;
            }
        }

        return result;
    }

    private static DateTimeOffset Ends(DateTimeOffset start, TimeSpan? duration) => start + (duration ?? TimeSpan.Zero);

    /// <summary>The RRULE line's value: the CMS sends "DTSTART:…\nRRULE:FREQ=…" or the bare rule.</summary>
    private static string? RecurrenceRule(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (line.StartsWith("RRULE:", StringComparison.OrdinalIgnoreCase))
            {
                return line[6..];
            }

            if (line.StartsWith("FREQ=", StringComparison.OrdinalIgnoreCase))
            {
                return line;
            }
        }

        return null;
    }

    internal static TimeZoneInfo Zone(string? id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(string.IsNullOrWhiteSpace(id) ? "Europe/Berlin" : id);
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        }
    }
}

using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Integreat.Bot.Conversation.Commands;
using Integreat.Content.Model;
using Integreat.Search;

namespace Integreat.Bot.Conversation;

/// <summary>Lists event occurrences in a period (today, this week, the weekend), recurring events expanded, Berlin time.</summary>
internal static class EventCalendar
{
    public static (DateTimeOffset From, DateTimeOffset To) Period(string period, DateTimeOffset now)
    {
        var local = ReplyFormatting.InBerlin(now);
        var today = new DateTimeOffset(local.Date, local.Offset);
        return period switch
        {
            EventPeriod.Today => (now, AtBerlinMidnight(today.AddDays(1))),
            EventPeriod.Weekend => WeekendOf(today, now),
            _ => (now, AtBerlinMidnight(today.AddDays(8 - DaysSinceMonday(today)))),
        };
    }

    public static IReadOnlyList<EventHit> Occurrences(IEnumerable<Event> events, DateTimeOffset from, DateTimeOffset to, int max)
    {
        var hits = new List<EventHit>();
        foreach (var e in events)
        {
            var duration = e.Schedule.End is { } end ? end - e.Schedule.Start : (TimeSpan?)null;
            foreach (var start in Starts(e.Schedule, from - (duration ?? TimeSpan.Zero), to))
            {
                var occurrenceEnd = start + duration;
                // An occurrence still running counts as upcoming.
                if ((occurrenceEnd ?? start) >= from && start < to)
                {
                    hits.Add(new EventHit(e.Id, e.Title, start, occurrenceEnd, e.Schedule.AllDay, e.Location?.ToDisplayString(), e.Url));
                }
            }
        }

        return hits.OrderBy(h => h.Start).Take(max).ToList();
    }

    private static IEnumerable<DateTimeOffset> Starts(EventSchedule schedule, DateTimeOffset from, DateTimeOffset to)
    {
        var rule = RuleOf(schedule.RecurrenceRule);
        if (rule is null)
        {
            return schedule.Start < to ? [schedule.Start] : [];
        }

        try
        {
            var localStart = TimeZoneInfo.ConvertTime(schedule.Start, ReplyFormatting.Berlin);
            var calendarEvent = new CalendarEvent
            {
                DtStart = new CalDateTime(localStart.DateTime, ReplyFormatting.Berlin.Id),
                RecurrenceRule = new RecurrencePattern(rule),
            };
            return calendarEvent
                .GetOccurrences(new CalDateTime(TimeZoneInfo.ConvertTime(from, ReplyFormatting.Berlin).DateTime, ReplyFormatting.Berlin.Id))
                .Select(o => new DateTimeOffset(o.Period.StartTime.AsUtc, TimeSpan.Zero))
                .TakeWhile(s => s < to)
                .Take(50)
                .ToList();
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException)
        {
            // A rule the library cannot read still has its first date.
            return schedule.Start < to ? [schedule.Start] : [];
        }
    }

    private static string? RuleOf(string? recurrence) =>
        recurrence?.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(l => l.StartsWith("RRULE:", StringComparison.OrdinalIgnoreCase))?["RRULE:".Length..];

    private static (DateTimeOffset, DateTimeOffset) WeekendOf(DateTimeOffset today, DateTimeOffset now)
    {
        var daysToSaturday = (6 - (int)today.DayOfWeek + 7) % 7;
        var saturday = today.DayOfWeek == DayOfWeek.Sunday ? today.AddDays(-1) : today.AddDays(daysToSaturday);
        var from = AtBerlinMidnight(saturday);
        return (from > now ? from : now, AtBerlinMidnight(saturday.AddDays(2)));
    }

    private static int DaysSinceMonday(DateTimeOffset day) => ((int)day.DayOfWeek + 6) % 7;

    private static DateTimeOffset AtBerlinMidnight(DateTimeOffset day)
    {
        var midnight = day.Date;
        return new DateTimeOffset(midnight, ReplyFormatting.Berlin.GetUtcOffset(midnight));
    }
}

using Integreat.Content.Model;

namespace Integreat.Search.Events;

/// <summary>Works out a location's hours for the day it is in Germany at a given moment.</summary>
internal static class TodaysHours
{
    private static readonly TimeZoneInfo Berlin = EventOccurrences.Zone("Europe/Berlin");

    public static OpeningHoursToday? For(OpeningHours? hours, bool temporarilyClosed, DateTimeOffset now)
    {
        if (temporarilyClosed)
        {
            return new OpeningHoursToday(Closed: true, AllDay: false, AppointmentOnly: false, []);
        }

        var day = hours?.For(TimeZoneInfo.ConvertTime(now, Berlin).DayOfWeek);
        if (day is null)
        {
            return null;
        }

        return new OpeningHoursToday(day.Closed, day.AllDay, day.AppointmentOnly, day.TimeSlots.Select(s => (s.Start, s.End)).ToList());
    }
}

namespace Integreat.Content.Model;

/// <summary>A span of opening time on one day, local times as the CMS writes them ("08:00").</summary>
public sealed record TimeSlot(TimeOnly Start, TimeOnly End, string? TimeZone);

/// <summary>Opening hours of one weekday.</summary>
public sealed record DayHours(bool AllDay, bool Closed, bool AppointmentOnly, IReadOnlyList<TimeSlot> TimeSlots);

/// <summary>A week of opening hours, Monday first (index 0 = Monday), as the CMS sends them.</summary>
public sealed record OpeningHours(IReadOnlyList<DayHours> Days)
{
    /// <summary>The hours of the given weekday, or null when the CMS sent fewer than seven days.</summary>
    public DayHours? For(DayOfWeek day)
    {
        var index = ((int)day + 6) % 7;
        return index < Days.Count ? Days[index] : null;
    }
}

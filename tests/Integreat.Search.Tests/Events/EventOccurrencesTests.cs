using Integreat.Content.Model;
using Integreat.Search.Events;

namespace Integreat.Search.Tests.Events;

public sealed class EventOccurrencesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 11, 12, 0, 0, TimeSpan.Zero); // a Wednesday

    [Fact]
    public void A_weekly_event_is_expanded_into_its_next_dates_soonest_first()
    {
        var schedule = new EventSchedule(
            new DateTimeOffset(2026, 1, 6, 17, 0, 0, TimeSpan.FromHours(1)), new DateTimeOffset(2026, 1, 6, 19, 0, 0, TimeSpan.FromHours(1)),
            false, "Europe/Berlin", "DTSTART:20260106T170000\nRRULE:FREQ=WEEKLY;BYDAY=TU");

        var next = EventOccurrences.Upcoming(schedule, Now, 3);

        Assert.Equal(3, next.Count);
        Assert.All(next, o => Assert.Equal(DayOfWeek.Tuesday, o.Start.DayOfWeek));
        Assert.Equal(new DateTimeOffset(2026, 3, 17, 17, 0, 0, TimeSpan.FromHours(1)), next[0].Start);
        Assert.Equal(next[0].Start.AddHours(2), next[0].End);
        Assert.True(next[0].Start < next[1].Start && next[1].Start < next[2].Start);
    }

    [Fact]
    public void Occurrences_after_the_clock_change_keep_their_local_time()
    {
        var schedule = new EventSchedule(new DateTimeOffset(2026, 3, 3, 17, 0, 0, TimeSpan.FromHours(1)), null, false, "Europe/Berlin", "RRULE:FREQ=WEEKLY;BYDAY=TU");

        var next = EventOccurrences.Upcoming(schedule, Now, 4);

        Assert.Contains(next, o => o.Start == new DateTimeOffset(2026, 3, 31, 17, 0, 0, TimeSpan.FromHours(2)));
    }

    [Fact]
    public void A_rule_that_ended_yields_nothing()
    {
        var schedule = new EventSchedule(new DateTimeOffset(2025, 1, 7, 17, 0, 0, TimeSpan.FromHours(1)), null, false, "Europe/Berlin", "RRULE:FREQ=WEEKLY;COUNT=4");

        Assert.Empty(EventOccurrences.Upcoming(schedule, Now, 3));
    }

    [Theory]
    [InlineData(-2, 0)]
    [InlineData(2, 1)]
    public void A_single_event_counts_only_until_it_has_ended(int daysFromNow, int expected)
    {
        var start = Now.AddDays(daysFromNow);
        var schedule = new EventSchedule(start, start.AddHours(2), false, "Europe/Berlin", null);

        Assert.Equal(expected, EventOccurrences.Upcoming(schedule, Now, 3).Count);
    }
}

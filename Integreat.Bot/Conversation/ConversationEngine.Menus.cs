using System.Globalization;
using Integreat.Bot.Conversation.Commands;
using Integreat.Bot.Languages;
using Integreat.Bot.State;
using Integreat.Content.Model;
using Integreat.Search;

namespace Integreat.Bot.Conversation;

public sealed partial class ConversationEngine
{
    private const string MenuLanguage = "language";
    private const string MenuRegion = "region";
    private const string MenuEvents = "events";
    private const string MenuContact = "contact";
    private const string MenuFeedback = "feedback";
    private const string MenuForget = "forget";
    private const string MenuHelpful = "helpful";
    private const string MenuNotHelpful = "not-helpful";
    private const string MenuPeriod = "events:";

    private Reply Help(Turn turn)
    {
        var s = turn.Strings;
        return Offer(turn, turn.Reply([s.HelpIntro]),
        [
            (ChoiceAction.Command, MenuLanguage, s.MenuLanguage),
            (ChoiceAction.Command, MenuRegion, s.MenuRegion),
            (ChoiceAction.Command, MenuEvents, s.MenuEvents),
            (ChoiceAction.Command, MenuContact, s.MenuContact),
            (ChoiceAction.Command, MenuFeedback, s.MenuFeedback),
            (ChoiceAction.Command, MenuForget, s.MenuForget),
        ], PendingMenu.None);
    }

    private async Task<Reply> RunMenuCommandAsync(Turn turn, string command, CancellationToken cancellationToken)
    {
        switch (command)
        {
            case MenuLanguage: return LanguageMenu(turn);
            case MenuRegion: return RegionMenu(turn);
            case MenuEvents: return EventsMenu(turn);
            case MenuContact: return ContactPersons(turn);
            case MenuFeedback: return FeedbackMenu(turn);
            case MenuHelpful: return await FeedbackAsync(turn, helpful: true, cancellationToken);
            case MenuNotHelpful: return await FeedbackAsync(turn, helpful: false, cancellationToken);
            case MenuForget: return await ForgetAsync(turn, cancellationToken);
            case var period when period.StartsWith(MenuPeriod, StringComparison.Ordinal):
                return Events(turn, period[MenuPeriod.Length..]);
            default:
                return Help(turn);
        }
    }

    /// <summary>Deletes everything stored about the person; the turn then saves nothing.</summary>
    private async Task<Reply> ForgetAsync(Turn turn, CancellationToken cancellationToken)
    {
        await store.DeleteAsync(turn.Message.UserKey, cancellationToken);
        turn.Forgotten = true;
        return turn.Reply([turn.Strings.Forgotten]);
    }

    private Reply LanguageMenu(Turn turn) =>
        Offer(turn, turn.Reply([turn.Strings.LanguagePrompt]),
            turn.Region.Languages.Select(l => (ChoiceAction.SetLanguage, l.Code, LanguageLabel(l))),
            PendingMenu.Language);

    /// <summary>The native name, and ours where the CMS has a different one (e.g. "Leichte Sprache" for <c>de-si</c>).</summary>
    private static string LanguageLabel(Language language) =>
        UiCatalog.Has(language.Code) && !string.Equals(UiCatalog.For(language.Code).NativeName, language.NativeName, StringComparison.OrdinalIgnoreCase)
            && language.Code.Contains('-')
            ? UiCatalog.For(language.Code).NativeName
            : language.NativeName;

    private static string? FindLanguage(Turn turn, string text)
    {
        var typed = CommandParser.Normalize(text);
        return turn.Region.Languages.FirstOrDefault(l =>
            string.Equals(l.Code, typed, StringComparison.OrdinalIgnoreCase)
            || string.Equals(l.NativeName, typed, StringComparison.OrdinalIgnoreCase)
            || string.Equals(LanguageLabel(l), typed, StringComparison.OrdinalIgnoreCase)
            || string.Equals(EnglishName(l), typed, StringComparison.OrdinalIgnoreCase))?.Code;
    }

    private static string? EnglishName(Language language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language.Bcp47Tag).Parent is { Name.Length: > 0 } parent ? parent.EnglishName : CultureInfo.GetCultureInfo(language.Bcp47Tag).EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }

    private static Reply SetLanguage(Turn turn, string code)
    {
        turn.SetLanguage(code, chosen: true);
        return Done(turn, turn.Reply([turn.Strings.LanguageSet]));
    }

    private Reply RegionMenu(Turn turn)
    {
        var regions = content.GetRegions();
        var reply = turn.Reply([turn.Strings.RegionPrompt]);
        // A long list does not fit an SMS: then the person types the name.
        return regions.Count <= 9
            ? Offer(turn, reply, regions.Select(r => (ChoiceAction.SetRegion, r.Slug, r.Name)), PendingMenu.Region)
            : Offer(turn, reply, [], PendingMenu.Region);
    }

    /// <summary>Switches to the named region, or offers suggestions; null when the text names no region at all.</summary>
    private Reply? SwitchRegion(Turn turn, string text, bool fromMenu)
    {
        var regions = content.GetRegions();
        var matches = RegionMatcher.Find(text, regions);
        if (matches.Count == 1)
        {
            return SwitchRegion(turn, matches[0]);
        }

        var suggestions = matches.Count > 1 ? matches.Take(5).ToList() : RegionMatcher.Suggest(text, regions);
        if (suggestions.Count == 0 && !fromMenu)
        {
            return null;
        }

        if (suggestions.Count == 0)
        {
            suggestions = regions.Take(5).ToList();
        }

        return Offer(turn, turn.Reply([Format(turn.Strings.RegionUnknown, text.Trim())]),
            suggestions.Select(r => (ChoiceAction.SetRegion, r.Slug, r.Name)), PendingMenu.Region);
    }

    private Reply SwitchRegion(Turn turn, Region region)
    {
        turn.Region = region;
        turn.State = turn.State with { Region = region.Slug, Reading = null, LastAnswer = null, Offered = [] };
        var notes = new List<string>();
        if (region.FindLanguage(turn.Language) is null)
        {
            turn.SetLanguage(DefaultLanguage(region), chosen: false);
            notes.Add(Format(turn.Strings.RegionLacksLanguage, turn.NativeName(turn.Language)));
        }

        return Done(turn, turn.Reply([Format(turn.Strings.RegionSet, region.Name), .. notes]));
    }

    private Reply EventsMenu(Turn turn)
    {
        var s = turn.Strings;
        return Offer(turn, turn.Reply([s.EventsPrompt]),
        [
            (ChoiceAction.Command, MenuPeriod + EventPeriod.Today, s.EventsToday),
            (ChoiceAction.Command, MenuPeriod + EventPeriod.Week, s.EventsWeek),
            (ChoiceAction.Command, MenuPeriod + EventPeriod.Weekend, s.EventsWeekend),
        ], PendingMenu.Events);
    }

    private Reply Events(Turn turn, string period)
    {
        var (from, to) = EventCalendar.Period(period, turn.Now);
        var events = content.GetContent(turn.Region.Slug, turn.Language)?.Events;
        if (events is null || events.Count == 0)
        {
            events = FallbackLanguage(turn) is { } fallback ? content.GetContent(turn.Region.Slug, fallback)?.Events : null;
        }

        var occurrences = EventCalendar.Occurrences(events ?? [], from, to, max: 5);
        var heading = period switch
        {
            EventPeriod.Today => turn.Strings.EventsToday,
            EventPeriod.Weekend => turn.Strings.EventsWeekend,
            _ => turn.Strings.EventsWeek,
        };
        var reply = turn.Reply(occurrences.Count == 0 ? [heading, turn.Strings.EventsNone] : [heading]) with
        {
            Events = occurrences.Select(e => ReplyFormatting.ToReply(e, turn.Strings)).ToList(),
        };
        return Done(turn, reply);
    }

    private Reply ContactPersons(Turn turn)
    {
        var contacts = RegionContacts(turn);
        var reply = turn.Reply([contacts.Count > 0 ? turn.Strings.ContactIntro : turn.Strings.NoContacts]) with
        {
            Contacts = contacts.Select(c => ReplyFormatting.ToReply(c, turn.Strings)).ToList(),
        };
        return Done(turn, reply);
    }

    /// <summary>The region's contact persons: locations with someone to call or write to, counselling offices first.</summary>
    private IReadOnlyList<ContactHit> RegionContacts(Turn turn)
    {
        var locations = content.GetContent(turn.Region.Slug, turn.Language)?.Locations;
        if (locations is null || locations.Count == 0)
        {
            locations = FallbackLanguage(turn) is { } fallback ? content.GetContent(turn.Region.Slug, fallback)?.Locations : null;
        }

        return (locations ?? [])
            .Where(l => !l.TemporarilyClosed)
            .OrderByDescending(l => IsCounselling(l))
            .Select(l => ReplyFormatting.ToContact(l, turn.Now))
            .OfType<ContactHit>()
            .Where(c => c.Phone is not null || c.Email is not null)
            .Take(3)
            .ToList();
    }

    private static bool IsCounselling(Location location)
    {
        var text = $"{location.Category} {location.Title}";
        string[] markers = ["beratung", "migration", "integration", "counsel", "advice", "sozial"];
        return markers.Any(m => text.Contains(m, StringComparison.OrdinalIgnoreCase));
    }

    private static Reply FeedbackMenu(Turn turn)
    {
        if (turn.State.LastAnswer is null)
        {
            return Done(turn, turn.Reply([turn.Strings.FeedbackNothing]));
        }

        return Offer(turn, turn.Reply([turn.Strings.FeedbackPrompt]),
        [
            (ChoiceAction.Command, MenuHelpful, turn.Strings.Helpful),
            (ChoiceAction.Command, MenuNotHelpful, turn.Strings.NotHelpful),
        ], PendingMenu.Feedback);
    }

    private async Task<Reply> FeedbackAsync(Turn turn, bool helpful, CancellationToken cancellationToken)
    {
        if (turn.State.LastAnswer is not { } last)
        {
            return Done(turn, turn.Reply([turn.Strings.FeedbackNothing]));
        }

        if (!helpful)
        {
            await editors.RecordAsync(new EditorEntry(EditorEntryKind.NotHelpful, turn.Region.Slug, turn.Language, last.Question, turn.Now, last.PageId), cancellationToken);
        }

        // One rating per answer.
        turn.State = turn.State with { LastAnswer = null };
        return Done(turn, turn.Reply([helpful ? turn.Strings.ThanksHelpful : turn.Strings.ThanksNotHelpful]));
    }
}

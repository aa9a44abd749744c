using Integreat.Bot.State;
using Integreat.Search;

namespace Integreat.Bot.Conversation;

public sealed partial class ConversationEngine
{
    /// <summary>Searches and answers: best page with its excerpt, two more as choices, contacts, events; or says honestly
    /// that nothing fits and records the question for the editors.</summary>
    private async Task<Reply> AnswerAsync(Turn turn, string question, CancellationToken cancellationToken)
    {
        var results = Search(turn, question, turn.Language);
        var fallback = FallbackLanguage(turn);
        if ((!results.IsConfident || results.Pages.Count == 0) && fallback is not null)
        {
            // The page may exist only in the source language: a German page with a note beats no answer. The search
            // finds German pages only by German words, so those the person mixed in are tried on their own too.
            foreach (var text in new[] { question, SourceLanguageWords(question) }.Where(t => t.Length > 0).Distinct())
            {
                var inFallback = Search(turn, text, fallback);
                if (inFallback.IsConfident && inFallback.Pages.Count > 0)
                {
                    results = inFallback;
                    break;
                }
            }
        }

        if (!results.IsConfident || results.Pages.Count == 0)
        {
            return await NoAnswerAsync(turn, question, results, cancellationToken);
        }

        var best = results.Pages[0];
        var others = results.Pages.Skip(1).Take(MaxOtherPages).ToList();
        turn.State = turn.State with
        {
            Reading = new ReadingPosition(best.PageId, best.Language, 0),
            LastAnswer = new LastAnswer(best.PageId, best.Language, question),
        };
        var reply = turn.Reply() with
        {
            Answer = ToAnswer(turn, best),
            OtherPages = others.Select(p => ToAnswer(turn, p)).ToList(),
            Contacts = results.Contacts.Take(MaxContacts).Select(c => ReplyFormatting.ToReply(c, turn.Strings)).ToList(),
            Events = results.Events.GroupBy(e => e.EventId).Select(g => g.MinBy(e => e.Start)!).OrderBy(e => e.Start).Take(MaxEvents).Select(e => ReplyFormatting.ToReply(e, turn.Strings)).ToList(),
            HasMore = true,
        };
        return Offer(turn, reply, others.Select(p => (ChoiceAction.OpenPage, PageRef(p.Language, p.PageId), p.Title)), PendingMenu.None);
    }

    /// <summary>The words of a question that look German: Latin-script words in a message in another script, else words
    /// with umlauts or ß and capitalised nouns after the first word ("Wo ist Müll" in Turkish: "Müll").</summary>
    private static string SourceLanguageWords(string question)
    {
        var words = Languages.ScriptRules.Words(question);
        var latinMessage = Languages.ScriptRules.DominantScript(question) == Languages.Script.Latin;
        var german = words.Where((w, i) => Languages.ScriptRules.DominantScript(w) == Languages.Script.Latin
            && (!latinMessage || w.Any(c => "äöüßÄÖÜ".Contains(c)) || (i > 0 && char.IsUpper(w[0]) && w.Length > 3)));
        return string.Join(' ', german);
    }

    private SearchResults Search(Turn turn, string question, string language) =>
        search.Search(new SearchQuery(turn.Region.Slug, language, question, MaxResults: 1 + MaxOtherPages, Now: turn.Now));

    /// <summary>The language to fall back on when a page is missing: the region's German, else English; null when that is the conversation's.</summary>
    private static string? FallbackLanguage(Turn turn)
    {
        var fallback = turn.Region.FindLanguage("de")?.Code ?? turn.Region.FindLanguage("en")?.Code ?? turn.Region.DefaultLanguage.Code;
        return string.Equals(fallback, turn.Language, StringComparison.OrdinalIgnoreCase) ? null : fallback;
    }

    private async Task<Reply> NoAnswerAsync(Turn turn, string question, SearchResults results, CancellationToken cancellationToken)
    {
        await editors.RecordAsync(new EditorEntry(EditorEntryKind.Unanswered, turn.Region.Slug, turn.Language, question, turn.Now), cancellationToken);
        turn.State = turn.State with { Reading = null, LastAnswer = null };
        var contacts = results.Contacts.Count > 0 ? results.Contacts.Take(MaxContacts).ToList() : RegionContacts(turn);
        var topics = Topics(turn);
        var paragraphs = new List<string> { turn.Strings.NotFound };
        if (topics.Count > 0)
        {
            paragraphs.Add(turn.Strings.TopicsIntro);
        }

        paragraphs.Add(contacts.Count > 0 ? turn.Strings.ContactIntro : turn.Strings.NoContacts);
        var reply = turn.Reply(paragraphs) with
        {
            Contacts = contacts.Select(c => ReplyFormatting.ToReply(c, turn.Strings)).ToList(),
        };
        return Offer(turn, reply, topics.Select(p => (ChoiceAction.OpenPage, PageRef(p.Language, p.Id), p.Title)), PendingMenu.None);
    }

    /// <summary>The region's top-level pages in the person's language (else the fallback), as topics to browse.</summary>
    private IReadOnlyList<Content.Model.Page> Topics(Turn turn)
    {
        var pages = content.GetContent(turn.Region.Slug, turn.Language)?.Pages;
        if (pages is null || pages.Count == 0)
        {
            pages = FallbackLanguage(turn) is { } fallback ? content.GetContent(turn.Region.Slug, fallback)?.Pages : null;
        }

        return (pages ?? []).Where(p => p.ParentId is null).OrderBy(p => p.Order).Take(MaxTopics).ToList();
    }

    /// <summary>A typed number or pressed button: whatever that number was offered for.</summary>
    private async Task<Reply> PickAsync(Turn turn, string number, CancellationToken cancellationToken)
    {
        var offered = turn.State.Offered.FirstOrDefault(o => o.Key == number);
        return offered?.Action switch
        {
            ChoiceAction.OpenPage => OpenPage(turn, offered.Value),
            ChoiceAction.SetLanguage => SetLanguage(turn, offered.Value),
            ChoiceAction.SetRegion => content.FindRegion(offered.Value) is { } region ? SwitchRegion(turn, region) : Help(turn),
            ChoiceAction.Command => await RunMenuCommandAsync(turn, offered.Value, cancellationToken),
            _ => Help(turn),
        };
    }

    /// <summary>Shows a page from its beginning, in chunks; a page with no text of its own lists its subpages.</summary>
    private Reply OpenPage(Turn turn, string pageRef)
    {
        var (language, id) = ParsePageRef(pageRef);
        var page = content.FindPage(turn.Region.Slug, language, id);
        if (page is null)
        {
            return Help(turn);
        }

        var chunks = PageText.Chunks(PageText.ToPlainText(page.ContentHtml));
        if (chunks.Count == 0)
        {
            var children = (content.GetContent(turn.Region.Slug, language)?.Pages ?? [])
                .Where(p => p.ParentId == page.Id).OrderBy(p => p.Order).Take(9).ToList();
            var listing = turn.Reply() with { Answer = PageAnswer(turn, page, string.Empty) };
            return Offer(turn, listing, children.Select(c => (ChoiceAction.OpenPage, PageRef(c.Language, c.Id), c.Title)), PendingMenu.None);
        }

        turn.State = turn.State with
        {
            Reading = new ReadingPosition(page.Id, language, 1),
            LastAnswer = new LastAnswer(page.Id, language, turn.State.LastAnswer?.Question ?? page.Title),
        };
        return turn.Reply() with { Answer = PageAnswer(turn, page, chunks[0]), HasMore = chunks.Count > 1 };
    }

    /// <summary>The next chunk of the page being read.</summary>
    private Reply More(Turn turn)
    {
        if (turn.State.Reading is not { } reading || content.FindPage(turn.Region.Slug, reading.Language, reading.PageId) is not { } page)
        {
            return Done(turn, turn.Reply([turn.Strings.NothingToContinue]));
        }

        var chunks = PageText.Chunks(PageText.ToPlainText(page.ContentHtml));
        if (reading.NextChunk >= chunks.Count)
        {
            turn.State = turn.State with { Reading = null };
            return Done(turn, turn.Reply([turn.Strings.NoMore]));
        }

        turn.State = turn.State with { Reading = reading with { NextChunk = reading.NextChunk + 1 } };
        return turn.Reply() with { Answer = PageAnswer(turn, page, chunks[reading.NextChunk]), HasMore = reading.NextChunk + 1 < chunks.Count };
    }

    private PageAnswer ToAnswer(Turn turn, PageHit hit) =>
        new(hit.PageId, hit.Language, hit.Title, hit.Excerpt, hit.Url, LanguageNote(turn, hit.Language));

    private PageAnswer PageAnswer(Turn turn, Content.Model.Page page, string text) =>
        new(page.Id, page.Language, page.Title, text, page.Url, LanguageNote(turn, page.Language));

    private static string? LanguageNote(Turn turn, string pageLanguage) =>
        string.Equals(pageLanguage, turn.Language, StringComparison.OrdinalIgnoreCase) ? null : Format(turn.Strings.OnlyInLanguage, turn.NativeName(pageLanguage));

    private static string PageRef(string language, int id) => $"{language}:{id}";

    private static (string Language, int Id) ParsePageRef(string value)
    {
        var colon = value.LastIndexOf(':');
        return (value[..colon], int.Parse(value[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }
}

using Integreat.Bot.Conversation;
using Integreat.Content.Store;
using Integreat.Search;

namespace Integreat.Bot.Tests.Conversation;

/// <summary>Stand-in for the Lucene index until it is merged: pages, events and locations sharing a word (4+ letters,
/// or a prefix of one) with the question, over the same content store. Only the query's language is searched, as with
/// a missing translation in the real index, so the engine's own fallback is exercised.</summary>
internal sealed class KeywordSearchIndex(IContentStore store) : ISearchIndex
{
    public SearchResults Search(SearchQuery query)
    {
        var content = store.GetContent(query.Region, query.Language);
        var words = Words(query.Text);
        if (content is null || words.Count == 0)
        {
            return SearchResults.Empty;
        }

        var now = query.Now ?? DateTimeOffset.UtcNow;
        var pages = content.Pages
            .Select(p => (Page: p, Score: Score(words, p.Title + " " + p.ContentHtml)))
            .Where(p => p.Score > 0)
            .OrderByDescending(p => p.Score)
            .Take(query.MaxResults)
            .Select(p => new PageHit(p.Page.Id, p.Page.Language, p.Page.Title, p.Page.Url, Excerpt(p.Page.ContentHtml), p.Score))
            .ToList();
        var events = EventCalendar.Occurrences(content.Events.Where(e => Score(words, e.Title + " " + e.ContentHtml) > 0), now, now.AddDays(60), 3);
        var contacts = content.Locations
            .Where(l => Score(words, l.Title + " " + l.ContentHtml) > 0)
            .Select(l => ReplyFormatting.ToContact(l, now))
            .OfType<ContactHit>()
            .ToList();
        return new SearchResults(pages, events, contacts, pages.Count > 0);
    }

    private static List<string> Words(string text) =>
        text.ToLowerInvariant().Split([' ', ',', '.', '?', '!', '؟', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4).ToList();

    private static float Score(List<string> words, string text)
    {
        var lower = text.ToLowerInvariant();
        return words.Count(w => lower.Contains(w[..Math.Min(w.Length, 5)], StringComparison.Ordinal));
    }

    private static string Excerpt(string html)
    {
        var text = System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", " ").Trim();
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? text[..(end + 1)] : text;
    }
}

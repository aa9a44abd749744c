using Integreat.Content.Model;

namespace Integreat.Bot.Conversation;

/// <summary>What the bot answers, as data: each channel renders it in its own format and limits. Never contains markup.</summary>
public sealed record Reply
{
    /// <summary>The language the reply is written in (a CMS language code).</summary>
    public required string Language { get; init; }

    public TextDirection Direction { get; init; } = TextDirection.LeftToRight;

    /// <summary>Plain-text paragraphs said first (welcome, notes such as "this page is only in German", "nothing found").</summary>
    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    /// <summary>The page shown: the best search result, or the page a person opened.</summary>
    public PageAnswer? Answer { get; init; }

    /// <summary>Further results, best first (shown as choices; listed in <c>ask --json</c>).</summary>
    public IReadOnlyList<PageAnswer> OtherPages { get; init; } = [];

    public IReadOnlyList<ReplyContact> Contacts { get; init; } = [];

    public IReadOnlyList<ReplyEvent> Events { get; init; } = [];

    /// <summary>Numbered options; a person answers with the key (typed or as a button).</summary>
    public IReadOnlyList<Choice> Choices { get; init; } = [];

    /// <summary>Headings and hints in the reply's language.</summary>
    public required ReplyLabels Labels { get; init; }

    /// <summary>True when there is more of <see cref="Answer"/> to read with the "more" command.</summary>
    public bool HasMore { get; init; }

    /// <summary>True when nothing is to be sent (e.g. a carrier keyword such as STOP, or a rate limit already announced).</summary>
    public bool IsSilent { get; init; }
}

/// <summary>A page as the bot shows it.</summary>
/// <param name="Text">The excerpt (search) or the current chunk of the page (opened with a number or "more").</param>
/// <param name="Note">A remark in the reply's language, e.g. that the page is only available in German.</param>
public sealed record PageAnswer(int PageId, string Language, string Title, string Text, string Url, string? Note = null);

/// <summary>Someone to contact.</summary>
/// <param name="OpeningHoursToday">Today's hours written for a person, in the reply's language.</param>
public sealed record ReplyContact(string Name, string? Phone, string? Email, string? Website, string? Address, string? OpeningHoursToday);

/// <summary>An upcoming event occurrence.</summary>
/// <param name="When">Date and time written the person's way, in Europe/Berlin time.</param>
public sealed record ReplyEvent(int EventId, string Title, DateTimeOffset Start, DateTimeOffset? End, string When, string? Location, string Url);

/// <summary>An option offered to the person.</summary>
/// <param name="Key">What the person sends to pick it: short (≤ 64 bytes), usually a number.</param>
/// <param name="Label">What the person reads.</param>
public sealed record Choice(string Key, string Label);

/// <summary>Localised headings and hints a renderer needs.</summary>
/// <param name="MoreHint">E.g. "Reply MORE for more", used where a channel cuts a reply short.</param>
public sealed record ReplyLabels(string Contacts, string Events, string Choices, string MoreHint, string MoreKeyword);

using Integreat.Bot.Languages;
using Integreat.Bot.State;
using Integreat.Content.Model;

namespace Integreat.Bot.Conversation;

/// <summary>One message being handled: the person's state, where and in which language the bot answers, and the notes
/// collected on the way (welcome, language switched) that go before the answer.</summary>
internal sealed class Turn(IncomingMessage message, ConversationState state, Region region, string language, DateTimeOffset now, bool isNew)
{
    public IncomingMessage Message { get; } = message;

    public ConversationState State { get; set; } = state;

    public Region Region { get; set; } = region;

    /// <summary>The CMS language code of the conversation.</summary>
    public string Language { get; private set; } = language;

    public UiStrings Strings { get; private set; } = UiCatalog.For(language);

    public DateTimeOffset Now { get; } = now;

    public bool IsNew { get; } = isNew;

    public List<string> Notes { get; } = [];

    /// <summary>True once the person asked to be forgotten: nothing of this turn is stored.</summary>
    public bool Forgotten { get; set; }

    public void SetLanguage(string language, bool chosen)
    {
        Language = language;
        Strings = UiCatalog.For(language);
        State = State with { Language = language, LanguageChosen = chosen };
    }

    /// <summary>The language's name in itself: the region's own name for it, else ours, else the code.</summary>
    public string NativeName(string code) =>
        Region.FindLanguage(code)?.NativeName ?? (UiCatalog.Has(code) ? UiCatalog.For(code).NativeName : code);

    public TextDirection Direction =>
        UiCatalog.Has(Language)
            ? (Strings.RightToLeft ? TextDirection.RightToLeft : TextDirection.LeftToRight)
            : Region.FindLanguage(Language)?.Direction ?? TextDirection.LeftToRight;

    /// <summary>A reply in the conversation's language with the notes first.</summary>
    public Reply Reply(IEnumerable<string>? paragraphs = null) => new()
    {
        Language = Language,
        Direction = Direction,
        Paragraphs = [.. Notes, .. paragraphs ?? []],
        Labels = new ReplyLabels(
            Strings.LabelContacts,
            Strings.LabelEvents,
            Strings.LabelChoices,
            string.Format(System.Globalization.CultureInfo.InvariantCulture, Strings.MoreHint, Strings.MoreKeyword),
            Strings.MoreKeyword),
    };
}

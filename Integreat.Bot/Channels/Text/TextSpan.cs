namespace Integreat.Bot.Channels.Text;

/// <summary>How a span is shown where the channel has markup; plain channels show only the text.</summary>
public enum SpanStyle
{
    Plain,
    Bold,
    Italic,
    Link,
}

/// <summary>A run of text with one style. Text never contains markup; a renderer escapes it for its channel.</summary>
/// <param name="Url">The target when <paramref name="Style"/> is <see cref="SpanStyle.Link"/>.</param>
public sealed record TextSpan(string Text, SpanStyle Style = SpanStyle.Plain, string? Url = null)
{
    public static TextSpan Plain(string text) => new(text);

    public static TextSpan Bold(string text) => new(text, SpanStyle.Bold);

    public static TextSpan Italic(string text) => new(text, SpanStyle.Italic);

    public static TextSpan Link(string text, string url) => new(text, SpanStyle.Link, url);
}

/// <summary>What part of a reply a paragraph shows; a channel short of room drops or shortens by kind.</summary>
public enum ParagraphKind
{
    /// <summary>A note of the engine: welcome, "nothing found", "only in German".</summary>
    Note,

    /// <summary>The title of the page answered (with its link where the link comes first).</summary>
    Heading,

    /// <summary>The page text; the one kind shortened sentence by sentence.</summary>
    Text,

    Link,
    OtherPages,
    Contacts,
    Events,
    Choices,

    /// <summary>"Reply MORE for more".</summary>
    MoreHint,
}

/// <summary>A paragraph of a reply: spans that may contain line breaks.</summary>
public sealed record TextParagraph(IReadOnlyList<TextSpan> Spans, ParagraphKind Kind = ParagraphKind.Note)
{
    public TextParagraph(params TextSpan[] spans)
        : this((IReadOnlyList<TextSpan>)spans)
    {
    }

    public TextParagraph(ParagraphKind kind, params TextSpan[] spans)
        : this((IReadOnlyList<TextSpan>)spans, kind)
    {
    }

    /// <summary>The text a person reads, without markup.</summary>
    public string PlainText => string.Concat(Spans.Select(s => s.Text));
}

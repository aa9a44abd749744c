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

/// <summary>A paragraph of a reply: spans that may contain line breaks.</summary>
/// <param name="Elastic">True for the long text that may be shortened sentence by sentence to fit a channel's
/// budget (the page excerpt); the other paragraphs are kept whole or dropped.</param>
public sealed record TextParagraph(IReadOnlyList<TextSpan> Spans, bool Elastic = false)
{
    public TextParagraph(params TextSpan[] spans)
        : this((IReadOnlyList<TextSpan>)spans)
    {
    }

    /// <summary>The text a person reads, without markup.</summary>
    public string PlainText => string.Concat(Spans.Select(s => s.Text));
}

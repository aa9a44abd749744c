namespace Integreat.Content.Text;

/// <summary>What kind of line a <see cref="TextBlock"/> is.</summary>
public enum TextBlockKind
{
    /// <summary>A paragraph, a table row, or a line ended by <c>&lt;br&gt;</c>.</summary>
    Paragraph,

    /// <summary>A heading (<c>h1</c>–<c>h6</c>, or a short paragraph entirely in bold); search splits passages here.</summary>
    Heading,

    /// <summary>An item of a list.</summary>
    ListItem,
}

/// <summary>One line of text from HTML.</summary>
/// <param name="Level">The heading level 1–6 for <c>h1</c>–<c>h6</c>; 0 for a bold paragraph taken as a heading and for other kinds.</param>
public sealed record TextBlock(TextBlockKind Kind, string Text, int Level = 0);

/// <summary>A hyperlink found in HTML.</summary>
/// <param name="Url">The <c>href</c>, as written (may be relative).</param>
/// <param name="Text">The link's visible text, whitespace normalised; may be empty.</param>
public sealed record HtmlLink(string Url, string Text);

/// <summary>The text of an HTML fragment, line by line, with the links, phone numbers and e-mail addresses in it.</summary>
/// <param name="Blocks">The lines in document order; none is empty.</param>
/// <param name="Links">Web links (not <c>mailto:</c>/<c>tel:</c>), in order, without duplicates.</param>
/// <param name="PhoneNumbers">Phone numbers as written (from <c>tel:</c> links and the text), without duplicates.</param>
/// <param name="EmailAddresses">E-mail addresses (from <c>mailto:</c> links and the text), without duplicates.</param>
public sealed record ExtractedText(
    IReadOnlyList<TextBlock> Blocks,
    IReadOnlyList<HtmlLink> Links,
    IReadOnlyList<string> PhoneNumbers,
    IReadOnlyList<string> EmailAddresses)
{
    /// <summary>Nothing: what empty or missing HTML gives.</summary>
    public static ExtractedText Empty { get; } = new([], [], [], []);

    /// <summary>The lines joined with <c>\n</c>.</summary>
    public string Text => string.Join('\n', Blocks.Select(b => b.Text));
}

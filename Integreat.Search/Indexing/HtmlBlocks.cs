using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Integreat.Search.Indexing;

/// <summary>One block of a page's text: a heading or a paragraph-like element.</summary>
internal readonly record struct TextBlock(string Text, bool IsHeading);

/// <summary>HTML → the blocks of text a reader sees, headings marked (a stand-in until Integreat.Content has its own HtmlText).</summary>
internal static class HtmlBlocks
{
    private static readonly HtmlParser Parser = new();

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "ul", "ol", "table", "tr", "td", "th", "section", "article", "blockquote", "br", "dd", "dt",
        "h1", "h2", "h3", "h4", "h5", "h6", "pre", "figure", "figcaption", "details", "summary", "address", "hr",
    };

    public static List<TextBlock> Parse(string html)
    {
        var blocks = new List<TextBlock>();
        if (string.IsNullOrWhiteSpace(html))
        {
            return blocks;
        }

        var document = Parser.ParseDocument(html);
        var current = new StringBuilder();
        Walk(document.Body ?? (INode)document.DocumentElement, current, blocks, heading: false);
        Flush(current, blocks, heading: false);
        return blocks;
    }

    private static void Walk(INode node, StringBuilder current, List<TextBlock> blocks, bool heading)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    current.Append(text.Data);
                    break;
                case IElement element when element.LocalName is "script" or "style" or "noscript":
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    var isHeading = element.LocalName.Length == 2 && element.LocalName[0] == 'h' && char.IsDigit(element.LocalName[1]);
                    Flush(current, blocks, heading);
                    Walk(element, current, blocks, isHeading);
                    Flush(current, blocks, isHeading);
                    break;
                case IElement element:
                    Walk(element, current, blocks, heading);
                    break;
            }
        }
    }

    private static void Flush(StringBuilder current, List<TextBlock> blocks, bool heading)
    {
        if (current.Length == 0)
        {
            return;
        }

        var text = Normalize(current);
        current.Clear();
        if (text.Length > 0)
        {
            blocks.Add(new TextBlock(text, heading));
        }
    }

    /// <summary>Collapses whitespace; keeps zero-width (non-)joiners, which matter in Persian and Kurdish words.</summary>
    private static string Normalize(StringBuilder raw)
    {
        var builder = new StringBuilder(raw.Length);
        var space = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (char.IsWhiteSpace(c) || c == '\u00a0')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}

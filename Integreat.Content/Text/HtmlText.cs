using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Integreat.Content.Text;

/// <summary>Turns CMS HTML into plain text for search and replies.</summary>
/// <remarks>
/// Block elements (paragraphs, list items, headings, table rows, divs, <c>&lt;br&gt;</c>) become separate lines;
/// table cells are joined with " | "; scripts and styles are dropped; entities are decoded by the HTML parser and
/// whitespace (including no-break spaces) is collapsed. Thread-safe.
/// </remarks>
public static partial class HtmlText
{
    // One parser per thread: documents share their parser's browsing context, and search indexes in parallel.
    [ThreadStatic]
    private static HtmlParser? t_parser;

    private static readonly HashSet<string> Skipped =
        ["script", "style", "noscript", "template", "head", "iframe", "object", "svg", "math", "button", "select", "textarea"];

    private static readonly HashSet<string> Blocks =
    [
        "p", "div", "section", "article", "header", "footer", "main", "nav", "aside", "blockquote", "pre", "address",
        "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "caption", "ul", "ol", "dl", "dt", "dd",
        "hr", "form", "fieldset", "legend", "details", "summary", "center",
    ];

    /// <summary>The lines, links, phone numbers and e-mail addresses of an HTML fragment; <see cref="ExtractedText.Empty"/> for null or blank input.</summary>
    public static ExtractedText Extract(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return ExtractedText.Empty;
        }

        t_parser ??= new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = t_parser.ParseDocument(html);
        var walker = new Walker();
        walker.Walk(document.Body ?? (INode)document.DocumentElement);
        walker.Flush();
        return walker.Result();
    }

    /// <summary>The text of an HTML fragment, one line per block, joined with <c>\n</c>.</summary>
    public static string ToPlainText(string? html) => Extract(html).Text;

    /// <summary>Phone numbers in plain text: German (<c>0821 324-0</c>, <c>(0821) 3240</c>, <c>0171/1234567</c>) and international (<c>+49 (0) 821 3240</c>, <c>0049 821 3240</c>) forms.</summary>
    public static IReadOnlyList<string> FindPhoneNumbers(string text)
    {
        var found = new List<string>();
        foreach (Match match in PhonePattern().Matches(text))
        {
            var digits = match.Value.Count(char.IsAsciiDigit);
            if (digits is >= 6 and <= 15)
            {
                found.Add(match.Value);
            }
        }

        return found;
    }

    /// <summary>E-mail addresses in plain text.</summary>
    public static IReadOnlyList<string> FindEmailAddresses(string text) =>
        EmailPattern().Matches(text).Select(m => m.Value.TrimEnd('.')).ToList();

    // A leading + or 00 with a country code, or a German trunk 0 with an area code (maybe in parentheses), then up to
    // six digit groups separated by spaces, slashes or hyphens. Dots are not separators, so dates (01.02.2025) and
    // times (08:00) never match; the digit count check in FindPhoneNumbers drops postcodes and other short numbers.
    [GeneratedRegex(@"(?<![\w+/-])(?:(?:\+|00)[1-9]\d{0,2}(?:[ \t]?\(0\))?|\(0\d{1,5}\)|0\d{1,5})(?:[ \t/-]{0,3}\d{1,8}){1,6}(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    /// <summary>The longest all-bold paragraph still taken for a heading.</summary>
    private const int MaxBoldHeadingLength = 80;

    private sealed class Walker
    {
        private readonly List<TextBlock> _blocks = [];
        private readonly List<HtmlLink> _links = [];
        private readonly HashSet<string> _linkUrls = [];
        private readonly List<string> _phones = [];
        private readonly HashSet<string> _phoneDigits = [];
        private readonly List<string> _emails = [];
        private readonly HashSet<string> _emailKeys = new(StringComparer.OrdinalIgnoreCase);
        private readonly StringBuilder _line = new();
        private TextBlockKind _kind = TextBlockKind.Paragraph;
        private int _level;
        private bool _pendingSpace;
        private bool _pendingCellSeparator;
        private int _boldDepth;
        private bool _lineHasPlainText;

        public void Walk(INode node)
        {
            for (var child = node.FirstChild; child is not null; child = child.NextSibling)
            {
                switch (child)
                {
                    case IText text:
                        Append(text.Data);
                        break;
                    case IElement element:
                        Visit(element);
                        break;
                }
            }
        }

        private void Visit(IElement element)
        {
            var name = element.LocalName;
            if (Skipped.Contains(name))
            {
                return;
            }

            switch (name)
            {
                case "br":
                    Flush();
                    return;
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    Within(element, TextBlockKind.Heading, name[1] - '0');
                    return;
                case "li":
                    Within(element, TextBlockKind.ListItem, 0);
                    return;
                case "td" or "th":
                    _pendingCellSeparator = _line.Length > 0;
                    Walk(element);
                    return;
                case "a":
                    AddLink(element);
                    Walk(element);
                    return;
                case "strong" or "b":
                    _boldDepth++;
                    Walk(element);
                    _boldDepth--;
                    return;
            }

            if (Blocks.Contains(name))
            {
                Flush();
                Walk(element);
                Flush();
            }
            else
            {
                Walk(element);
            }
        }

        /// <summary>Walks a heading or list item as its own line(s), restoring the outer kind afterwards (nested lists).</summary>
        private void Within(IElement element, TextBlockKind kind, int level)
        {
            Flush();
            var (outerKind, outerLevel) = (_kind, _level);
            (_kind, _level) = (kind, level);
            Walk(element);
            Flush();
            (_kind, _level) = (outerKind, outerLevel);
        }

        private void Append(string text)
        {
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c) || c == '\u200B')
                {
                    _pendingSpace = _line.Length > 0;
                    continue;
                }

                if (_pendingCellSeparator)
                {
                    _line.Append(" | ");
                    _pendingCellSeparator = false;
                    _pendingSpace = false;
                }
                else if (_pendingSpace)
                {
                    _line.Append(' ');
                    _pendingSpace = false;
                }

                _line.Append(c);
                _lineHasPlainText |= _boldDepth == 0;
            }
        }

        public void Flush()
        {
            _pendingSpace = false;
            _pendingCellSeparator = false;
            if (_line.Length == 0)
            {
                _lineHasPlainText = false;
                return;
            }

            var text = _line.ToString();
            _line.Clear();
            var kind = _kind;
            // Editors often write a heading as a short paragraph in bold; search splits passages there too.
            if (kind == TextBlockKind.Paragraph && !_lineHasPlainText && text.Length <= MaxBoldHeadingLength)
            {
                kind = TextBlockKind.Heading;
            }

            _lineHasPlainText = false;
            _blocks.Add(new TextBlock(kind, text, _kind == TextBlockKind.Heading ? _level : 0));
            // Most lines have neither; the cheap checks spare them the regular expressions.
            if (text.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
            {
                foreach (var phone in FindPhoneNumbers(text))
                {
                    AddPhone(phone);
                }
            }

            if (text.Contains('@'))
            {
                foreach (var email in FindEmailAddresses(text))
                {
                    AddEmail(email);
                }
            }
        }

        private void AddLink(IElement anchor)
        {
            var href = anchor.GetAttribute("href")?.Trim();
            if (string.IsNullOrEmpty(href) || href.StartsWith('#') || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            if (href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            {
                var address = Uri.UnescapeDataString(href[7..].Split('?')[0]).Trim();
                if (address.Length > 0)
                {
                    AddEmail(address);
                }

                return;
            }

            if (href.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
            {
                var number = Uri.UnescapeDataString(href[4..]).Trim();
                if (number.Any(char.IsAsciiDigit))
                {
                    AddPhone(number);
                }

                return;
            }

            if (_linkUrls.Add(href))
            {
                _links.Add(new HtmlLink(href, Collapse(anchor.TextContent)));
            }
        }

        private void AddPhone(string phone)
        {
            // "+49 (0) 821 3240", "0049 821 3240" and "0821 3240" are the same number.
            var written = phone.Replace("(0)", "", StringComparison.Ordinal).TrimStart();
            var digits = new string(written.Where(char.IsAsciiDigit).ToArray());
            var international = written.StartsWith('+') ? digits
                : digits.StartsWith("00", StringComparison.Ordinal) ? digits[2..]
                : null;
            var key = international is null ? digits
                : international.StartsWith("49", StringComparison.Ordinal) ? "0" + international[2..]
                : "+" + international;
            if (_phoneDigits.Add(key))
            {
                _phones.Add(Collapse(phone));
            }
        }

        private void AddEmail(string email)
        {
            if (_emailKeys.Add(email))
            {
                _emails.Add(email);
            }
        }

        public ExtractedText Result() => new(_blocks, _links, _phones, _emails);

        private static string Collapse(string text) =>
            string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}

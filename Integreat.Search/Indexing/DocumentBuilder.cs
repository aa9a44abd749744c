using System.Text;
using Integreat.Content.Model;
using Integreat.Content.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Integreat.Search.Indexing;

/// <summary>Turns the content of one region and language into index documents.</summary>
internal static class DocumentBuilder
{
    private static readonly FieldType BodyType = CreateBodyType();

    public static IEnumerable<Document> Build(LanguageContent content, string hash)
    {
        var region = content.Region;
        var language = content.Language.Code;
        var unit = IndexSchema.UnitOf(region, language);

        var meta = Common(IndexSchema.MetaKind, region, language, unit);
        meta.Add(new StoredField(IndexSchema.Hash, hash));
        yield return meta;

        var byId = content.Pages.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First());
        var byPath = content.Pages.Where(p => p.Path.Length > 0).GroupBy(p => p.Path).ToDictionary(g => g.Key, g => g.First());
        foreach (var page in content.Pages)
        {
            var extracted = HtmlText.Extract(page.ContentHtml);
            var blocks = extracted.Blocks;
            var body = extracted.Text;
            var doc = Common(IndexSchema.PageKind, region, language, unit);
            doc.Add(new NumericDocValuesField(IndexSchema.Id, page.Id));
            doc.Add(new BinaryDocValuesField(IndexSchema.StoredTitle, new BytesRef(page.Title)));
            doc.Add(new BinaryDocValuesField(IndexSchema.Url, new BytesRef(page.Url)));
            doc.Add(new TextField(IndexSchema.Title(language), page.Title, Field.Store.NO));
            doc.Add(new TextField(IndexSchema.TitleGrams(language), page.Title, Field.Store.NO));
            doc.Add(new TextField(IndexSchema.Crumbs(language), Crumbs(page, byId, byPath), Field.Store.NO));
            doc.Add(new Field(IndexSchema.Body(language), body, BodyType));
            doc.Add(new BinaryDocValuesField(IndexSchema.Text, new BytesRef(body)));
            doc.Add(new BinaryDocValuesField(IndexSchema.PassageStarts, Passages.Write(Passages.Starts(blocks))));
            doc.Add(new BinaryDocValuesField(IndexSchema.Translations, new BytesRef(Translations.Write(page.AvailableLanguages.Select(l => (l.Key, l.Value.Id))))));

            yield return doc;
        }

        foreach (var evt in content.Events)
        {
            var doc = Common(IndexSchema.EventKind, region, language, unit);
            doc.Add(new NumericDocValuesField(IndexSchema.KindCode, IndexSchema.EventCode));
            doc.Add(new TextField(IndexSchema.Title(language), evt.Title, Field.Store.NO));
            doc.Add(new TextField(IndexSchema.Body(language), Text(evt.ContentHtml) + "\n" + evt.Location?.ToDisplayString(), Field.Store.NO));
            var location = evt.Location?.ToDisplayString();
            doc.Add(new StoredField(IndexSchema.Payload, Payloads.Write(new EventPayload(evt.Id, evt.Title, evt.Url, evt.Schedule, string.IsNullOrEmpty(location) ? null : location))));
            yield return doc;
        }

        foreach (var location in content.Locations)
        {
            var doc = Common(IndexSchema.LocationKind, region, language, unit);
            doc.Add(new NumericDocValuesField(IndexSchema.KindCode, IndexSchema.LocationCode));
            var address = location.Address?.ToDisplayString();
            var contacts = string.Join('\n', location.Contacts.Select(c => $"{c.AreaOfResponsibility} {c.Name}"));
            doc.Add(new TextField(IndexSchema.Title(language), location.Title + " " + location.Category, Field.Store.NO));
            doc.Add(new TextField(IndexSchema.Body(language), Text(location.ContentHtml) + "\n" + contacts + "\n" + address, Field.Store.NO));
            doc.Add(new StoredField(IndexSchema.Payload, Payloads.Write(new LocationPayload(
                location.Id, location.Title, string.IsNullOrEmpty(address) ? null : address, location.OpeningHours, location.TemporarilyClosed, location.Contacts))));
            yield return doc;
        }
    }

    /// <summary>
    /// The titles of the page's ancestors, nearest first: what the page is filed under. Where an ancestor is not
    /// among the pages, the words of its path stand in (the CMS builds the path from the titles).
    /// </summary>
    private static string Crumbs(Page page, Dictionary<int, Page> byId, Dictionary<string, Page> byPath)
    {
        var titles = new StringBuilder();
        var seen = new HashSet<int> { page.Id };
        var current = page;
        while (true)
        {
            Page? parent = null;
            if (current.ParentId is { } id && byId.TryGetValue(id, out var p) || current.ParentPath is { } path && byPath.TryGetValue(path, out p))
            {
                parent = p;
            }

            if (parent is null || !seen.Add(parent.Id))
            {
                titles.Append(PathWords(current.ParentPath, current.Region, current.Language));
                return titles.ToString();
            }

            titles.Append(parent.Title).Append('\n');
            current = parent;
        }
    }

    /// <summary>"/region/en/work-and-career/vocational-training/" → "work and career\nvocational training".</summary>
    private static string PathWords(string? path, string region, string language)
    {
        if (string.IsNullOrEmpty(path))
        {
            return "";
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Where(s => !s.Equals(region, StringComparison.OrdinalIgnoreCase) && !s.Equals(language, StringComparison.OrdinalIgnoreCase))
            .Select(s => Uri.UnescapeDataString(s).Replace('-', ' '));
        return string.Join('\n', segments.Reverse());
    }

    private static string Text(string html) => HtmlText.ToPlainText(html);

    private static Document Common(string kind, string region, string language, string unit) =>
    [
        new StringField(IndexSchema.Scope, IndexSchema.ScopeOf(kind, region, language), Field.Store.NO),
        new StringField(IndexSchema.Unit, unit, Field.Store.YES),
    ];

    private static FieldType CreateBodyType()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED)
        {
            IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
        };
        type.Freeze();
        return type;
    }
}

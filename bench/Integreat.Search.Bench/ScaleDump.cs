using System.Text.Json;
using System.Text.Json.Nodes;

namespace Integreat.Search.Bench;

/// <summary>
/// Writes a large CMS dump (the layout of docs/interfaces.md) made from a small one, for the scale targets: generated
/// region <c>i</c> copies source region <c>i mod n</c>, each language gets exactly the requested number of pages
/// (source pages repeated or cut), and languages beyond the source's borrow the text of a source language of the
/// same script. It is load, not quality: the borrowed text is not in the language its code claims.
/// </summary>
/// <remarks>
/// Ids are <c>(region + 1) · 10,000,000 + language slot · 100,000 + page number</c>, so they are unique across the
/// whole dump; urls and paths get the generated region and language, and repeated pages a <c>copy-N/</c> segment.
/// Parents and <c>available_languages</c> point at the generated pages of the same copy, so translations stay
/// consistent.
/// </remarks>
internal sealed class ScaleDump
{
    /// <summary>Languages of the generated dump in order; those not in the source borrow from <see cref="Language.BorrowsFrom"/>.</summary>
    public static readonly IReadOnlyList<Language> Languages =
    [
        new("de", "de-DE", "Deutsch", "ltr", "de"),
        new("en", "en-US", "English", "ltr", "en"),
        new("fr", "fr-FR", "Français", "ltr", "fr"),
        new("uk", "uk-UA", "Українська", "ltr", "uk"),
        new("ar", "ar", "العربية", "rtl", "ar"),
        new("fa", "fa-IR", "فارسی", "rtl", "ar"),
        new("tr", "tr-TR", "Türkçe", "ltr", "de"),
        new("ru", "ru-RU", "Русский", "ltr", "uk"),
        new("ro", "ro-RO", "Română", "ltr", "fr"),
        new("pl", "pl-PL", "Polski", "ltr", "en"),
        new("ps", "ps", "پښتو", "rtl", "ar"),
    ];

    private const int RegionStride = 10_000_000;
    private const int LanguageStride = 100_000;

    /// <summary>Events and locations are numbered after the pages inside a language's id block.</summary>
    private const int EventOffset = 50_000;
    private const int LocationOffset = 75_000;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = false };

    private readonly string _source;
    private readonly List<SourceRegion> _regions;

    private ScaleDump(string source, List<SourceRegion> regions)
    {
        _source = source;
        _regions = regions;
    }

    /// <summary>Reads the regions and the page lists of a source dump.</summary>
    public static ScaleDump Read(string sourceDirectory)
    {
        var regions = JsonNode.Parse(File.ReadAllText(Path.Combine(sourceDirectory, "regions.json")))!.AsArray()
            .Select(r => new SourceRegion(r!.AsObject(), (string)(r["path"] ?? r["slug"])!, []))
            .ToList();
        foreach (var region in regions)
        {
            foreach (var language in Languages.Select(l => l.BorrowsFrom).Distinct())
            {
                var file = Path.Combine(sourceDirectory, region.Slug, language, "pages.json");
                var pages = JsonNode.Parse(File.ReadAllText(file))!.AsArray().Select(p => p!.AsObject()).ToList();
                region.Pages[language] = new SourcePages(pages, pages.Select((p, i) => ((int)p["id"]!, i))
                    .GroupBy(e => e.Item1).ToDictionary(g => g.Key, g => g.First().i));
            }
        }

        return new ScaleDump(sourceDirectory, regions);
    }

    /// <summary>The slug of generated region <paramref name="index"/>: its source's slug and the index.</summary>
    public string RegionSlug(int index) => $"{_regions[index % _regions.Count].Slug}-{index:D2}";

    /// <summary>The generated regions made from source region <paramref name="sourceSlug"/>, out of <paramref name="regionCount"/>.</summary>
    public IReadOnlyList<int> RegionsFrom(string sourceSlug, int regionCount)
    {
        var position = _regions.FindIndex(r => r.Slug == sourceSlug);
        return position < 0 ? [] : Enumerable.Range(0, regionCount).Where(i => i % _regions.Count == position).ToList();
    }

    /// <summary>The ids that source page <paramref name="sourceId"/> got in generated region <paramref name="index"/>, one per copy.</summary>
    public IEnumerable<int> GeneratedIds(int index, string languageCode, int sourceId, int pagesPerLanguage)
    {
        var slot = Languages.Select(l => l.Code).ToList().IndexOf(languageCode);
        var pages = _regions[index % _regions.Count].Pages[Languages[slot].BorrowsFrom];
        if (!pages.IndexById.TryGetValue(sourceId, out var position))
        {
            yield break;
        }

        for (var number = position; number < pagesPerLanguage; number += pages.List.Count)
        {
            yield return ((index + 1) * RegionStride) + (slot * LanguageStride) + number;
        }
    }

    /// <summary>Writes the dump into <paramref name="target"/>; returns the number of pages written.</summary>
    public long Write(string target, int regionCount, int languageCount, int pagesPerLanguage)
    {
        if (languageCount is < 1 || languageCount > Languages.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(languageCount), $"between 1 and {Languages.Count}");
        }

        if (pagesPerLanguage is < 1 or >= EventOffset)
        {
            throw new ArgumentOutOfRangeException(nameof(pagesPerLanguage), $"between 1 and {EventOffset - 1}");
        }

        var languages = Languages.Take(languageCount).ToList();
        Directory.CreateDirectory(target);
        var regionList = new JsonArray();
        long written = 0;
        for (var i = 0; i < regionCount; i++)
        {
            var source = _regions[i % _regions.Count];
            var slug = RegionSlug(i);
            var languageList = new JsonArray(languages.Select((l, slot) => (JsonNode)l.ToJson(slot + 1)).ToArray());
            var region = (JsonObject)source.Json.DeepClone();
            region["id"] = i + 1;
            region["name"] = $"{source.Json["name"]} {i:D2}";
            region["path"] = slug;
            if (region.ContainsKey("slug"))
            {
                region["slug"] = slug;
            }

            region["languages"] = languageList.DeepClone();
            regionList.Add(region);
            Directory.CreateDirectory(Path.Combine(target, slug));
            File.WriteAllText(Path.Combine(target, slug, "languages.json"), languageList.ToJsonString(Indented));

            var generation = new Generation(i, slug, source, languages, pagesPerLanguage);
            foreach (var (language, slot) in languages.Select((l, s) => (l, s)))
            {
                var directory = Path.Combine(target, slug, language.Code);
                Directory.CreateDirectory(directory);
                written += WriteArray(Path.Combine(directory, "pages.json"),
                    Enumerable.Range(0, pagesPerLanguage).Select(k => generation.Page(slot, k)));
                CopyOptional("events.json", EventOffset);
                CopyOptional("locations.json", LocationOffset);

                void CopyOptional(string name, int offset)
                {
                    var file = Path.Combine(_source, source.Slug, language.BorrowsFrom, name);
                    if (File.Exists(file))
                    {
                        var items = JsonNode.Parse(File.ReadAllText(file))!.AsArray();
                        WriteArray(Path.Combine(directory, name), items.Select((item, j) => generation.Item(item!.AsObject(), slot, offset + j)));
                    }
                }
            }
        }

        File.WriteAllText(Path.Combine(target, "regions.json"), regionList.ToJsonString(Indented));
        return written;
    }

    private static int WriteArray(string file, IEnumerable<JsonObject> items)
    {
        using var stream = File.Create(file);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartArray();
        var count = 0;
        foreach (var item in items)
        {
            item.WriteTo(writer);
            count++;
        }

        writer.WriteEndArray();
        return count;
    }

    /// <summary>A language of the generated dump and the source language whose text it carries.</summary>
    public sealed record Language(string Code, string Bcp47, string NativeName, string Direction, string BorrowsFrom)
    {
        public JsonObject ToJson(int id) => new()
        {
            ["id"] = id,
            ["code"] = Code,
            ["bcp47_tag"] = Bcp47,
            ["native_name"] = NativeName,
            ["dir"] = Direction,
        };
    }

    private sealed record SourceRegion(JsonObject Json, string Slug, Dictionary<string, SourcePages> Pages);

    /// <summary>The pages of one source region and language, and where each id stands in the list.</summary>
    private sealed record SourcePages(List<JsonObject> List, Dictionary<int, int> IndexById);

    /// <summary>Builds the pages of one generated region.</summary>
    private sealed class Generation(int index, string slug, SourceRegion source, IReadOnlyList<Language> languages, int pagesPerLanguage)
    {
        private int Id(int slot, int number) => (index + 1) * RegionStride + slot * LanguageStride + number;

        /// <summary>Generated page <paramref name="number"/> of language <paramref name="slot"/>: source page <c>number mod n</c>, copy <c>number / n</c>.</summary>
        public JsonObject Page(int slot, int number)
        {
            var language = languages[slot];
            var pages = source.Pages[language.BorrowsFrom];
            var copy = number / pages.List.Count;
            var original = pages.List[number % pages.List.Count];
            var page = (JsonObject)original.DeepClone();
            page["id"] = Id(slot, number);
            page["url"] = Rewrite((string?)original["url"], language, copy);
            page["path"] = Rewrite((string?)original["path"], language, copy);
            if (original["parent"] is JsonObject parent && (int?)parent["id"] is > 0 and var parentId)
            {
                var parentNumber = Number(pages, parentId, copy);
                page["parent"] = new JsonObject
                {
                    ["id"] = parentNumber is { } n ? Id(slot, n) : 0,
                    ["url"] = Rewrite((string?)parent["url"], language, copy),
                    ["path"] = Rewrite((string?)parent["path"], language, copy),
                };
            }

            page["available_languages"] = Translations(original, slot, copy);
            return page;
        }

        /// <summary>An event or location of the source with a generated id and this region's urls; no translations.</summary>
        public JsonObject Item(JsonObject original, int slot, int number)
        {
            var item = (JsonObject)original.DeepClone();
            item["id"] = Id(slot, number);
            item["url"] = Rewrite((string?)original["url"], languages[slot], 0);
            item["path"] = Rewrite((string?)original["path"], languages[slot], 0);
            item["available_languages"] = new JsonObject();
            return item;
        }

        /// <summary>
        /// The generated translations of a page: for each other language, the page its source language links to (or
        /// that has the same id, where the source dump shares ids across languages), of the same copy.
        /// </summary>
        private JsonObject Translations(JsonObject original, int slot, int copy)
        {
            var links = new JsonObject();
            var id = (int)original["id"]!;
            var sourceLinks = original["available_languages"] as JsonObject;
            for (var other = 0; other < languages.Count; other++)
            {
                var language = languages[other];
                if (other == slot)
                {
                    continue;
                }

                var from = language.BorrowsFrom;
                var target = from == languages[slot].BorrowsFrom ? id : (int?)sourceLinks?[from]?["id"] ?? id;
                var pages = source.Pages[from];
                if (Number(pages, target, copy) is not { } number)
                {
                    continue;
                }

                var page = pages.List[number % pages.List.Count];
                links[language.Code] = new JsonObject
                {
                    ["id"] = Id(other, number),
                    ["url"] = Rewrite((string?)page["url"], language, copy),
                    ["path"] = Rewrite((string?)page["path"], language, copy),
                };
            }

            return links;
        }

        /// <summary>The generated number of source page <paramref name="sourceId"/>'s copy <paramref name="copy"/>, if generated.</summary>
        private int? Number(SourcePages pages, int sourceId, int copy) =>
            pages.IndexById.TryGetValue(sourceId, out var i) && copy * pages.List.Count + i < pagesPerLanguage
                ? copy * pages.List.Count + i
                : null;

        /// <summary>"…/lkaugsburg/de/x/" → "…/lkaugsburg-07/tr/copy-1/x/": the generated region and language, and the copy.</summary>
        private string? Rewrite(string? url, Language language, int copy)
        {
            if (url is null)
            {
                return null;
            }

            var from = $"/{source.Slug}/{language.BorrowsFrom}/";
            var at = url.IndexOf(from, StringComparison.Ordinal);
            return at < 0
                ? url
                : string.Concat(url.AsSpan(0, at), $"/{slug}/{language.Code}/", copy > 0 ? $"copy-{copy}/" : "", url.AsSpan(at + from.Length));
        }
    }
}

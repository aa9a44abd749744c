using Integreat.Content.Cms;
using Integreat.Content.Model;
using Integreat.Content.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Integreat.Content.Import;

/// <summary>Imports content from the CMS (live or a dump directory) into the store, all or nothing.</summary>
/// <remarks>
/// Each region and language is fetched, validated and written into one import session of the store
/// (<see cref="IWritableContentStore.BeginImport"/>), which makes all of them visible together at the end. Any failure
/// (a missing file, invalid JSON, a page without id, an unreachable CMS) throws a <see cref="CmsException"/> naming the
/// file or URL, and the store is left exactly as it was. Content equal to what is stored is not rewritten. Memory
/// holds one region and language at a time, so 80 regions × 11 languages import like one.
/// </remarks>
public sealed class ContentImporter(IWritableContentStore store, TimeProvider timeProvider, ILogger<ContentImporter>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<ContentImporter>.Instance;

    /// <summary>Imports the given regions (every region of the source when null or empty) from <paramref name="source"/>.</summary>
    /// <exception cref="UnknownRegionException">A requested region is not in the source; nothing was imported.</exception>
    /// <exception cref="CmsException">The source could not be read or holds unusable data; nothing was imported.</exception>
    public async Task<ImportSummary> ImportAsync(
        ICmsClient source,
        IReadOnlyCollection<string>? regions = null,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var started = timeProvider.GetTimestamp();
        progress?.Report(new ImportProgress(ImportStage.Listing, 0, 0, null, null));

        var available = await source.GetRegionsAsync(cancellationToken);
        var selected = Select(available, regions, source.Origin);
        var withLanguages = new List<Region>(selected.Count);
        foreach (var region in selected)
        {
            progress?.Report(new ImportProgress(ImportStage.Listing, 0, 0, region.Slug, null));
            var languages = await source.GetLanguagesAsync(region.Slug, cancellationToken);
            withLanguages.Add(region with { Languages = languages });
        }

        var total = withLanguages.Sum(r => r.Languages.Count);
        var lines = new List<LanguageImportSummary>(total);
        var step = 0;
        ContentWriteResult result;
        // Each pair goes into the session as soon as it is fetched and validated, so memory holds one pair at a time;
        // the session makes all of them visible together at the commit, or none when anything fails before.
        using (var session = store.BeginImport(withLanguages, timeProvider.GetUtcNow()))
        {
            foreach (var region in withLanguages)
            {
                foreach (var language in region.Languages)
                {
                    progress?.Report(new ImportProgress(ImportStage.Fetching, ++step, total, region.Slug, language.Code));
                    var pairStarted = timeProvider.GetTimestamp();
                    // The three endpoints of one pair are fetched together; pairs one after another, to go easy on the CMS.
                    var pages = source.GetPagesAsync(region.Slug, language.Code, cancellationToken);
                    var events = source.GetEventsAsync(region.Slug, language.Code, cancellationToken);
                    var locations = source.GetLocationsAsync(region.Slug, language.Code, cancellationToken);
                    await Task.WhenAll(pages, events, locations);
                    var content = new LanguageContent(region.Slug, language, await pages, await events, await locations);
                    Validate(content, source.Origin);
                    var change = session.Write(content);
                    lines.Add(new LanguageImportSummary(
                        content.Region, content.Language.Code, content.Pages.Count, content.Events.Count, content.Locations.Count,
                        change, timeProvider.GetElapsedTime(pairStarted)));
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new ImportProgress(ImportStage.Saving, total, total, null, null));
            result = session.Commit();
        }

        lines.AddRange(result.Changes.Where(c => c.Change == ContentChange.Removed)
            .Select(c => new LanguageImportSummary(c.Region, c.Language, 0, 0, 0, ContentChange.Removed, TimeSpan.Zero)));

        var summary = new ImportSummary(source.Origin, lines, result.RegionsChanged, timeProvider.GetElapsedTime(started));
        progress?.Report(new ImportProgress(ImportStage.Completed, total, total, null, null));
        _logger.LogInformation(
            "Imported {Pairs} region/language pairs ({Pages} pages, {Events} events, {Locations} locations) from {Origin} in {Seconds:0.0} s; {Changed} changed",
            lines.Count, summary.Pages, summary.Events, summary.Locations, summary.Origin, summary.Duration.TotalSeconds,
            lines.Count(l => l.Changed));
        return summary;
    }

    private static List<Region> Select(IReadOnlyList<Region> available, IReadOnlyCollection<string>? requested, string origin)
    {
        if (requested is null || requested.Count == 0)
        {
            return available.ToList();
        }

        var bySlug = available.GroupBy(r => r.Slug, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var unknown = requested.Where(r => !bySlug.ContainsKey(r)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (unknown.Count > 0)
        {
            throw new UnknownRegionException(unknown, available.Select(r => r.Slug).Order(StringComparer.Ordinal).ToList(), origin);
        }

        return requested.Distinct(StringComparer.OrdinalIgnoreCase).Select(r => bySlug[r]).ToList();
    }

    /// <summary>Checks what the parser cannot see in one item: ids must be unique, or search results and links would be ambiguous.</summary>
    private static void Validate(LanguageContent content, string origin)
    {
        var where = $"{origin} ({content.Region}/{content.Language.Code})";
        RequireUniqueIds(content.Pages.Select(p => p.Id), where, "page");
        RequireUniqueIds(content.Events.Select(e => e.Id), where, "event");
        RequireUniqueIds(content.Locations.Select(l => l.Id), where, "location");
    }

    private static void RequireUniqueIds(IEnumerable<int> ids, string where, string kind)
    {
        var seen = new HashSet<int>();
        foreach (var id in ids)
        {
            if (!seen.Add(id))
            {
                throw new CmsFormatException(where, $"{kind} id {id} occurs more than once");
            }
        }
    }
}

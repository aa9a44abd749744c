using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Integreat.Search.Analysis;
using Integreat.Search.Events;
using Integreat.Search.Excerpts;
using Integreat.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Integreat.Search.Querying;

/// <summary>Runs a question against one searcher: pages (with passages, proximity and the German fallback), events and contacts.</summary>
internal sealed class PageSearcher(RankingOptions options, TimeProvider timeProvider)
{
    private const int PageCandidates = 40;
    private const int PassageCandidates = 60;
    private const int MaxEvents = 5;

    /// <summary>Only the pages a person is shown get an excerpt: working one out costs more than the search.</summary>
    public const int ExcerptedPages = 3;
    private const int MaxContacts = 3;

    /// <summary>Per reader: region/language → page id → document number. Readers are immutable, so this never goes stale.</summary>
    private static readonly ConditionalWeakTable<IndexReader, Dictionary<string, Dictionary<int, int>>> PageDocs = new();

    private static readonly ConcurrentDictionary<string, ISet<string>> BodyFields = new();

    public SearchResults Search(IndexSearcher searcher, IndexAnalyzer analyzer, SearchQuery query)
    {
        var reader = searcher.IndexReader;
        var language = query.Language.ToLowerInvariant();
        var plan = QueryPlan.Create(analyzer, reader, language, query.Text, options);
        if (plan.IsEmpty)
        {
            return SearchResults.Empty;
        }

        var scores = RankPages(searcher, query.Region, language, plan);
        if (options.UseGermanFallback && LanguageAnalyzers.BaseLanguage(language) != "de")
        {
            AddGermanFallback(searcher, analyzer, query, plan, scores);
        }
        var docs = DocsOf(searcher, query.Region, language);
        var ranked = scores.OrderByDescending(kv => kv.Value).Take(query.MaxResults).ToList();
        var pages = new List<PageHit>(ranked.Count);
        var titles = MultiDocValues.GetBinaryValues(reader, IndexSchema.StoredTitle);
        var urls = MultiDocValues.GetBinaryValues(reader, IndexSchema.Url);
        var confident = false;
        foreach (var (pageId, score) in ranked)
        {
            if (!docs.TryGetValue(pageId, out var doc))
            {
                continue;
            }

            if (pages.Count == 0)
            {
                confident = TermMatches.Coverage(reader, doc, plan, IndexSchema.Title(language), IndexSchema.Body(language)) >= options.ConfidenceCoverage;
            }

            var excerpt = query.WithExcerpts && pages.Count < ExcerptedPages ? Excerpt(reader, doc, searcher.Doc(doc, BodyField(language)).Get(IndexSchema.Body(language)) ?? "", plan) : "";
            pages.Add(new PageHit(pageId, language, Text(titles, doc), Text(urls, doc), excerpt, score));
        }
        var now = query.Now ?? timeProvider.GetUtcNow();
        return new SearchResults(pages, FindEvents(searcher, query.Region, language, plan, now), FindContacts(searcher, query.Region, language, plan, now), confident);
    }

    /// <summary>Page score plus the weighted score of its best passage; pages found only through a passage count too.</summary>
    private Dictionary<int, float> RankPages(IndexSearcher searcher, string region, string language, QueryPlan plan)
    {
        var scores = new Dictionary<int, float>();
        var ids = MultiDocValues.GetNumericValues(searcher.IndexReader, IndexSchema.Id);
        var pageQuery = Scoped(IndexSchema.ScopeOf(IndexSchema.PageKind, region, language),
            plan.WordsQuery(
            [
                (IndexSchema.Title(language), options.TitleBoost),
                (IndexSchema.Crumbs(language), options.CrumbsBoost),
                (IndexSchema.Body(language), options.BodyBoost),
            ], options),
            plan.ProximityQueries(IndexSchema.Body(language), options));
        foreach (var hit in searcher.Search(pageQuery, PageCandidates).ScoreDocs)
        {
            scores[(int)ids.Get(hit.Doc)] = hit.Score;
        }

        if (options.UsePassages && options.PassageWeight > 0)
        {
            var pageOf = MultiDocValues.GetNumericValues(searcher.IndexReader, IndexSchema.PageId);
            var passageQuery = Scoped(IndexSchema.ScopeOf(IndexSchema.PassageKind, region, language),
                plan.WordsQuery([(IndexSchema.Passage(language), 1f)], options),
                []);
            var best = new Dictionary<int, float>();
            foreach (var hit in searcher.Search(passageQuery, PassageCandidates).ScoreDocs)
            {
                var page = (int)pageOf.Get(hit.Doc);
                if (!best.ContainsKey(page))
                {
                    best[page] = hit.Score;
                }
            }

            foreach (var (page, score) in best)
            {
                scores[page] = scores.GetValueOrDefault(page) + options.PassageWeight * score;
            }
        }

        return scores;
    }

    /// <summary>
    /// Words of the question that the asker's language does not know but German does (office names, "Kita",
    /// "Anmeldung") are looked up in the German pages, whose translations into the asker's language then rank higher.
    /// </summary>
    private void AddGermanFallback(IndexSearcher searcher, IndexAnalyzer analyzer, SearchQuery query, QueryPlan plan, Dictionary<int, float> scores)
    {
        var unknown = plan.Groups.Where(g => g.IsUnknown || searcher.IndexReader.DocFreq(new Term(IndexSchema.Body(plan.Language), g.Term)) == 0).ToList();
        if (unknown.Count == 0)
        {
            return;
        }

        var words = string.Join(' ', query.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Any(c => c is >= 'A' and <= 'z' or 'ä' or 'ö' or 'ü' or 'ß' or 'Ä' or 'Ö' or 'Ü')));
        if (words.Length == 0)
        {
            return;
        }

        var german = QueryPlan.Create(analyzer, searcher.IndexReader, "de", words, options with { UseFuzzy = false });
        var known = german.Groups.Where(g => searcher.IndexReader.DocFreq(new Term(IndexSchema.Body("de"), g.Term)) > 0).ToList();
        if (known.Count == 0)
        {
            return;
        }

        var germanQuery = Scoped(IndexSchema.ScopeOf(IndexSchema.PageKind, query.Region, "de"),
            german.WordsQuery([(IndexSchema.Title("de"), options.TitleBoost), (IndexSchema.Body("de"), options.BodyBoost)], options), []);
        var hits = searcher.Search(germanQuery, 10).ScoreDocs;
        if (hits.Length == 0)
        {
            return;
        }

        var top = scores.Count == 0 ? 1f : scores.Values.Max();
        var max = hits[0].Score;
        var prefix = plan.Language + ":";
        foreach (var hit in hits)
        {
            var translation = searcher.Doc(hit.Doc, new HashSet<string> { IndexSchema.Translations })
                .GetValues(IndexSchema.Translations)
                .FirstOrDefault(v => v.StartsWith(prefix, StringComparison.Ordinal));
            if (translation is not null && int.TryParse(translation.AsSpan(prefix.Length), out var id))
            {
                scores[id] = scores.GetValueOrDefault(id) + options.GermanFallbackWeight * top * hit.Score / max;
            }
        }
    }

    private static string Excerpt(IndexReader reader, int doc, string body, QueryPlan plan)
    {
        var terms = new List<(string Term, int Word)>();
        var weights = new float[plan.Groups.Count];
        for (var i = 0; i < plan.Groups.Count; i++)
        {
            var group = plan.Groups[i];
            weights[i] = group.Weight;
            terms.Add((group.Term, i));
            terms.AddRange(group.Synonyms.Concat(group.Corrections).Select(t => (t, i)));
        }

        // Postings are sorted by term: seeking in order keeps the terms enumerator moving forward.
        terms.Sort((a, b) => string.CompareOrdinal(a.Term, b.Term));
        var matches = new List<(int Start, int Word)>();
        TermMatches.Offsets(reader, doc, IndexSchema.Body(plan.Language), terms, matches);
        return SentenceExcerpter.Excerpt(body, matches, weights);
    }

    private List<EventHit> FindEvents(IndexSearcher searcher, string region, string language, QueryPlan plan, DateTimeOffset now)
    {
        var events = new List<EventHit>();
        var hits = Matching(searcher, IndexSchema.ScopeOf(IndexSchema.EventKind, region, language), language, plan);
        foreach (var doc in hits)
        {
            var payload = Payloads.Read<EventPayload>(searcher.Doc(doc).Get(IndexSchema.Payload));
            foreach (var (start, end) in EventOccurrences.Upcoming(payload.Schedule, now, MaxEvents))
            {
                events.Add(new EventHit(payload.Id, payload.Title, start, end, payload.Schedule.AllDay, payload.Location, payload.Url));
            }
        }

        return events.OrderBy(e => e.Start).Take(MaxEvents).ToList();
    }

    private List<ContactHit> FindContacts(IndexSearcher searcher, string region, string language, QueryPlan plan, DateTimeOffset now)
    {
        var contacts = new List<ContactHit>();
        foreach (var doc in Matching(searcher, IndexSchema.ScopeOf(IndexSchema.LocationKind, region, language), language, plan).Take(MaxContacts))
        {
            var payload = Payloads.Read<LocationPayload>(searcher.Doc(doc).Get(IndexSchema.Payload));
            var contact = payload.Contacts.FirstOrDefault(c => (c.PhoneNumber ?? c.MobileNumber ?? c.Email ?? c.Website) is not null);
            contacts.Add(new ContactHit(
                payload.Id,
                payload.Title,
                contact?.PhoneNumber ?? contact?.MobileNumber,
                contact?.Email,
                contact?.Website,
                payload.Address,
                TodaysHours.For(payload.OpeningHours, payload.TemporarilyClosed, now)));
        }

        return contacts;
    }

    /// <summary>Events or locations that contain at least the confidence share of the question's weight, best first.</summary>
    private List<int> Matching(IndexSearcher searcher, string scope, string language, QueryPlan plan)
    {
        var result = new List<int>();
        if (searcher.IndexReader.DocFreq(new Term(IndexSchema.Scope, scope)) == 0)
        {
            return result;
        }

        var query = Scoped(scope, plan.WordsQuery([(IndexSchema.Title(language), options.TitleBoost), (IndexSchema.Body(language), 1f)], options), []);
        foreach (var hit in searcher.Search(query, 10).ScoreDocs)
        {
            if (TermMatches.Coverage(searcher.IndexReader, hit.Doc, plan, IndexSchema.Title(language), IndexSchema.Body(language)) >= options.ConfidenceCoverage)
            {
                result.Add(hit.Doc);
            }
        }

        return result;
    }

    private static ISet<string> BodyField(string language) => BodyFields.GetOrAdd(language, l => new HashSet<string> { IndexSchema.Body(l) });

    private static string Text(BinaryDocValues values, int doc)
    {
        var bytes = new BytesRef();
        values.Get(doc, bytes);
        return bytes.Utf8ToString();
    }

    private static Query Scoped(string scope, Query words, IEnumerable<Query> bonuses)
    {
        var query = new BooleanQuery(disableCoord: true)
        {
            { new TermQuery(new Term(IndexSchema.Scope, scope)) { Boost = 0 }, Occur.MUST },
            { words, Occur.MUST },
        };
        foreach (var bonus in bonuses)
        {
            query.Add(bonus, Occur.SHOULD);
        }

        return query;
    }

    private static Dictionary<int, int> DocsOf(IndexSearcher searcher, string region, string language)
    {
        var reader = searcher.IndexReader;
        var byScope = PageDocs.GetValue(reader, _ => []);
        var scope = IndexSchema.ScopeOf(IndexSchema.PageKind, region, language);
        lock (byScope)
        {
            if (byScope.TryGetValue(scope, out var cached))
            {
                return cached;
            }
        }

        // The scope's postings, walked segment by segment in document order. (A search for the top MaxDoc hits
        // allocated a queue of MaxDoc entries for every region/language: tens of milliseconds at 80 regions.)
        var map = new Dictionary<int, int>();
        var term = new Term(IndexSchema.Scope, scope);
        foreach (var leaf in reader.Leaves)
        {
            var docs = leaf.AtomicReader.GetTermDocsEnum(term);
            var ids = leaf.AtomicReader.GetNumericDocValues(IndexSchema.Id);
            if (docs is null || ids is null)
            {
                continue;
            }

            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                map[(int)ids.Get(doc)] = leaf.DocBase + doc;
            }
        }

        lock (byScope)
        {
            byScope[scope] = map;
        }

        return map;
    }
}

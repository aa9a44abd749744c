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
    private const int MaxEvents = 5;

    /// <summary>Events and locations looked at (each) for a question.</summary>
    private const int MatchingCandidates = 10;

    /// <summary>Lucene allows 1,024 clauses in one query; a question of a few sentences has fewer distinct sequences than this.</summary>
    private const int MaxTitleGrams = 256;

    /// <summary>Only the pages a person is shown get an excerpt: working one out costs more than the search.</summary>
    public const int ExcerptedPages = 3;
    private const int MaxContacts = 3;

    /// <summary>Per reader: region/language → page id → document number. Readers are immutable, so this never goes stale.</summary>
    private static readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, Dictionary<int, int>>> PageDocs = new();

    public SearchResults Search(IndexSearcher searcher, IndexAnalyzer analyzer, SearchQuery query)
    {
        PostingsReuse.BeginQuestion();
        var reader = searcher.IndexReader;
        var language = query.Language.ToLowerInvariant();
        var plan = QueryPlan.Create(analyzer, reader, language, query.Text, options);
        if (plan.IsEmpty)
        {
            return SearchResults.Empty;
        }

        var (scores, rescorer) = RankPages(searcher, query.Region, language, plan, TitleGramsQuery(analyzer, plan, language, query.Text));
        if (options.UseGermanFallback && LanguageAnalyzers.BaseLanguage(language) != "de")
        {
            AddGermanFallback(searcher, analyzer, query, plan, scores);
        }
        var ranked = scores.OrderByDescending(kv => kv.Value).Take(query.MaxResults).ToList();
        var pages = new List<PageHit>(ranked.Count);
        var ids = MultiDocValues.GetNumericValues(reader, IndexSchema.Id);
        var titles = MultiDocValues.GetBinaryValues(reader, IndexSchema.StoredTitle);
        var texts = query.WithExcerpts ? MultiDocValues.GetBinaryValues(reader, IndexSchema.Text) : null;
        var urls = MultiDocValues.GetBinaryValues(reader, IndexSchema.Url);
        var confident = false;
        var scratch = new BytesRef();
        foreach (var (doc, score) in ranked)
        {
            if (pages.Count == 0)
            {
                confident = TermMatches.Coverage(reader, doc, plan, IndexSchema.Title(language), IndexSchema.Body(language)) >= options.ConfidenceCoverage;
            }

            var excerpt = texts is not null && pages.Count < ExcerptedPages ? Excerpt(reader, doc, Text(texts, doc, scratch), plan, rescorer) : "";
            pages.Add(new PageHit((int)ids.Get(doc), language, Text(titles, doc, scratch), Text(urls, doc, scratch), excerpt, score));
        }
        var now = query.Now ?? timeProvider.GetUtcNow();
        var (events, locations) = Matching(searcher, query.Region, language, plan);
        return new SearchResults(pages, FindEvents(reader, events, now), FindContacts(reader, locations, now), confident);
    }

    /// <summary>
    /// The best pages by their words in title, crumbs and body (and the title's letter sequences), then by their best
    /// passage, the proximity of the question's words and the share of the question's weight they hold.
    /// </summary>
    /// <returns>The score of each page found, by document number, and the rescorer, which holds what it read of the candidates.</returns>
    private (Dictionary<int, float> Scores, CandidateRescorer Rescorer) RankPages(IndexSearcher searcher, string region, string language, QueryPlan plan, Query? titleGrams)
    {
        var scores = new Dictionary<int, float>();
        var pageQuery = Scoped(plan.Lookup, IndexSchema.ScopeOf(IndexSchema.PageKind, region, language),
            plan.WordsQuery(
            [
                (IndexSchema.Title(language), options.TitleBoost),
                (IndexSchema.Crumbs(language), options.CrumbsBoost),
                (IndexSchema.Body(language), options.BodyBoost),
            ], options));
        if (titleGrams is not null)
        {
            pageQuery.Add(titleGrams, Occur.SHOULD);
        }

        var hits = searcher.Search(pageQuery, PageCandidates).ScoreDocs;
        var pageScores = hits.Select(h => h.Score).ToArray();
        var rescorer = new CandidateRescorer(searcher, plan, IndexSchema.Body(language), IndexSchema.Title(language), options);
        rescorer.Rescore(hits, pageScores);
        for (var i = 0; i < hits.Length; i++)
        {
            scores[hits[i].Doc] = pageScores[i];
        }

        if (options.WeightedCoordinationPower > 0)
        {
            // The rescorer has read body and title for every candidate (when passages are on): only crumbs are left.
            var known = rescorer.GroupsInBodyOrTitle;
            IReadOnlyList<string> unread = known.Count > 0
                ? [IndexSchema.Crumbs(language)]
                : [IndexSchema.Title(language), IndexSchema.Crumbs(language), IndexSchema.Body(language)];
            WeightedCoordination.Apply(searcher.IndexReader, plan, unread, scores, options.WeightedCoordinationPower, options.CoordinationPower, known);
        }

        return (scores, rescorer);
    }

    /// <summary>
    /// The question's letter sequences against the titles': a bonus for titles that share most of them, whether or not
    /// analysis brought the words to the same term. Null when switched off.
    /// </summary>
    private Query? TitleGramsQuery(IndexAnalyzer analyzer, QueryPlan plan, string language, string text)
    {
        if (options.TitleGramWeight <= 0)
        {
            return null;
        }

        var grams = IndexAnalyzer.Analyze(analyzer.GramsFor(language), IndexSchema.TitleGrams(language), text.Length > QueryPlan.MaxQueryLength ? text[..QueryPlan.MaxQueryLength] : text)
            .Select(t => t.Term).Distinct(StringComparer.Ordinal).Take(MaxTitleGrams).ToList();
        if (grams.Count == 0)
        {
            return null;
        }

        var query = new BooleanQuery(disableCoord: false) { Boost = options.TitleGramWeight };
        foreach (var gram in grams)
        {
            query.Add(plan.Lookup.Query(IndexSchema.TitleGrams(language), gram, 1f), Occur.SHOULD);
        }

        return query;
    }

    /// <summary>
    /// Words of the question that the asker's language does not know but German does (office names, "Kita",
    /// "Anmeldung") are looked up in the German pages, whose translations into the asker's language then rank higher.
    /// </summary>
    private void AddGermanFallback(IndexSearcher searcher, IndexAnalyzer analyzer, SearchQuery query, QueryPlan plan, Dictionary<int, float> scores)
    {
        var body = IndexSchema.Body(plan.Language);
        var unknown = plan.Groups.Where(g => g.IsUnknown || plan.Lookup.DocFreq(body, g.Term) == 0).ToList();
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
        var germanBody = IndexSchema.Body("de");
        var known = german.Groups.Where(g => german.Lookup.DocFreq(germanBody, g.Term) > 0).ToList();
        if (known.Count == 0)
        {
            return;
        }

        var germanQuery = Scoped(german.Lookup, IndexSchema.ScopeOf(IndexSchema.PageKind, query.Region, "de"),
            german.WordsQuery([(IndexSchema.Title("de"), options.TitleBoost), (IndexSchema.Body("de"), options.BodyBoost)], options));
        var hits = searcher.Search(germanQuery, 10).ScoreDocs;
        if (hits.Length == 0)
        {
            return;
        }

        var top = scores.Count == 0 ? 1f : scores.Values.Max();
        var max = hits[0].Score;
        var translations = MultiDocValues.GetBinaryValues(searcher.IndexReader, IndexSchema.Translations);
        var docs = DocsOf(searcher, query.Region, plan.Language);
        foreach (var hit in hits)
        {
            if (Translations.Find(Text(translations, hit.Doc), plan.Language) is { } id && docs.TryGetValue(id, out var doc))
            {
                scores[doc] = scores.GetValueOrDefault(doc) + options.GermanFallbackWeight * top * hit.Score / max;
            }
        }
    }

    private static string Excerpt(IndexReader reader, int doc, string body, QueryPlan plan, CandidateRescorer rescorer)
    {
        var weights = plan.Groups.Select(g => g.Weight).ToArray();
        var matches = new List<(int Start, int Word)>(128);

        // The candidates' postings were read for ranking; only a page found otherwise (the German fallback) is read again.
        if (!rescorer.TryGetMatches(doc, matches))
        {
            var terms = new List<(string Term, int Word)>();
            for (var i = 0; i < plan.Groups.Count; i++)
            {
                var group = plan.Groups[i];
                terms.Add((group.Term, i));
                terms.AddRange(group.Synonyms.Concat(group.Corrections).Select(t => (t, i)));
            }

            // Postings are sorted by term: seeking in order keeps the terms enumerator moving forward.
            terms.Sort((a, b) => string.CompareOrdinal(a.Term, b.Term));
            TermMatches.Offsets(plan.Lookup, reader, doc, IndexSchema.Body(plan.Language), terms, matches);
        }

        return SentenceExcerpter.Excerpt(body, matches, weights);
    }

    private static List<EventHit> FindEvents(IndexReader reader, List<int> hits, DateTimeOffset now)
    {
        var events = new List<EventHit>();
        foreach (var doc in hits)
        {
            var payload = Payloads.Of<EventPayload>(reader, doc);
            foreach (var (start, end) in EventOccurrences.Upcoming(payload.Schedule, now, MaxEvents))
            {
                events.Add(new EventHit(payload.Id, payload.Title, start, end, payload.Schedule.AllDay, payload.Location, payload.Url));
            }
        }

        return events.OrderBy(e => e.Start).Take(MaxEvents).ToList();
    }

    private static List<ContactHit> FindContacts(IndexReader reader, List<int> hits, DateTimeOffset now)
    {
        var contacts = new List<ContactHit>();
        foreach (var doc in hits.Take(MaxContacts))
        {
            var payload = Payloads.Of<LocationPayload>(reader, doc);
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

    /// <summary>
    /// Events and locations that contain at least the confidence share of the question's weight, best first; one
    /// query for both kinds, as each of its term clauses opens postings of its own.
    /// </summary>
    private (List<int> Events, List<int> Locations) Matching(IndexSearcher searcher, string region, string language, QueryPlan plan)
    {
        var events = new List<int>();
        var locations = new List<int>();
        var eventScope = IndexSchema.ScopeOf(IndexSchema.EventKind, region, language);
        var locationScope = IndexSchema.ScopeOf(IndexSchema.LocationKind, region, language);
        var hasEvents = plan.Lookup.DocFreq(IndexSchema.Scope, eventScope) > 0;
        var hasLocations = plan.Lookup.DocFreq(IndexSchema.Scope, locationScope) > 0;
        if (!hasEvents && !hasLocations)
        {
            return (events, locations);
        }

        var scopes = new BooleanQuery(disableCoord: true)
        {
            { plan.Lookup.Query(IndexSchema.Scope, eventScope, 0), Occur.SHOULD },
            { plan.Lookup.Query(IndexSchema.Scope, locationScope, 0), Occur.SHOULD },
        };
        var query = new BooleanQuery(disableCoord: true)
        {
            { scopes, Occur.MUST },
            { plan.WordsQuery([(IndexSchema.Title(language), options.TitleBoost), (IndexSchema.Body(language), 1f)], options), Occur.MUST },
        };
        var kinds = MultiDocValues.GetNumericValues(searcher.IndexReader, IndexSchema.KindCode);
        foreach (var hit in searcher.Search(query, 2 * MatchingCandidates).ScoreDocs)
        {
            var list = kinds.Get(hit.Doc) == IndexSchema.EventCode ? events : locations;
            if (list.Count < MatchingCandidates
                && TermMatches.Coverage(searcher.IndexReader, hit.Doc, plan, IndexSchema.Title(language), IndexSchema.Body(language)) >= options.ConfidenceCoverage)
            {
                list.Add(hit.Doc);
            }
        }

        return (events, locations);
    }

    private static string Text(BinaryDocValues values, int doc, BytesRef? scratch = null)
    {
        // A page's text runs to 100 KB: the scratch buffer saves a copy per call, decoding straight to a string another.
        var bytes = scratch ?? new BytesRef();
        values.Get(doc, bytes);
        return System.Text.Encoding.UTF8.GetString(bytes.Bytes, bytes.Offset, bytes.Length);
    }

    private static BooleanQuery Scoped(TermLookup lookup, string scope, Query words) =>
        new(disableCoord: true)
        {
            { lookup.Query(IndexSchema.Scope, scope, 0), Occur.MUST },
            { words, Occur.MUST },
        };

    private static Dictionary<int, int> DocsOf(IndexSearcher searcher, string region, string language) =>
        PageDocs.GetValue(searcher.IndexReader, _ => new ConcurrentDictionary<string, Dictionary<int, int>>())
            // The scope's postings, walked segment by segment in document order. (A search for the top MaxDoc hits
            // allocated a queue of MaxDoc entries for every region/language: tens of milliseconds at 80 regions.)
            .GetOrAdd(IndexSchema.ScopeOf(IndexSchema.PageKind, region, language), scope =>
            {
                var map = new Dictionary<int, int>();
                var term = new Term(IndexSchema.Scope, scope);
                foreach (var leaf in searcher.IndexReader.Leaves)
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

                return map;
            });
}

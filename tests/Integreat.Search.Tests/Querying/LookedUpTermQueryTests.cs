using Integreat.Search.Querying;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Integreat.Search.Tests.Querying;

public sealed class LookedUpTermQueryTests : IDisposable
{
    private static readonly string[] Bodies =
    [
        "kita anmeldung kita platz",
        "anmeldung im rathaus mit pass und meldebescheinigung für die ganze familie",
        "kita",
        "schule anmeldung kita kita kita",
        "sprachkurs für eltern während die kinder in der kita sind",
        "arzt termin",
        "kita anmeldung",
    ];

    private readonly RAMDirectory _directory = new();
    private readonly RankingSimilarity _similarity = new(1.2f, 0.5f, 1f, fieldIdf: true, averageLengthShare: 0.05f);
    private readonly DirectoryReader _reader;

    public LookedUpTermQueryTests()
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)) { Similarity = _similarity };
        using (var writer = new IndexWriter(_directory, config))
        {
            for (var i = 0; i < Bodies.Length; i++)
            {
                writer.AddDocument(new Document
                {
                    new StringField("n", i.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
                    new TextField("body", Bodies[i], Field.Store.NO),
                    new TextField("title", i % 2 == 0 ? "kita" : "anmeldung", Field.Store.NO),
                });

                // Several segments, as a real index has.
                if (i % 3 == 2)
                {
                    writer.Commit();
                }
            }

            // A deleted page must stay out however its postings are reused.
            writer.DeleteDocuments(new Term("n", "6"));
        }

        _reader = DirectoryReader.Open(_directory);
    }

    [Fact]
    public void Scores_exactly_like_a_Lucene_term_query()
    {
        var searcher = new RankingSearcher(_reader) { Similarity = _similarity };
        var lookup = TermLookup.For(_reader);

        var lucene = Search(searcher, (field, text, boost) => new TermQuery(new Term(field, text)) { Boost = boost });
        PostingsReuse.BeginQuestion();
        var ours = Search(searcher, lookup.Query);

        Assert.Equal(6, lucene.Count);
        Assert.Equal(lucene, ours);
    }

    [Fact]
    public void Reused_enumerators_give_the_same_results_question_after_question_and_within_one()
    {
        var searcher = new RankingSearcher(_reader) { Similarity = _similarity };
        var lookup = TermLookup.For(_reader);
        PostingsReuse.BeginQuestion();
        var first = Search(searcher, lookup.Query);

        // A second search in the same question (as the German fallback makes) gets enumerators of its own.
        var again = Search(searcher, lookup.Query);
        var walked = new List<int>();
        TermMatches.ForEachContaining(lookup, _reader.Leaves[0], "body", "kita", [0, 1, 2], (k, _) => walked.Add(k));
        PostingsReuse.BeginQuestion();
        var next = Search(searcher, lookup.Query);

        Assert.Equal(first, again);
        Assert.Equal(first, next);
        Assert.Equal([0, 2], walked);
    }

    private static List<(int Doc, float Score)> Search(IndexSearcher searcher, Func<string, string, float, Query> term)
    {
        var query = new BooleanQuery();
        foreach (var word in new[] { "kita", "anmeldung", "schule", "fehlt" })
        {
            var any = new DisjunctionMaxQuery(0.1f) { term("title", word, 4f), term("body", word, 1f) };
            query.Add(any, Occur.SHOULD);
        }

        return [.. searcher.Search(query, 10).ScoreDocs.Select(h => (h.Doc, h.Score))];
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}

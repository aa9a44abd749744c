using Integreat.Search.Querying;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Integreat.Search.Tests.Querying;

public sealed class RankingSimilarityTests
{
    [Fact]
    public void A_word_on_every_page_of_its_language_weighs_little_however_big_the_index()
    {
        // 100 German pages in an index of 10,000 documents (other languages, passages).
        var collection = new CollectionStatistics("body.de", maxDoc: 10_000, docCount: 100, sumTotalTermFreq: 50_000, sumDocFreq: 20_000);
        var everywhere = new TermStatistics(new BytesRef("deutschland"), docFreq: 95, totalTermFreq: 400);
        var rare = new TermStatistics(new BytesRef("müll"), docFreq: 2, totalTermFreq: 5);

        var perField = new RankingSimilarity(1.2f, 0.5f, 1f, fieldIdf: true);
        var perIndex = new RankingSimilarity(1.2f, 0.5f, 1f, fieldIdf: false);

        Assert.True(perField.IdfExplain(collection, everywhere).Value < 0.1f);
        Assert.True(perIndex.IdfExplain(collection, everywhere).Value > 4f);
        Assert.True(perField.IdfExplain(collection, rare).Value > 10 * perField.IdfExplain(collection, everywhere).Value);
        Assert.Equal(
            perField.IdfExplain(collection, everywhere).Value + perField.IdfExplain(collection, rare).Value,
            perField.IdfExplain(collection, [everywhere, rare]).Value,
            precision: 4);
    }
}

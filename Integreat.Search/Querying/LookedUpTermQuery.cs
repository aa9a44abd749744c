using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Integreat.Search.Querying;

/// <summary>
/// A term query scored with BM25 exactly like Lucene's <see cref="TermQuery"/> under <see cref="RankingSimilarity"/>,
/// built from what the searcher and the thread already hold: the term's dictionary entry (<see cref="TermLookup"/>),
/// the field's statistics and length table (<see cref="RankingSearcher"/>) and reused enumerators
/// (<see cref="PostingsReuse"/>). Lucene's own made each of these afresh for every word, field and segment.
/// </summary>
internal sealed class LookedUpTermQuery(Term term, TermContext context) : Query
{
    public Term Term => term;

    public TermContext Context => context;

    public override Weight CreateWeight(IndexSearcher searcher) => searcher is RankingSearcher ranking && searcher.Similarity is RankingSimilarity similarity
        ? new LookedUpWeight(this, ranking, similarity)
        : new TermQuery(term, context) { Boost = Boost }.CreateWeight(searcher);

    public override void ExtractTerms(ISet<Term> terms) => terms.Add(term);

    public override string ToString(string field) =>
        (term.Field == field ? term.Text : term.ToString()) + (Boost == 1f ? "" : "^" + Boost.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public override bool Equals(object? obj) => obj is LookedUpTermQuery other && other.Boost == Boost && other.Term.Equals(term);

    public override int GetHashCode() => HashCode.Combine(Boost, term);

    private sealed class LookedUpWeight : Weight
    {
        private readonly LookedUpTermQuery _query;
        private readonly RankingSimilarity.FieldScoring _field;
        private readonly float _idf;
        private float _weight;

        public LookedUpWeight(LookedUpTermQuery query, RankingSearcher searcher, RankingSimilarity similarity)
        {
            _query = query;
            _field = searcher.Scoring(query.Term.Field);
            _idf = similarity.Idf(_field.Statistics, query.Context.DocFreq);
        }

        public override Query Query => _query;

        // What BM25 reports for query normalisation, which it then ignores.
        public override float GetValueForNormalization()
        {
            var queryWeight = _idf * _query.Boost;
            return queryWeight * queryWeight;
        }

        public override void Normalize(float norm, float topLevelBoost) =>
            _weight = _idf * (_query.Boost * topLevelBoost) * (_field.K1 + 1);

        public override Scorer? GetScorer(AtomicReaderContext segment, IBits? acceptDocs)
        {
            var term = _query.Term;
            var state = _query.Context.Get(segment.Ord);
            if (state is null)
            {
                return null;
            }

            var docs = PostingsReuse.Docs(segment.AtomicReader, term.Field, term.Bytes, state, acceptDocs);
            return docs is null ? null : new LookedUpScorer(this, docs, segment.AtomicReader.GetNormValues(term.Field), _weight, _field);
        }

        public override Explanation Explain(AtomicReaderContext segment, int doc)
        {
            if (GetScorer(segment, segment.AtomicReader.LiveDocs) is { } scorer && scorer.Advance(doc) == doc)
            {
                return new Explanation(scorer.GetScore(), $"bm25({_query.Term}, freq={scorer.Freq}, idf={_idf})");
            }

            return new ComplexExplanation(false, 0f, "no matching term");
        }
    }

    private sealed class LookedUpScorer(Weight weight, DocsEnum docs, NumericDocValues? norms, float weightValue, RankingSimilarity.FieldScoring field) : Scorer(weight)
    {
        public override int DocID => docs.DocID;

        public override int Freq => docs.Freq;

        public override int NextDoc() => docs.NextDoc();

        public override int Advance(int target) => docs.Advance(target);

        public override long GetCost() => docs.GetCost();

        public override float GetScore()
        {
            float freq = docs.Freq;
            var norm = norms is null ? field.K1 : field.LengthNorms[(byte)norms.Get(docs.DocID)];
            return weightValue * freq / (freq + norm);
        }
    }
}

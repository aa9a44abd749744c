using Integreat.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Integreat.Search.Querying;

/// <summary>
/// Adds to the scores of the candidate pages what needs word positions: the best passage of each page, and a bonus
/// where neighbouring question words stand within a few words of each other (scored like a sloppy phrase by the
/// searcher's similarity). Worked out for the candidates only, in one pass over their postings: passage documents
/// and phrase clauses would score every page that contains any question word, and look each term up again.
/// </summary>
internal sealed class CandidateRescorer
{
    private readonly IndexSearcher _searcher;
    private readonly QueryPlan _plan;
    private readonly string _field;
    private readonly string _titleField;
    private readonly RankingOptions _options;

    /// <summary>Every term to read: the question's words with their synonyms and corrections, by word, with the weight an occurrence counts.</summary>
    private readonly List<(string Term, int Group, float Weight)> _terms = [];
    private readonly List<(int First, int Second)> _pairs = [];

    /// <summary>What <see cref="Rescore"/> read of each candidate's body, by document number, for its excerpt.</summary>
    private readonly Dictionary<int, Occurrences[]> _read = [];

    /// <summary>Which word groups each candidate has in its body or title, by document number; see <see cref="GroupsInBodyOrTitle"/>.</summary>
    private readonly Dictionary<int, bool[]> _groups = [];

    /// <summary>Indexes into <see cref="_terms"/> in the order of the terms' text, as excerpts list matches.</summary>
    private int[]? _termOrder;

    public CandidateRescorer(IndexSearcher searcher, QueryPlan plan, string field, string titleField, RankingOptions options)
    {
        _searcher = searcher;
        _plan = plan;
        _field = field;
        _titleField = titleField;
        _options = options;
        for (var g = 0; g < plan.Groups.Count; g++)
        {
            var group = plan.Groups[g];
            _terms.Add((group.Term, g, 1f));
            _terms.AddRange(group.Synonyms.Select(s => (s, g, options.SynonymWeight)));
            _terms.AddRange(group.Corrections.Select(c => (c, g, options.FuzzyWeight)));
        }

        var sequence = plan.Sequence;
        for (var i = 0; i + 1 < sequence.Count; i++)
        {
            var first = _terms.FindIndex(t => t.Term == sequence[i]);
            var second = _terms.FindIndex(t => t.Term == sequence[i + 1]);
            if (sequence[i].Length > 0 && sequence[i + 1].Length > 0 && first != second && first >= 0 && second >= 0 && !_pairs.Contains((first, second)))
            {
                _pairs.Add((first, second));
            }
        }
    }

    /// <summary>Adds each candidate's passage score and proximity bonus to its score (<paramref name="scores"/> parallel to <paramref name="candidates"/>).</summary>
    public void Rescore(IReadOnlyList<ScoreDoc> candidates, float[] scores)
    {
        var passageWeight = _options.UsePassages ? _options.PassageWeight : 0f;
        var proximity = _options.ProximityBoost > 0 && _pairs.Count > 0;
        if (candidates.Count == 0 || _terms.Count == 0 || (passageWeight <= 0 && !proximity))
        {
            return;
        }

        var similarity = _searcher.Similarity;
        var pairWeights = proximity ? _pairs.Select(PairWeight).ToArray() : [];
        var starts = MultiDocValues.GetBinaryValues(_searcher.IndexReader, IndexSchema.PassageStarts);
        var leaves = _searcher.IndexReader.Leaves;
        var order = Enumerable.Range(0, candidates.Count).OrderBy(i => candidates[i].Doc).ToArray();
        var bytes = new BytesRef();
        var start = 0;
        while (start < order.Length)
        {
            var leaf = leaves[ReaderUtil.SubIndex(candidates[order[start]].Doc, leaves)];
            var end = start;
            while (end < order.Length && candidates[order[end]].Doc < leaf.DocBase + leaf.AtomicReader.MaxDoc)
            {
                end++;
            }

            var docs = order[start..end].Select(i => candidates[i].Doc - leaf.DocBase).ToArray();
            var occurrences = ReadBody(leaf, docs);
            var inTitle = passageWeight > 0 ? ReadTitle(leaf, docs) : null;
            var pairScorers = pairWeights.Select(w => similarity.GetSimScorer(w, leaf)).ToArray();
            for (var k = 0; k < docs.Length; k++)
            {
                _read[docs[k] + leaf.DocBase] = occurrences[k];
                var bonus = 0f;
                if (inTitle is not null)
                {
                    _groups[docs[k] + leaf.DocBase] = Groups(occurrences[k], inTitle[k]);
                    starts.Get(docs[k] + leaf.DocBase, bytes);
                    bonus += passageWeight * BestPassage(Passages.Read(bytes), occurrences[k], inTitle[k]);
                }

                for (var p = 0; p < pairScorers.Length; p++)
                {
                    var frequency = SloppyFrequency(occurrences[k][_pairs[p].First].Positions, occurrences[k][_pairs[p].Second].Positions, _options.ProximitySlop);
                    if (frequency > 0)
                    {
                        bonus += pairScorers[p].Score(docs[k], frequency);
                    }
                }

                scores[order[start + k]] += bonus;
            }

            start = end;
        }
    }

    /// <summary>
    /// Which word groups (a word, its synonyms or corrections) each candidate has in its body or its title, by
    /// document number: for every candidate once <see cref="Rescore"/> has read both fields (passages on), else empty.
    /// </summary>
    public IReadOnlyDictionary<int, bool[]> GroupsInBodyOrTitle => _groups;

    /// <summary>
    /// Where the question's words occur in the body of a page <see cref="Rescore"/> read, as the start offsets of
    /// every occurrence with the index of its word, terms in the order of their text; false for any other page.
    /// </summary>
    public bool TryGetMatches(int doc, List<(int Start, int Word)> into)
    {
        if (!_read.TryGetValue(doc, out var occurrences))
        {
            return false;
        }

        _termOrder ??= [.. Enumerable.Range(0, _terms.Count).OrderBy(t => _terms[t].Term, StringComparer.Ordinal)];
        foreach (var t in _termOrder)
        {
            foreach (var offset in occurrences[t].Offsets)
            {
                into.Add((offset, _terms[t].Group));
            }
        }

        return true;
    }

    /// <summary>
    /// How often the second word follows the first within <paramref name="slop"/> moves, each occurrence counting
    /// 1 / (distance + 1) as in a sloppy phrase.
    /// </summary>
    internal static float SloppyFrequency(int[] first, int[] second, int slop)
    {
        var frequency = 0f;
        var j = 0;
        foreach (var position in first)
        {
            // Both lists are ascending: skip what lies too far before this occurrence.
            while (j < second.Length && second[j] < position + 1 - slop)
            {
                j++;
            }

            var best = int.MaxValue;
            for (var k = j; k < second.Length && second[k] <= position + 1 + slop; k++)
            {
                best = Math.Min(best, Math.Abs(second[k] - (position + 1)));
            }

            if (best <= slop)
            {
                frequency += 1f / (best + 1);
            }
        }

        return frequency;
    }

    /// <summary>
    /// BM25 of the best passage (the page's idf weights; the passage's length in characters against the length at
    /// which passages are split), with the coordination reward of the page ranking.
    /// </summary>
    private float BestPassage(int[] starts, Occurrences[] occurrences, bool[] inTitle)
    {
        var groups = _plan.Groups.Count;
        var frequencies = new float[starts.Length * groups];
        var lastEnd = 1;
        for (var t = 0; t < occurrences.Length; t++)
        {
            var occurrence = occurrences[t];
            var (_, group, weight) = _terms[t];
            if (inTitle[t])
            {
                // The title heads every passage: it says what each of them is about.
                for (var p = 0; p < starts.Length; p++)
                {
                    frequencies[(p * groups) + group] += weight;
                }
            }

            foreach (var offset in occurrence.Offsets)
            {
                frequencies[(Passages.Of(starts, offset) * groups) + group] += weight;
                lastEnd = Math.Max(lastEnd, offset + 1);
            }
        }

        var best = 0f;
        var k1 = _options.K1;
        var b = _options.B;
        for (var p = 0; p < starts.Length; p++)
        {
            var length = (p + 1 < starts.Length ? starts[p + 1] : Math.Max(lastEnd, starts[p] + 1)) - starts[p];
            var norm = k1 * (1 - b + (b * length / Passages.Length));
            var score = 0f;
            var matched = 0;
            for (var g = 0; g < groups; g++)
            {
                var tf = frequencies[(p * groups) + g];
                if (tf > 0)
                {
                    matched++;
                    score += _plan.Groups[g].Weight * tf * (k1 + 1) / (tf + norm);
                }
            }

            score *= _searcher.Similarity.Coord(matched, groups);
            best = Math.Max(best, score);
        }

        return best;
    }

    private bool[] Groups(Occurrences[] occurrences, bool[] inTitle)
    {
        var groups = new bool[_plan.Groups.Count];
        for (var t = 0; t < _terms.Count; t++)
        {
            groups[_terms[t].Group] |= inTitle[t] || occurrences[t].Offsets.Length > 0;
        }

        return groups;
    }

    /// <summary>What a phrase clause of the two words would weigh (BM25 does not normalise queries).</summary>
    private Similarity.SimWeight PairWeight((int First, int Second) pair)
    {
        var first = _terms[pair.First].Term;
        var second = _terms[pair.Second].Term;
        var weight = _searcher.Similarity.ComputeWeight(_options.ProximityBoost, _searcher.CollectionStatistics(_field),
            _searcher.TermStatistics(new Term(_field, first), _plan.Lookup.Get(_field, first)),
            _searcher.TermStatistics(new Term(_field, second), _plan.Lookup.Get(_field, second)));
        weight.Normalize(1f, 1f);
        return weight;
    }

    /// <summary>Positions and offsets of every term in each of the documents (ascending), term by term.</summary>
    private Occurrences[][] ReadBody(AtomicReaderContext leaf, int[] docs)
    {
        var result = new Occurrences[docs.Length][];
        for (var k = 0; k < docs.Length; k++)
        {
            result[k] = new Occurrences[_terms.Count];
            Array.Fill(result[k], Occurrences.None);
        }

        for (var t = 0; t < _terms.Count; t++)
        {
            var term = t;
            TermMatches.ForEachWithOffsets(_plan.Lookup, leaf, _field, _terms[t].Term, docs, (k, found) => result[k][term] = Read(found));
        }

        return result;
    }

    /// <summary>Which terms each of the documents (ascending) has in its title.</summary>
    private bool[][] ReadTitle(AtomicReaderContext leaf, int[] docs)
    {
        var result = docs.Select(_ => new bool[_terms.Count]).ToArray();
        for (var t = 0; t < _terms.Count; t++)
        {
            var term = t;
            TermMatches.ForEachContaining(_plan.Lookup, leaf, _titleField, _terms[t].Term, docs, (k, _) => result[k][term] = true);
        }

        return result;
    }

    private static Occurrences Read(DocsAndPositionsEnum postings)
    {
        var positions = new int[postings.Freq];
        var offsets = new int[positions.Length];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = postings.NextPosition();
            offsets[i] = Math.Max(0, postings.StartOffset);
        }

        return new Occurrences(positions, offsets);
    }

    /// <summary>Where one term occurs in one document: word positions and character offsets.</summary>
    private sealed record Occurrences(int[] Positions, int[] Offsets)
    {
        public static Occurrences None { get; } = new([], []);
    }
}

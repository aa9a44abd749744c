namespace Integreat.Search.Excerpts;

/// <summary>
/// Picks the one or two whole sentences of a text that contain most of the question's weight, at most
/// <see cref="MaxLength"/> characters: what a person on a basic phone reads instead of the page.
/// </summary>
internal static class SentenceExcerpter
{
    public const int MaxLength = 300;

    /// <param name="matches">Where question words occur in <paramref name="text"/>, with the weight of each word (its index into <paramref name="weights"/>).</param>
    public static string Excerpt(string text, IReadOnlyList<(int Start, int Word)> matches, IReadOnlyList<float> weights)
    {
        var sentences = Sentences(text);
        if (sentences.Count == 0)
        {
            return "";
        }

        var scores = new float[sentences.Count];
        var words = new HashSet<int>[sentences.Count];
        foreach (var (start, word) in matches)
        {
            var index = IndexOf(sentences, start);
            words[index] ??= [];
            if (words[index].Add(word))
            {
                scores[index] += weights[word];
            }
        }

        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        var first = sentences[best];
        var chosen = Slice(text, first);
        if (chosen.Length > MaxLength)
        {
            return Shorten(chosen);
        }

        // A second sentence, the better neighbour, when it adds words not yet shown or the first is short.
        var candidates = new[] { best + 1, best - 1 }.Where(i => i >= 0 && i < sentences.Count).ToList();
        var neighbour = candidates
            .OrderByDescending(i => NewWeight(words, best, i, weights))
            .ThenBy(i => i < best ? 1 : 0)
            .Select(i => (int?)i)
            .FirstOrDefault();
        if (neighbour is { } n && (NewWeight(words, best, n, weights) > 0 || chosen.Length < 80))
        {
            var (a, b) = n > best ? (first, sentences[n]) : (sentences[n], first);
            var joined = Slice(text, a) + " " + Slice(text, b);
            if (joined.Length <= MaxLength)
            {
                return joined;
            }
        }

        return chosen;
    }

    /// <summary>Sentence spans: a sentence ends at a line break or at . ! ? ؟ followed by a space, unless the word before is an abbreviation ("z. B.", "e. V.", "Nr.").</summary>
    internal static List<(int Start, int End)> Sentences(string text)
    {
        // About one sentence per 60 characters: sized once rather than regrown on long pages.
        var spans = new List<(int, int)>((text.Length / 60) + 4);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var end = -1;
            if (c == '\n')
            {
                end = i;
            }
            else if (c is '.' or '!' or '?' or '؟' or '۔' or '።' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]) && !IsAbbreviation(text, start, i))
            {
                end = i + 1;
            }

            if (end >= 0)
            {
                Add(spans, text, start, end);
                start = i + 1;
            }
        }

        Add(spans, text, start, text.Length);
        return spans;
    }

    private static float NewWeight(HashSet<int>[] words, int best, int other, IReadOnlyList<float> weights) =>
        words[other] is null ? 0 : words[other].Where(w => words[best] is null || !words[best].Contains(w)).Sum(w => weights[w]);

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        if (text[dot] != '.')
        {
            return false;
        }

        var letters = 0;
        var i = dot - 1;
        while (i >= sentenceStart && char.IsLetter(text[i]))
        {
            letters++;
            i--;
        }

        // "e." "z." "Nr." "ca." — one to three letters, or the next sentence would start with a lower-case letter.
        var next = dot + 2 < text.Length ? text[dot + 2] : 'A';
        return (letters is > 0 and <= 2) || char.IsLower(next) || char.IsDigit(next);
    }

    private static void Add(List<(int, int)> spans, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add((start, end));
        }
    }

    private static int IndexOf(List<(int Start, int End)> sentences, int offset)
    {
        var low = 0;
        var high = sentences.Count - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (sentences[mid].Start <= offset)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }

    private static string Slice(string text, (int Start, int End) span) => text[span.Start..span.End];

    private static string Shorten(string sentence)
    {
        var cut = sentence.LastIndexOf(' ', MaxLength - 1);
        return sentence[..(cut > MaxLength / 2 ? cut : MaxLength - 1)].TrimEnd(',', ';', ':', ' ') + "…";
    }
}

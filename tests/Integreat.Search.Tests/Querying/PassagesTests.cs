using Integreat.Content.Text;
using Integreat.Search.Indexing;

namespace Integreat.Search.Tests.Querying;

public sealed class PassagesTests
{
    [Fact]
    public void Passages_start_at_headings_and_after_long_runs_of_paragraphs()
    {
        var text = HtmlText.Extract(
            "<p>Intro.</p><h2>Kita</h2><p>" + new string('a', 700) + "</p><p>Noch ein Absatz.</p><h2>Schule</h2><p>Ende.</p>");

        var starts = Passages.Starts(text.Blocks);

        var passages = starts.Select((s, i) => text.Text[s..(i + 1 < starts.Length ? starts[i + 1] : text.Text.Length)].TrimEnd('\n')).ToList();
        Assert.Equal(["Intro.", "Kita\n" + new string('a', 700), "Noch ein Absatz.", "Schule\nEnde."], passages);
    }

    [Fact]
    public void An_offset_belongs_to_the_passage_that_starts_at_or_before_it_and_starts_survive_the_doc_value()
    {
        var starts = Passages.Read(Passages.Write([0, 10, 25]));

        Assert.Equal([0, 10, 25], starts);
        Assert.Equal(0, Passages.Of(starts, 0));
        Assert.Equal(0, Passages.Of(starts, 9));
        Assert.Equal(1, Passages.Of(starts, 10));
        Assert.Equal(2, Passages.Of(starts, 400));
    }
}

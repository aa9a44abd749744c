using Integreat.Bot.Channels.Text;

namespace Integreat.Bot.Tests.Channels.Text;

public class TextSplitterTests
{
    [Fact]
    public void Split_CutsAtSentenceEnds_WhenNoParagraphFits()
    {
        var text = string.Join(" ", Enumerable.Range(1, 40).Select(i => $"Satz Nummer {i} endet hier."));

        var pieces = TextSplitter.Split(text, 100);

        Assert.True(pieces.Count > 1);
        Assert.All(pieces, p => Assert.True(p.Length <= 100, p));
        Assert.All(pieces, p => Assert.EndsWith("endet hier.", p));
        Assert.Equal(text, string.Join(" ", pieces));
    }

    [Fact]
    public void Split_PrefersParagraphs()
    {
        var first = new string('a', 30) + ".";
        var second = new string('b', 30) + ".";

        var pieces = TextSplitter.Split(first + "\n\n" + second, 50);

        Assert.Equal([first, second], pieces);
    }

    [Fact]
    public void Split_CutsAnUnbrokenWordHard_WithoutBreakingSurrogatePairs()
    {
        var text = string.Concat(Enumerable.Repeat("😀", 10));

        var pieces = TextSplitter.Split(text, 5);

        Assert.All(pieces, p => Assert.False(char.IsHighSurrogate(p[^1])));
        Assert.Equal(text, string.Concat(pieces));
    }

    [Fact]
    public void Sentences_JoinBackToTheText_InArabic()
    {
        var text = "هذه جملة أولى. هل هذه جملة ثانية؟ نعم!";

        var sentences = TextSplitter.Sentences(text);

        Assert.Equal(3, sentences.Count);
        Assert.Equal(text, string.Concat(sentences));
    }

    [Fact]
    public void Pack_KeepsEveryMessageWithinTheLimit()
    {
        var paragraphs = Enumerable.Range(1, 30).Select(i => new TextParagraph(TextSpan.Plain(new string('x', 40 + i) + "."))).ToList();

        var messages = TextSplitter.Pack(paragraphs, 200, p => p.PlainText.Length);

        Assert.All(messages, m => Assert.True(string.Join("\n\n", m.Select(p => p.PlainText)).Length <= 200));
        Assert.Equal(paragraphs.Sum(p => p.PlainText.Length), messages.Sum(m => m.Sum(p => p.PlainText.Length)));
    }
}

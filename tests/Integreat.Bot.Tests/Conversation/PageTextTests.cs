using Integreat.Bot.Conversation;

namespace Integreat.Bot.Tests.Conversation;

public sealed class PageTextTests
{
    [Fact]
    public void Html_becomes_lines_of_text()
    {
        var text = PageText.ToPlainText("<h2>Kita</h2><p>Erste&nbsp;Zeile<br>zweite <b>Zeile</b></p><ul><li>A</li><li>B &amp; C</li></ul>");
        Assert.Equal("Kita\nErste Zeile\nzweite Zeile\nA\nB & C", text);
    }

    [Fact]
    public void Chunks_are_short_break_at_sentences_and_keep_every_word()
    {
        var sentence = "Dies ist ein Satz mit einigen Wörtern darin.";
        var text = string.Join(' ', Enumerable.Repeat(sentence, 40)) + "\nNeuer Absatz.";

        var chunks = PageText.Chunks(text, 200);

        Assert.All(chunks, c => Assert.InRange(c.Length, 1, 200));
        Assert.All(chunks.SkipLast(1), c => Assert.EndsWith(".", c));
        Assert.Equal(
            text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries),
            string.Join(' ', chunks).Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
    }
}

using System.Text;
using System.Text.RegularExpressions;
using Integreat.Bot.Channels.Telegram;
using Integreat.Bot.Conversation;

namespace Integreat.Bot.Tests.Channels.Telegram;

public partial class TelegramRendererTests
{
    private static readonly ReplyLabels Labels = new("Kontakte", "Termine", "Weitere Seiten", "Antworten Sie MEHR für mehr.", "MEHR");

    [GeneratedRegex("<(/?)([a-z]+)")]
    private static partial Regex Tag();

    [GeneratedRegex("&(?!(amp|lt|gt|quot);)")]
    private static partial Regex BareAmpersand();

    private static string VisibleText(string html) =>
        Regex.Replace(html, "<[^>]+>", "").Replace("&lt;", "<").Replace("&gt;", ">").Replace("&quot;", "\"").Replace("&amp;", "&");

    [Fact]
    public void Render_EscapesMarkupInContent_AndUsesOnlyTelegramTags()
    {
        var reply = new Reply
        {
            Language = "de",
            Answer = new PageAnswer(1, "de", "Kurse <b>&</b> Beratung", "Preis < 5 € & mehr > nichts.", "https://example.org/a?x=1&y=\"2\""),
            Labels = Labels,
        };

        var html = Assert.Single(TelegramRenderer.Render(reply)).Html;

        Assert.Contains("Kurse &lt;b&gt;&amp;&lt;/b&gt; Beratung", html);
        Assert.Contains("Preis &lt; 5 € &amp; mehr &gt; nichts.", html);
        Assert.Contains("href=\"https://example.org/a?x=1&amp;y=&quot;2&quot;\"", html);
        Assert.DoesNotMatch(BareAmpersand(), html);
        Assert.All(Tag().Matches(html), m => Assert.Contains(m.Groups[2].Value, new[] { "b", "i", "a" }));
    }

    [Fact]
    public void Render_SplitsLongAnswers_AtSentenceEnds_Within4096Characters()
    {
        var sentence = "Dieser Satz erklärt einen Teil der Anmeldung beim Bürgeramt. ";
        var text = string.Concat(Enumerable.Repeat(sentence, 200));
        var reply = new Reply { Language = "de", Answer = new PageAnswer(1, "de", "Anmeldung", text, "https://example.org/a"), Labels = Labels };

        var messages = TelegramRenderer.Render(reply);

        Assert.True(messages.Count >= 3);
        Assert.All(messages, m => Assert.True(VisibleText(m.Html).Length <= TelegramRenderer.MaxMessageLength));
        Assert.All(messages.SkipLast(1), m => Assert.EndsWith(".", VisibleText(m.Html).TrimEnd()));
        var visible = string.Concat(messages.Select(m => VisibleText(m.Html)));
        Assert.Equal(200, Regex.Matches(visible, "Bürgeramt\\.").Count);
    }

    [Fact]
    public void Render_PutsChoicesOnButtons_OfTheLastMessage()
    {
        var longKey = new string('k', 80);
        var reply = new Reply
        {
            Language = "en",
            Paragraphs = ["Pick one."],
            Choices = [new Choice("1", "Kita"), new Choice(longKey, "Schule")],
            Labels = Labels,
        };

        var message = Assert.Single(TelegramRenderer.Render(reply));

        var buttons = message.Keyboard!.InlineKeyboard.SelectMany(row => row).ToList();
        Assert.Equal(["Kita", "Schule"], buttons.Select(b => b.Text));
        Assert.Equal("1", buttons[0].CallbackData);
        Assert.Equal("2", buttons[1].CallbackData);
        Assert.All(buttons, b => Assert.True(Encoding.UTF8.GetByteCount(b.CallbackData!) <= TelegramRenderer.MaxCallbackDataBytes));
    }
}

using Integreat.Bot.Channels.Twilio;
using Integreat.Bot.Conversation;

namespace Integreat.Bot.Tests.Channels.Twilio;

public class WhatsAppRendererTests
{
    [Fact]
    public void Render_BoldTitle_NumberedChoices()
    {
        var (title, sentence, _, labels) = ScriptedEngine.Languages["uk"];
        var reply = new Reply
        {
            Language = "uk",
            Answer = new PageAnswer(1, "uk", title, sentence, "https://integreat.example/uk/1"),
            Choices = [new Choice("1", "Школа")],
            Labels = labels,
        };

        var message = Assert.Single(WhatsAppRenderer.Render(reply));

        Assert.StartsWith("*" + title + "*", message);
        Assert.Contains("1. Школа", message);
        Assert.Contains("https://integreat.example/uk/1", message);
    }

    [Fact]
    public void Render_SplitsAt1600Characters()
    {
        var (title, sentence, _, labels) = ScriptedEngine.Languages["de"];
        var reply = new Reply
        {
            Language = "de",
            Answer = new PageAnswer(1, "de", title, string.Join(" ", Enumerable.Repeat(sentence, 80)), "https://integreat.example/de/1"),
            Labels = labels,
        };

        var messages = WhatsAppRenderer.Render(reply);

        Assert.True(messages.Count >= 3);
        Assert.All(messages, m => Assert.True(m.Length <= WhatsAppRenderer.MaxMessageLength, $"{m.Length}"));
        Assert.Equal(80, messages.Sum(m => m.Split("Anfänger an.").Length - 1));
    }
}

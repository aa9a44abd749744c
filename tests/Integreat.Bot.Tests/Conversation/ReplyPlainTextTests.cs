using Integreat.Bot.Conversation;
using Integreat.Content.Model;

namespace Integreat.Bot.Tests.Conversation;

public sealed class ReplyPlainTextTests
{
    private static readonly ReplyLabels Labels = new("Kontakt", "Veranstaltungen", "Weitere Ergebnisse", "Senden Sie MEHR, um weiterzulesen.", "MEHR");

    [Fact]
    public void Renders_answer_contacts_events_choices_and_the_more_hint_in_that_order()
    {
        var reply = new Reply
        {
            Language = "de",
            Labels = Labels,
            Paragraphs = ["Willkommen!"],
            Answer = new PageAnswer(1, "de", "Kita-Platz finden", "Kinder ab einem Jahr.", "https://example.org/kita"),
            OtherPages = [new PageAnswer(2, "de", "Deutschkurs", "", "https://example.org/kurs")],
            Contacts = [new ReplyContact("Kita-Büro", "+49 1", null, null, null, "Heute geöffnet: 08:00–12:00")],
            Events = [new ReplyEvent(5, "Elterncafé", DateTimeOffset.UnixEpoch, null, "Donnerstag, 12.03.2026, 15:00", "Rathaus", "https://example.org/e")],
            Choices = [new Choice("1", "Deutschkurs")],
            HasMore = true,
        };

        Assert.Equal(
            "Willkommen!\n\nKita-Platz finden\nKinder ab einem Jahr.\nhttps://example.org/kita\n\nKontakt:\nKita-Büro\n+49 1\nHeute geöffnet: 08:00–12:00\n\n"
            + "Veranstaltungen:\nElterncafé\nDonnerstag, 12.03.2026, 15:00\nRathaus\n\nWeitere Ergebnisse:\n1 Deutschkurs\n\nSenden Sie MEHR, um weiterzulesen.",
            ReplyPlainText.Render(reply));
    }

    [Fact]
    public void Right_to_left_lines_start_with_a_right_to_left_mark_and_silent_replies_are_empty()
    {
        var reply = new Reply { Language = "ar", Labels = Labels, Direction = TextDirection.RightToLeft, Paragraphs = ["مرحبا"], Choices = [new Choice("1", "English")] };

        Assert.All(ReplyPlainText.Render(reply).Split('\n').Where(l => l.Length > 0), l => Assert.StartsWith("\u200F", l));
        Assert.Equal(string.Empty, ReplyPlainText.Render(reply with { IsSilent = true }));
    }
}

using Integreat.Bot.Channels.Terminal;
using Integreat.Bot.Conversation;
using Integreat.Content.Model;

namespace Integreat.Bot.Tests.Channels.Terminal;

public sealed class TerminalRendererTests
{
    private static readonly ReplyLabels Labels = new("Kontakt", "Veranstaltungen", "Weitere Ergebnisse", "Senden Sie MEHR, um weiterzulesen.", "MEHR");

    [Fact]
    public void Renders_answer_contacts_events_results_and_the_more_hint_in_that_order()
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

        var text = TerminalRenderer.Render(reply);

        string[] order = ["Willkommen!", "Kita-Platz finden", "Kinder ab einem Jahr.", "https://example.org/kita", "Kontakt", "+49 1",
            "Veranstaltungen", "Elterncafé", "Weitere Ergebnisse", "1. Deutschkurs", "Senden Sie MEHR"];
        var positions = order.Select(part => text.IndexOf(part, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void A_menu_without_an_answer_has_no_results_heading()
    {
        var reply = new Reply { Language = "de", Labels = Labels, Paragraphs = ["Wählen Sie eine Sprache:"], Choices = [new Choice("1", "English"), new Choice("2", "العربية")] };

        var text = TerminalRenderer.Render(reply);

        Assert.DoesNotContain("Weitere Ergebnisse", text);
        Assert.Contains("1. English\n2. العربية", text);
    }

    [Fact]
    public void Right_to_left_lines_start_with_a_right_to_left_mark_and_silent_replies_are_empty()
    {
        var reply = new Reply { Language = "ar", Labels = Labels, Direction = TextDirection.RightToLeft, Paragraphs = ["مرحبا"], Choices = [new Choice("1", "English")] };

        Assert.All(TerminalRenderer.Render(reply).Split('\n').Where(l => l.Length > 0), l => Assert.StartsWith("\u200F", l));
        Assert.Equal(string.Empty, TerminalRenderer.Render(reply with { IsSilent = true }));
    }
}

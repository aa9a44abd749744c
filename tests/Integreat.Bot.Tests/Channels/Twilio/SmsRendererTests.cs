using Integreat.Bot.Channels.Twilio;
using Integreat.Bot.Conversation;

namespace Integreat.Bot.Tests.Channels.Twilio;

public class SmsRendererTests
{
    private static Reply LongReply(string language, int sentences)
    {
        var (title, sentence, _, labels) = ScriptedEngine.Languages[language];
        return new Reply
        {
            Language = language,
            Answer = new PageAnswer(3, language, title, string.Join(" ", Enumerable.Repeat(sentence, sentences)), "https://integreat.example/p/3"),
            Choices = [new Choice("1", title + " A"), new Choice("2", title + " B")],
            Labels = labels,
        };
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public void German_LongReply_FitsTheBudget_EndsWithTheHint_AndKeepsTheLink(int maxSegments)
    {
        var reply = LongReply("de", 30);

        var sms = SmsRenderer.Render(reply, maxSegments);

        var count = SmsEncoding.Count(sms, SmsEncoding.AlphabetFor(sms, "de"));
        Assert.Equal(SmsAlphabet.Gsm7, count.Alphabet);
        Assert.True(count.Segments <= maxSegments, $"{count.Segments} segments: {sms}");
        Assert.EndsWith(reply.Labels.MoreHint, sms);
        if (maxSegments > 1)
        {
            Assert.Contains("https://integreat.example/p/3", sms);
        }
    }

    [Fact]
    public void German_TextIsCutAtASentenceEnd()
    {
        var reply = LongReply("de", 30);

        var sms = SmsRenderer.Render(reply, 3);

        // Every sentence that starts also ends: the cut fell between sentences.
        var started = sms.Split("Die Volkshochschule").Length - 1;
        Assert.InRange(started, 1, 29);
        Assert.Equal(started, sms.Split("Anfänger an.").Length - 1);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Arabic_LongReply_IsUcs2_AndFitsTheBudget(int maxSegments)
    {
        var reply = LongReply("ar", 20);

        var sms = SmsRenderer.Render(reply, maxSegments);

        var count = SmsEncoding.Count(sms, SmsEncoding.AlphabetFor(sms, "ar"));
        Assert.Equal(SmsAlphabet.Ucs2, count.Alphabet);
        Assert.True(count.Segments <= maxSegments, $"{count.Segments} segments ({count.Units} units)");
        Assert.EndsWith(reply.Labels.MoreHint, sms);
        Assert.Contains(ScriptedEngine.Languages["ar"].Title, sms);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("ar")]
    public void Welcome_GivesWayToTheAnswer_WhenRoomIsShort(string language)
    {
        var reply = LongReply(language, 6) with
        {
            Paragraphs = [string.Join(" ", Enumerable.Repeat(ScriptedEngine.Languages[language].Welcome, 6)), ScriptedEngine.Languages[language].Welcome],
        };

        var sms = SmsRenderer.Render(reply, 3);

        Assert.Contains(ScriptedEngine.Languages[language].Title, sms);
        Assert.Contains("https://integreat.example/p/3", sms);
        Assert.Contains(ScriptedEngine.Languages[language].Sentence, sms);
        Assert.DoesNotContain(ScriptedEngine.Languages[language].Welcome, sms);
        Assert.True(SmsEncoding.Count(sms, SmsEncoding.AlphabetFor(sms, language)).Segments <= 3);
    }

    [Fact]
    public void German_TypographicDashes_DoNotForceUcs2()
    {
        var reply = LongReply("de", 3) with
        {
            Contacts = [new ReplyContact("VHS", "09999 300-400", null, null, null, "Heute geöffnet: 09:00–12:00")],
        };

        var sms = SmsRenderer.Render(reply, 3);

        Assert.Contains("09:00-12:00", sms);
        Assert.Equal(SmsAlphabet.Gsm7, SmsEncoding.AlphabetFor(sms, "de"));
    }

    [Fact]
    public void WithoutAPage_TheLastNoteStays()
    {
        var (_, _, welcome, labels) = ScriptedEngine.Languages["de"];
        var reply = new Reply
        {
            Language = "de",
            Paragraphs = [string.Join(" ", Enumerable.Repeat(welcome, 10)), "Leider nichts gefunden."],
            Choices = [new Choice("1", "Kita"), new Choice("2", "Schule")],
            Labels = labels,
        };

        var sms = SmsRenderer.Render(reply, 1);

        Assert.StartsWith("Leider nichts gefunden.", sms);
        Assert.True(SmsEncoding.Count(sms, SmsAlphabet.Gsm7).Segments <= 1);
    }

    [Fact]
    public void ShortReply_IsWhole_WithNumberedChoices_AndNoHint()
    {
        var reply = LongReply("en", 1);

        var sms = SmsRenderer.Render(reply, 3);

        Assert.Contains("1. German classes A", sms);
        Assert.Contains("2. German classes B", sms);
        Assert.DoesNotContain(reply.Labels.MoreHint, sms);
    }
}

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

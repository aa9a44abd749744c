using Integreat.Bot.Channels.Twilio;

namespace Integreat.Bot.Tests.Channels.Twilio;

public class SmsEncodingTests
{
    [Theory]
    [InlineData(160, 1)]
    [InlineData(161, 2)]
    [InlineData(306, 2)]
    [InlineData(307, 3)]
    public void Gsm7_Counts160ThenParts153(int length, int segments)
    {
        var count = SmsEncoding.Count(new string('a', length), SmsAlphabet.Gsm7);

        Assert.Equal(segments, count.Segments);
    }

    [Fact]
    public void Gsm7_ExtensionCharactersCountTwo()
    {
        var text = new string('a', 155) + "€[]";

        Assert.True(SmsEncoding.IsGsm7(text));
        var count = SmsEncoding.Count(text, SmsAlphabet.Gsm7);

        Assert.Equal(161, count.Units);
        Assert.Equal(2, count.Segments);
    }

    [Fact]
    public void Gsm7_NeverSplitsAnEscapeAcrossParts()
    {
        // 152 plain characters, then "€" (2 septets) would straddle the 153 boundary: it moves to the next part.
        var text = new string('a', 152) + "€" + new string('a', 10);

        Assert.Equal(2, SmsEncoding.Count(text, SmsAlphabet.Gsm7).Segments);
    }

    [Theory]
    [InlineData(70, 1)]
    [InlineData(71, 2)]
    [InlineData(134, 2)]
    [InlineData(135, 3)]
    public void Ucs2_Counts70ThenParts67(int length, int segments)
    {
        Assert.Equal(segments, SmsEncoding.Count(new string('ж', length), SmsAlphabet.Ucs2).Segments);
    }

    [Theory]
    [InlineData("Grüße aus Köln", null, SmsAlphabet.Gsm7)]
    [InlineData("Straße", "de", SmsAlphabet.Gsm7)]
    [InlineData("Zoë’s café", null, SmsAlphabet.Ucs2)]
    [InlineData("مرحبا", null, SmsAlphabet.Ucs2)]
    [InlineData("Kyiv 2024", "uk", SmsAlphabet.Ucs2)]
    [InlineData("1 2 3", "ar", SmsAlphabet.Ucs2)]
    [InlineData("1 2 3", "fa", SmsAlphabet.Ucs2)]
    public void AlphabetFor_ChoosesUcs2ForNonGsmTextAndForcedLanguages(string text, string? language, SmsAlphabet expected)
    {
        Assert.Equal(expected, SmsEncoding.AlphabetFor(text, language));
    }

    [Fact]
    public void Ucs2_CountsEmojiAsTwoCodeUnits()
    {
        var count = SmsEncoding.Count(new string('a', 69) + "😀", SmsAlphabet.Ucs2);

        Assert.Equal(71, count.Units);
        Assert.Equal(2, count.Segments);
    }

    [Theory]
    [InlineData("Heute geöffnet: 09:00–12:00", "Heute geöffnet: 09:00-12:00")]
    [InlineData("„Kita“ … ‚Schule‘", "\"Kita\" ... 'Schule'")]
    [InlineData("a\u00A0b\u200Fc", "a bc")]
    public void ToGsmPunctuation_KeepsLatinTextInGsm7(string text, string expected)
    {
        var normalized = SmsEncoding.ToGsmPunctuation(text);

        Assert.Equal(expected, normalized);
        Assert.True(SmsEncoding.IsGsm7(normalized));
    }
}

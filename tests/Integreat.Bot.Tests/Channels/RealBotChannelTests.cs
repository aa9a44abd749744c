using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Integreat.Bot.Channels.Twilio;
using Integreat.Bot.Tests.Channels.BotFramework;
using Integreat.Bot.Tests.Channels.Fakes;
using Integreat.Bot.Tests.Channels.Telegram;
using Integreat.Bot.Tests.Channels.Twilio;
using Integreat.Bot.Tests.Support;
using Xunit.Abstractions;

namespace Integreat.Bot.Tests.Channels;

/// <summary>Every channel end to end with the real engine and the demo content: the answer comes back in the
/// language asked, in the channel's format and limits.</summary>
public sealed class RealBotChannelTests(RealBotFixture bot, ITestOutputHelper output) : IClassFixture<RealBotFixture>
{
    public static TheoryData<string, string> Questions => new()
    {
        { "de", "Wo kann ich einen Deutschkurs machen?" },
        { "ar", "أين يمكنني تعلم اللغة الألمانية؟" },
        { "uk", "Де я можу вивчити німецьку мову?" },
    };

    /// <summary>Questions the demo region has a page for, so the SMS must carry its link.</summary>
    public static TheoryData<string, string> AnsweredQuestions => new()
    {
        { "de", "Wo kann ich einen Deutschkurs machen?" },
        { "ar", "أين يمكنني تعلم اللغة الألمانية؟" },
        { "uk", "курс німецької мови" },
    };

    /// <summary>True when the text is mostly in the script of <paramref name="language"/>.</summary>
    private static bool InScriptOf(string language, string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        Func<char, bool> inScript = language switch
        {
            "ar" => c => c is >= '\u0600' and <= '\u06FF',
            "uk" => c => c is >= '\u0400' and <= '\u04FF',
            _ => c => c < '\u0250',
        };
        return letters.Count > 0 && letters.Count(inScript) > letters.Count / 2;
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task Telegram_AnswersInTheLanguageAsked(string language, string question)
    {
        var chat = TelegramUpdates.NewChatId();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/telegram")
        {
            Content = new StringContent(TelegramUpdates.Message(chat, question, language: null).ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", RealBotFixture.TelegramSecret);

        var response = await bot.Host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await Eventually.TrueAsync(() => bot.Telegram.Sent(chat).Count > 0, 20_000));
        var text = string.Join("\n", bot.Telegram.Sent(chat).Select(c => c.Parameters["text"]!.ToString()));
        output.WriteLine(text);
        Assert.All(bot.Telegram.Sent(chat), c => Assert.Equal("HTML", c.Parameters["parse_mode"]!.ToString(), ignoreCase: true));
        Assert.True(InScriptOf(language, System.Text.RegularExpressions.Regex.Replace(text, "<[^>]+>|https?://\\S+", "")), text);
    }

    [Theory]
    [MemberData(nameof(AnsweredQuestions))]
    public async Task Sms_AnswersInTheLanguageAsked_WithinThreeSegments(string language, string question)
    {
        var fields = new Dictionary<string, string>
        {
            ["MessageSid"] = "SM" + Guid.NewGuid().ToString("N"),
            ["From"] = "+49151" + Random.Shared.Next(1_000_000, 9_999_999).ToString(CultureInfo.InvariantCulture),
            ["To"] = "+4930123456",
            ["Body"] = question,
        };

        var sms = Assert.Single(await PostTwilioAsync(fields));

        output.WriteLine(sms);
        Assert.True(InScriptOf(language, System.Text.RegularExpressions.Regex.Replace(sms, "https?://\\S+", "")), sms);
        var count = SmsEncoding.Count(sms, SmsEncoding.AlphabetFor(sms, language));
        Assert.InRange(count.Segments, 1, 3);
        Assert.Equal(language == "de" ? SmsAlphabet.Gsm7 : SmsAlphabet.Ucs2, count.Alphabet);
        Assert.Contains("https://integreat.app/beispielstadt/" + language + "/", sms);

        Assert.Empty(await PostTwilioAsync(fields));
    }

    [Fact]
    public async Task WhatsApp_AnswersWithBoldAndWithinTheLimit()
    {
        var fields = new Dictionary<string, string>
        {
            ["MessageSid"] = "SM" + Guid.NewGuid().ToString("N"),
            ["From"] = "whatsapp:+49151" + Random.Shared.Next(1_000_000, 9_999_999).ToString(CultureInfo.InvariantCulture),
            ["To"] = "whatsapp:+4930123456",
            ["Body"] = "Wo kann ich einen Deutschkurs machen?",
        };

        var messages = await PostTwilioAsync(fields);

        Assert.NotEmpty(messages);
        Assert.All(messages, m => Assert.InRange(m.Length, 1, WhatsAppRenderer.MaxMessageLength));
        Assert.Contains(messages, m => m.Contains('*'));
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task BotFramework_AnswersInTheLanguageAsked(string language, string question)
    {
        var conversation = Activities.NewConversationId();
        var activity = Activities.Message(bot.ServiceUrl.BaseUrl, conversation, question, locale: language);

        var response = await bot.Host.Client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.True(response.IsSuccessStatusCode);
        var reply = Assert.Single(bot.ServiceUrl.Posted, p => p.ConversationId == conversation);
        output.WriteLine(reply.Body.ToJsonString());
        Assert.Equal(activity["id"]!.ToString(), reply.Body["replyToId"]!.ToString());
        Assert.True(InScriptOf(language, System.Text.RegularExpressions.Regex.Replace(reply.Body["text"]!.ToString(), "\\(https?://\\S+\\)", "")));
    }

    private async Task<IReadOnlyList<string>> PostTwilioAsync(Dictionary<string, string> fields)
    {
        var body = string.Join("&", fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/twilio")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Add("X-Twilio-Signature", TwilioSigning.Sign(RealBotFixture.TwilioToken, RealBotFixture.TwilioPublicBase + "/api/twilio", fields));
        var response = await bot.Host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.Root!.Elements("Message").Select(e => e.Value).ToList();
    }
}

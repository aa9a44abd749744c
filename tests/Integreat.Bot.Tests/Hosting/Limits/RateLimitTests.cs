using Integreat.Bot.Conversation;
using Integreat.Bot.Hosting.Limits;
using Integreat.Bot.Languages;
using Integreat.Bot.State;
using Integreat.Bot.Tests.Support;

namespace Integreat.Bot.Tests.Hosting.Limits;

public sealed class RateLimitTests
{
    private const string Person = "sms:0123456789abcdef0123456789abcdef";
    private const string Other = "sms:fedcba9876543210fedcba9876543210";

    [Fact]
    public Task MinuteLimit_OnSqlite() => MinuteLimit_TellsOnceThenIsSilent_UntilTheNextMinute("sqlite");

    [RedisFact]
    public Task MinuteLimit_OnRedis() => MinuteLimit_TellsOnceThenIsSilent_UntilTheNextMinute("redis");

    [Fact]
    public Task DailyLimit_OnSqlite() => DailyLimit_CountsOnlyMessagesLetThrough_AndEndsWithTheDay("sqlite");

    [RedisFact]
    public Task DailyLimit_OnRedis() => DailyLimit_CountsOnlyMessagesLetThrough_AndEndsWithTheDay("redis");

    [Fact]
    public Task ConcurrentMessages_OnSqlite() => ConcurrentMessages_AreCountedExactly("sqlite");

    [RedisFact]
    public Task ConcurrentMessages_OnRedis() => ConcurrentMessages_AreCountedExactly("redis");

    private static async Task MinuteLimit_TellsOnceThenIsSilent_UntilTheNextMinute(string store)
    {
        await using var bot = RateLimitFixture.Create(store, new LimitOptions());

        for (var i = 0; i < 20; i++)
        {
            var answered = await bot.SendAsync(Person);
            Assert.False(answered.IsSilent);
            Assert.NotNull(answered.Answer);
        }

        bot.Time.Advance(TimeSpan.FromSeconds(50));
        var told = await bot.SendAsync(Person);
        var silenced = await bot.SendAsync(Person);
        var stillSilenced = await bot.SendAsync(Person);
        var otherPerson = await bot.SendAsync(Other);

        Assert.False(told.IsSilent);
        Assert.Null(told.Answer);
        Assert.Equal([UiCatalog.For(new BotOptions().DefaultLanguage).TooManyMessages], told.Paragraphs);
        Assert.True(silenced.IsSilent);
        Assert.True(stillSilenced.IsSilent);
        Assert.NotNull(otherPerson.Answer);
        Assert.Equal(21, bot.Inner.Received.Count);

        bot.Time.Advance(TimeSpan.FromSeconds(10));
        var nextMinute = await bot.SendAsync(Person);

        Assert.False(nextMinute.IsSilent);
        Assert.NotNull(nextMinute.Answer);
        Assert.Equal(22, bot.Inner.Received.Count);
    }

    private static async Task DailyLimit_CountsOnlyMessagesLetThrough_AndEndsWithTheDay(string store)
    {
        await using var bot = RateLimitFixture.Create(store, new LimitOptions { PerMinute = 5, PerDay = 12 });

        // Minute 0: five answered, three refused by the minute limit; the refused ones must not use up the day.
        var first = await SendManyAsync(bot, 8);
        bot.Time.Advance(TimeSpan.FromMinutes(1));
        var second = await SendManyAsync(bot, 5);
        bot.Time.Advance(TimeSpan.FromMinutes(1));
        var third = await SendManyAsync(bot, 4);
        bot.Time.Advance(TimeSpan.FromMinutes(1));
        var later = await SendManyAsync(bot, 1);

        Assert.Equal(5, first.Count(r => r.Answer is not null));
        Assert.Equal(5, second.Count(r => r.Answer is not null));
        Assert.Equal(2, third.Count(r => r.Answer is not null));
        Assert.Equal(UiCatalog.For(new BotOptions().DefaultLanguage).TooManyMessages, Assert.Single(third[2].Paragraphs));
        Assert.True(third[3].IsSilent);
        Assert.True(Assert.Single(later).IsSilent);
        Assert.Equal(12, bot.Inner.Received.Count);

        bot.Time.Advance(TimeSpan.FromDays(1));
        Assert.NotNull((await bot.SendAsync(Person)).Answer);
    }

    private static async Task ConcurrentMessages_AreCountedExactly(string store)
    {
        await using var bot = RateLimitFixture.Create(store, new LimitOptions { PerMinute = 10, PerDay = 0 });

        var replies = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => Task.Run(() => bot.SendAsync(Person))));

        Assert.Equal(10, replies.Count(r => r.Answer is not null));
        Assert.Single(replies, r => r is { IsSilent: false, Answer: null });
        Assert.Equal(19, replies.Count(r => r.IsSilent));
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("uk")]
    [InlineData("ti")]
    public async Task PoliteReply_IsInTheLanguageStoredForThePerson(string language)
    {
        await using var bot = RateLimitFixture.Sqlite(new LimitOptions { PerMinute = 1 });
        await bot.Conversations.SaveAsync(new ConversationState(Person) { Language = language, LanguageChosen = true });

        await bot.SendAsync(Person);
        var told = await bot.SendAsync(Person);

        var strings = UiCatalog.For(language);
        Assert.Equal(strings.Code, told.Language);
        Assert.Equal([strings.TooManyMessages], told.Paragraphs);
        Assert.Equal(strings.RightToLeft, told.Direction == Integreat.Content.Model.TextDirection.RightToLeft);
    }

    [Fact]
    public async Task PoliteReply_FollowsTheClientLocale_ForSomeoneNotYetKnown()
    {
        await using var bot = RateLimitFixture.Sqlite(new LimitOptions { PerMinute = 1 });
        var message = new IncomingMessage("telegram", Person, "Hallo", LocaleHint: "tr");

        await bot.Engine.HandleAsync(message);
        var told = await bot.Engine.HandleAsync(message);

        Assert.Equal([UiCatalog.For("tr").TooManyMessages], told.Paragraphs);
    }

    [Fact]
    public async Task Terminal_IsNotLimited()
    {
        await using var bot = RateLimitFixture.Sqlite(new LimitOptions { PerMinute = 1 });

        var replies = new List<Reply>();
        for (var i = 0; i < 3; i++)
        {
            replies.Add(await bot.SendAsync(Person, channel: "terminal"));
        }

        Assert.All(replies, r => Assert.NotNull(r.Answer));
    }

    [Fact]
    public void EveryUiLanguage_HasItsOwnPoliteReply()
    {
        var english = UiCatalog.For("en").TooManyMessages;
        Assert.All(UiCatalog.All.Where(s => s.Code != "en"), s => Assert.NotEqual(english, s.TooManyMessages));
        Assert.Equal(UiCatalog.All.Count, UiCatalog.All.Select(s => s.TooManyMessages).Distinct().Count());
    }

    private static async Task<List<Reply>> SendManyAsync(RateLimitFixture bot, int count)
    {
        var replies = new List<Reply>();
        for (var i = 0; i < count; i++)
        {
            replies.Add(await bot.SendAsync(Person));
        }

        return replies;
    }
}

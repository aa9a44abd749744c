using Integreat.Bot.Conversation;
using Integreat.Bot.Languages;
using Integreat.Bot.Tests.Support;
using Integreat.Content.Store;
using Integreat.Search;
using Microsoft.Extensions.Options;

namespace Integreat.Bot.Tests.Conversation;

/// <summary>An engine over the test region and one set of stores; <see cref="Person"/> starts a scripted conversation.</summary>
internal sealed class TestBot : IAsyncDisposable
{
    private static readonly Lazy<(InMemoryContentStore Content, ISearchIndex Search)> Shared = new(() =>
    {
        var content = TestContent.Create();
        var index = LuceneSearchIndex.InMemory();
        index.Synchronize(content);
        return (content, index);
    });

    private TestBot(TestStores stores, BotOptions? options)
    {
        Stores = stores;
        Engine = new ConversationEngine(
            Shared.Value.Content,
            Shared.Value.Search,
            stores.Conversations,
            stores.Report,
            new LinguaLanguageDetector(),
            Options.Create(options ?? new BotOptions { DefaultRegion = TestContent.Region, DefaultLanguage = "de" }),
            stores.Time);
    }

    public TestStores Stores { get; }

    public ConversationEngine Engine { get; }

    public static TestBot Create(bool redis, BotOptions? options = null) =>
        new(redis ? TestStores.Redis(TestContent.Now) : TestStores.Sqlite(TestContent.Now), options);

    public ScriptedPerson Person(string channel = "telegram", string? locale = null, string? receivingAddress = null) =>
        new(Engine, channel, $"user-{Guid.NewGuid():N}", locale, receivingAddress);

    public ValueTask DisposeAsync() => Stores.DisposeAsync();
}

/// <summary>One person writing to the bot, message by message (the TestFlow idea without a channel).</summary>
internal sealed class ScriptedPerson(IConversationEngine engine, string channel, string userKey, string? locale, string? receivingAddress)
{
    public string UserKey { get; } = userKey;

    public Task<Reply> Send(string text) => engine.HandleAsync(new IncomingMessage(channel, UserKey, text, locale, receivingAddress));
}

/// <summary>A reply read as a person would: every text it contains, in order.</summary>
internal static class ReplyText
{
    public static string Of(Reply reply)
    {
        var parts = new List<string>();
        parts.AddRange(reply.Paragraphs);
        if (reply.Answer is { } answer)
        {
            parts.AddRange(new[] { answer.Note, answer.Title, answer.Text, answer.Url }.OfType<string>());
        }

        parts.AddRange(reply.Contacts.SelectMany(c => new[] { c.Name, c.Phone, c.Email, c.OpeningHoursToday }.OfType<string>()));
        parts.AddRange(reply.Events.SelectMany(e => new[] { e.Title, e.When, e.Location }.OfType<string>()));
        parts.AddRange(reply.Choices.Select(c => $"{c.Key} {c.Label}"));
        return string.Join("\n", parts);
    }

    public static UiStrings Strings(string language) => UiCatalog.For(language);
}

using Integreat.Bot.Conversation;
using Integreat.Bot.State;
using Integreat.Content.Store;
using Microsoft.Extensions.Options;

namespace Integreat.Bot.Cli;

/// <summary>A conversation held on the terminal: a throw-away user whose region and language the options pin.</summary>
/// <remarks>The user's state is deleted when the conversation ends, so terminal sessions leave nothing behind.</remarks>
internal sealed class TerminalConversation : IAsyncDisposable
{
    private readonly IConversationEngine _engine;
    private readonly IConversationStore _store;

    private TerminalConversation(IConversationEngine engine, IConversationStore store, string region, string userKey)
    {
        _engine = engine;
        _store = store;
        Region = region;
        UserKey = userKey;
    }

    public string Region { get; }

    public string UserKey { get; }

    /// <summary>Checks the options against the stored content and seeds the user's state with them.</summary>
    /// <param name="greet">False to skip the first-contact welcome (<c>ask</c> answers just the one message).</param>
    public static async Task<TerminalConversation> StartAsync(
        IServiceProvider services, string? region, string? language, bool greet, CancellationToken cancellationToken)
    {
        var content = services.GetRequiredService<IContentStore>();
        var options = services.GetRequiredService<IOptions<BotOptions>>().Value;
        var regions = content.GetRegions();
        var slug = region ?? (content.FindRegion(options.DefaultRegion) ?? regions.FirstOrDefault())?.Slug
            ?? throw new CliException("no content is stored; run 'import' first");
        var found = content.FindRegion(slug)
            ?? throw new CliException($"--region: unknown region '{slug}'; known: {string.Join(", ", regions.Select(r => r.Slug))}");
        if (language is not null && found.FindLanguage(language) is null)
        {
            throw new CliException($"--language: region '{found.Slug}' has no language '{language}'; it has: {string.Join(", ", found.Languages.Select(l => l.Code))}");
        }

        var store = services.GetRequiredService<IConversationStore>();
        var userKey = "terminal:" + Guid.NewGuid().ToString("N");
        if (!greet || language is not null || region is not null)
        {
            await store.SaveAsync(
                new ConversationState(userKey)
                {
                    Region = found.Slug,
                    Language = language,
                    LanguageChosen = language is not null,
                    LastSeen = services.GetRequiredService<TimeProvider>().GetUtcNow(),
                },
                cancellationToken);
        }

        return new TerminalConversation(services.GetRequiredService<IConversationEngine>(), store, found.Slug, userKey);
    }

    public Task<Reply> SendAsync(string text, CancellationToken cancellationToken) =>
        _engine.HandleAsync(new IncomingMessage("terminal", UserKey, text), cancellationToken);

    public async ValueTask DisposeAsync() => await _store.DeleteAsync(UserKey);
}

using Integreat.Bot.Conversation;
using Integreat.Bot.Hosting.Limits;
using Integreat.Bot.Hosting.Metrics;
using Integreat.Bot.Hosting.Performance;
using Integreat.Content;
using Integreat.Content.Store;
using Integreat.Search;
using Microsoft.Extensions.Options;

namespace Integreat.Bot.Hosting;

/// <summary>The services every verb needs: content, search and the conversation engine.</summary>
public static class BotServices
{
    public static IServiceCollection AddBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddIntegreatContent(configuration);
        services.AddIntegreatSearch(sp => Path.Combine(sp.GetRequiredService<IOptions<StorageOptions>>().Value.ResolveDataDirectory(), "index"));
        services.AddCachedSearch();
        services.AddCachedLanguageDetection();
        services.AddSingleton<ContentBootstrapper>();
        services.AddBotOperations();
        // Registered before AddConversation, so that the engine every channel gets is the engine wrapped in what holds
        // for every message: it is measured, held to the rate limits, and waits for content at start-up.
        services.AddSingleton<ConversationEngine>();
        services.AddSingleton<IConversationEngine>(sp => new InstrumentedConversationEngine(
            sp.WithLimits(new ReadyConversationEngine(sp.GetRequiredService<ConversationEngine>(), sp.GetRequiredService<ContentBootstrapper>())),
            sp.GetRequiredService<BotMetrics>()));
        services.AddConversation(configuration);
        services.AddLimits(configuration);
        return services;
    }
}

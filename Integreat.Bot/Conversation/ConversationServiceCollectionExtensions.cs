using Integreat.Bot.Languages;
using Integreat.Bot.State;
using Integreat.Bot.State.Redis;
using Integreat.Bot.State.Sqlite;
using Integreat.Content.Store;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Integreat.Bot.Conversation;

/// <summary>Registers the conversation engine and the state it keeps.</summary>
public static class ConversationServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IConversationEngine"/>, <see cref="IConversationStore"/>, <see cref="IDeliveryLedger"/>,
    /// <see cref="IEditorReport"/> and <see cref="ILanguageDetector"/>: in Redis when <c>State:Redis</c> is set, else in
    /// <c>state.db</c> in <c>Storage:DataDirectory</c> (default <c>data</c>). The engine also needs an
    /// <c>IContentStore</c> and an <c>ISearchIndex</c>, registered by the host.</summary>
    public static IServiceCollection AddConversation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotOptions>().Bind(configuration.GetSection(BotOptions.Section)).ValidateDataAnnotations();
        services.AddOptions<StateOptions>().Bind(configuration.GetSection(StateOptions.Section));
        // The same data directory as the content store; binding the section again where the host did already is harmless.
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName));
        services.AddOptions<LanguageDetectionOptions>().Bind(configuration.GetSection(LanguageDetectionOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ILanguageDetector, LinguaLanguageDetector>();

        var redis = configuration[$"{StateOptions.Section}:{nameof(StateOptions.Redis)}"];
        if (!string.IsNullOrWhiteSpace(redis))
        {
            services.TryAddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(redis));
            services.TryAddSingleton<IConversationStore, RedisConversationStore>();
            services.TryAddSingleton<IDeliveryLedger, RedisDeliveryLedger>();
            services.TryAddSingleton<IEditorReport, RedisEditorReport>();
        }
        else
        {
            services.TryAddSingleton(sp => new SqliteStateDatabase(sp.GetRequiredService<IOptions<StorageOptions>>().Value.ResolveDataDirectory()));
            services.TryAddSingleton<IConversationStore, SqliteConversationStore>();
            services.TryAddSingleton<IDeliveryLedger, SqliteDeliveryLedger>();
            services.TryAddSingleton<IEditorReport, SqliteEditorReport>();
        }

        services.TryAddSingleton<IConversationEngine, ConversationEngine>();
        return services;
    }
}

namespace Integreat.Bot.Conversation;

/// <summary>Registers the conversation engine and the state it keeps.</summary>
public static class ConversationServiceCollectionExtensions
{
    public static IServiceCollection AddConversation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotOptions>().Bind(configuration.GetSection(BotOptions.Section)).ValidateDataAnnotations();
        return services;
    }
}

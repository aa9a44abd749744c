using Integreat.Bot.Conversation;

namespace Integreat.Bot.Hosting;

/// <summary>The services every verb needs: content, search and the conversation engine.</summary>
public static class BotServices
{
    public static IServiceCollection AddBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddConversation(configuration);
        return services;
    }
}

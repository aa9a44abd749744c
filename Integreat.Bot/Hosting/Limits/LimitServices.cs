using Integreat.Bot.Conversation;
using Integreat.Bot.State;
using Integreat.Bot.State.Redis;
using Integreat.Bot.State.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Integreat.Bot.Hosting.Limits;

/// <summary>Registers the limits and wraps an engine in them: one mechanism for every channel.</summary>
public static class LimitServices
{
    /// <summary>Binds <see cref="LimitOptions"/> and registers the <see cref="IRateCounter"/> of the state store in use
    /// (Redis when <c>State:Redis</c> is set, else <c>state.db</c>). Call after <c>AddConversation</c>, which registers the stores.</summary>
    public static IServiceCollection AddLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LimitOptions>().Bind(configuration.GetSection(LimitOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        var redis = configuration[$"{StateOptions.Section}:{nameof(StateOptions.Redis)}"];
        if (!string.IsNullOrWhiteSpace(redis))
        {
            services.TryAddSingleton<IRateCounter, RedisRateCounter>();
        }
        else
        {
            services.TryAddSingleton<IRateCounter, SqliteRateCounter>();
        }

        return services;
    }

    /// <summary>The engine behind the global concurrency limit, then the per-person rate limit: the slot is taken first, so
    /// the counter's round trip to the state store is bounded too.</summary>
    public static IConversationEngine WithLimits(this IServiceProvider services, IConversationEngine engine)
    {
        var options = services.GetRequiredService<IOptions<LimitOptions>>();
        if (options.Value.LimitsPeople)
        {
            engine = ActivatorUtilities.CreateInstance<RateLimitedConversationEngine>(services, engine);
        }

        return new ConcurrencyLimitedConversationEngine(engine, options.Value.MaxConcurrentMessages);
    }
}

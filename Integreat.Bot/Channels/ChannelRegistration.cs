using Integreat.Bot.Channels.BotFramework;
using Integreat.Bot.Channels.Telegram;
using Integreat.Bot.Channels.Twilio;
using Integreat.Bot.Hosting.Metrics;
using Integreat.Bot.State;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Integreat.Bot.Channels;

/// <summary>The one place that lists the channels: a new channel is a folder plus one line in each method here.</summary>
public static class ChannelRegistration
{
    public static WebApplicationBuilder AddChannels(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ChannelOptions>().Bind(builder.Configuration.GetSection(ChannelOptions.Section));
        builder.Services.AddSingleton<UserKeyHasher>();
        // The channel routes count what they refuse (WebhookRejectionFilter); the operations services share these.
        builder.Services.AddMetrics();
        builder.Services.TryAddSingleton<BotMetrics>();
        // The state store registers the shared ledger (SQLite or Redis); this one only stands in when it does not.
        builder.Services.TryAddSingleton<IDeliveryLedger, InMemoryDeliveryLedger>();

        builder.AddTelegramChannel();
        builder.AddTwilioChannel();
        builder.AddBotFrameworkChannel();
        return builder;
    }

    public static IEndpointRouteBuilder MapChannels(this IEndpointRouteBuilder app)
    {
        var channels = app.MapGroup("").AddEndpointFilter<WebhookRejectionFilter>();
        channels.MapTelegramChannel();
        channels.MapTwilioChannel();
        channels.MapBotFrameworkChannel();
        return app;
    }
}

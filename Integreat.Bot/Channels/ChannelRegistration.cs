using Integreat.Bot.Channels.BotFramework;
using Integreat.Bot.Channels.Telegram;
using Integreat.Bot.Channels.Twilio;
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
        // The state store registers the shared ledger (SQLite or Redis); this one only stands in when it does not.
        builder.Services.TryAddSingleton<IDeliveryLedger, InMemoryDeliveryLedger>();

        builder.AddTelegramChannel();
        builder.AddTwilioChannel();
        builder.AddBotFrameworkChannel();
        return builder;
    }

    public static IEndpointRouteBuilder MapChannels(this IEndpointRouteBuilder app)
    {
        app.MapTelegramChannel();
        app.MapTwilioChannel();
        app.MapBotFrameworkChannel();
        return app;
    }
}

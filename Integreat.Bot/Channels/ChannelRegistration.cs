namespace Integreat.Bot.Channels;

/// <summary>The one place that lists the channels: a new channel is a folder plus one line in each method here.</summary>
public static class ChannelRegistration
{
    public static WebApplicationBuilder AddChannels(this WebApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapChannels(this IEndpointRouteBuilder app) => app;
}

using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace Integreat.Bot.Channels.Telegram;

/// <summary>In webhook mode with a public address: tells Telegram where to post updates, with the secret.</summary>
public sealed class TelegramWebhookRegistration(
    IServiceProvider services,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramWebhookRegistration> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.IsEnabled || settings.Mode != TelegramMode.Webhook || string.IsNullOrWhiteSpace(settings.PublicBaseUrl))
        {
            return;
        }

        var client = services.GetRequiredService<ITelegramBotClient>();
        var url = settings.PublicBaseUrl.TrimEnd('/') + TelegramEndpoints.Route;
        for (var attempt = 1; attempt <= 5 && !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await client.SetWebhook(
                    url,
                    allowedUpdates: [UpdateType.Message, UpdateType.CallbackQuery],
                    secretToken: settings.WebhookSecret,
                    cancellationToken: stoppingToken);
                logger.LogInformation("Telegram webhook registered at {Url}", url);
                return;
            }
            catch (Exception exception) when (exception is RequestException or HttpRequestException)
            {
                logger.LogWarning("Telegram setWebhook failed ({Error}), attempt {Attempt}", exception.Message, attempt);
                await Task.Delay(TimeSpan.FromSeconds(attempt * 2), time, stoppingToken);
            }
        }
    }
}

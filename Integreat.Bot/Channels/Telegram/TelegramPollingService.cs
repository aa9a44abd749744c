using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace Integreat.Bot.Channels.Telegram;

/// <summary>Long polling: asks Telegram for updates and confirms each batch with the next offset.</summary>
public sealed class TelegramPollingService(
    IServiceProvider services,
    TelegramUpdateQueue queue,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    // Every kind of update is fetched, not only the handled ones: confirming the others moves the offset past them
    // at once, so Telegram does not keep them waiting, and they are dropped by the handler.
    private static readonly UpdateType[] Fetched = [];
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsEnabled || options.Value.Mode != TelegramMode.Polling)
        {
            return;
        }

        var client = services.GetRequiredService<ITelegramBotClient>();
        var backoff = TimeSpan.FromSeconds(1);
        var webhookDeleted = false;
        int? offset = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!webhookDeleted)
                {
                    // getUpdates is refused while a webhook is set, e.g. one left over from a deployment.
                    await client.DeleteWebhook(cancellationToken: stoppingToken);
                    webhookDeleted = true;
                    logger.LogInformation("Telegram polling started");
                }

                var updates = await client.GetUpdates(offset, 100, options.Value.PollingTimeoutSeconds, Fetched, stoppingToken);
                foreach (var update in updates)
                {
                    await queue.EnqueueAsync(update, stoppingToken);
                    offset = update.Id + 1;
                }

                backoff = TimeSpan.FromSeconds(1);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (ApiRequestException exception) when (exception.ErrorCode == StatusCodes.Status409Conflict)
            {
                logger.LogWarning("Telegram getUpdates conflicts with a webhook or another poller; deleting the webhook");
                webhookDeleted = false;
                backoff = await WaitAsync(backoff, stoppingToken);
            }
            catch (Exception exception) when (exception is RequestException or HttpRequestException or TaskCanceledException)
            {
                logger.LogWarning("Telegram Bot API unreachable ({Error}); retrying in {Delay}", exception.Message, backoff);
                backoff = await WaitAsync(backoff, stoppingToken);
            }
        }
    }

    private async Task<TimeSpan> WaitAsync(TimeSpan backoff, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(backoff, time, stoppingToken);
        }
        catch (OperationCanceledException)
        {
        }

        return TimeSpan.FromTicks(Math.Min(MaxBackoff.Ticks, backoff.Ticks * 2));
    }
}

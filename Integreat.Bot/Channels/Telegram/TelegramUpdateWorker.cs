using Microsoft.Extensions.Options;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace Integreat.Bot.Channels.Telegram;

/// <summary>Processes queued updates in the background, a few at a time, so the webhook can answer at once.</summary>
public sealed class TelegramUpdateWorker(
    TelegramUpdateQueue queue,
    IServiceProvider services,
    IOptions<TelegramOptions> options,
    ILogger<TelegramUpdateWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsEnabled)
        {
            return;
        }

        using var slots = new SemaphoreSlim(Math.Max(1, options.Value.MaxParallelUpdates));
        var running = new List<Task>();
        try
        {
            await foreach (var update in queue.Reader.ReadAllAsync(stoppingToken))
            {
                await slots.WaitAsync(stoppingToken);
                running.RemoveAll(t => t.IsCompleted);
                running.Add(Task.Run(() => ProcessAsync(update, slots, stoppingToken), CancellationToken.None));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        await Task.WhenAll(running);
    }

    private async Task ProcessAsync(Update update, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        try
        {
            // A scope per update, as a web request would have, for engines with scoped dependencies.
            await using var scope = services.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetRequiredService<TelegramUpdateHandler>();
            await handler.HandleAsync(update, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (ApiRequestException exception)
        {
            // E.g. 403 "bot was blocked by the user": nothing to retry.
            logger.LogWarning("Telegram refused the reply to update {UpdateId}: {Code} {Error}", update.Id, exception.ErrorCode, exception.Message);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Telegram update {UpdateId} failed", update.Id);
        }
        finally
        {
            slots.Release();
        }
    }
}

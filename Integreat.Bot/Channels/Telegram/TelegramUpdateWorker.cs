using System.Text.Json;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Integreat.Bot.Channels.Telegram;

/// <summary>Processes queued updates in the background, a few at a time, so the webhook can answer at once.</summary>
public sealed class TelegramUpdateWorker(
    TelegramUpdateQueue queue,
    IServiceProvider services,
    IOptions<TelegramOptions> options,
    ILogger<TelegramUpdateWorker> logger) : BackgroundService
{
    /// <summary>Warms the Bot API serializer before the server listens: the first update would otherwise spend
    /// seconds in JIT compilation, longer than Telegram likes to wait for a webhook answer.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.IsEnabled)
        {
            var update = JsonSerializer.Deserialize<Update>(WarmUpUpdate, JsonBotAPI.Options);
            var request = new SendMessageRequest
            {
                ChatId = 1,
                Text = "warm-up",
                ParseMode = ParseMode.Html,
                ReplyMarkup = TelegramRenderer.Keyboard([new Conversation.Choice("1", "warm-up")]),
            };
            _ = JsonSerializer.Serialize(request, JsonBotAPI.Options);
            _ = JsonSerializer.Deserialize<Message>(JsonSerializer.Serialize(update?.Message, JsonBotAPI.Options), JsonBotAPI.Options);
        }

        return base.StartAsync(cancellationToken);
    }

    private const string WarmUpUpdate = """
        {"update_id":1,"message":{"message_id":1,"date":1700000000,"chat":{"id":1,"type":"private"},
         "from":{"id":1,"is_bot":false,"first_name":"A","language_code":"de"},"text":"warm-up"},
         "callback_query":{"id":"1","from":{"id":1,"is_bot":false,"first_name":"A"},"chat_instance":"1","data":"1"}}
        """;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsEnabled)
        {
            return;
        }

        using var slots = new SemaphoreSlim(Math.Max(1, options.Value.MaxParallelUpdates));
        var running = new List<Task>();

        // Different chats run in parallel; one chat's updates run in order, so "2" is read after the question it
        // answers. A task waiting for its chat holds a slot, but the one it waits for already has its own.
        var lastOfChat = new Dictionary<long, Task>();
        try
        {
            await foreach (var update in queue.Reader.ReadAllAsync(stoppingToken))
            {
                await slots.WaitAsync(stoppingToken);
                running.RemoveAll(t => t.IsCompleted);
                foreach (var done in lastOfChat.Where(e => e.Value.IsCompleted).Select(e => e.Key).ToList())
                {
                    lastOfChat.Remove(done);
                }

                var chat = ChatOf(update);
                var previous = lastOfChat.GetValueOrDefault(chat, Task.CompletedTask);
                var task = Task.Run(
                    async () =>
                    {
                        await previous;
                        await ProcessAsync(update, slots, stoppingToken);
                    },
                    CancellationToken.None);
                lastOfChat[chat] = task;
                running.Add(task);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        await Task.WhenAll(running);
    }

    // The Bot API types declare chat and from as always present, but a webhook body is untrusted JSON: either may be
    // missing, and one such update must not stop the worker.
    private static long ChatOf(Update update) =>
        update.Message?.Chat?.Id ?? update.CallbackQuery?.Message?.Chat?.Id ?? update.CallbackQuery?.From?.Id ?? 0;

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

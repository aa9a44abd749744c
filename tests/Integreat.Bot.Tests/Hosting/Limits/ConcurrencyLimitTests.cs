using Integreat.Bot.Conversation;
using Integreat.Bot.Hosting.Limits;
using Integreat.Bot.Tests.Channels;
using Integreat.Bot.Tests.Channels.Fakes;
using Integreat.Bot.Tests.Support;

namespace Integreat.Bot.Tests.Hosting.Limits;

public sealed class ConcurrencyLimitTests
{
    [Fact]
    public async Task NoMoreMessagesThanTheLimit_AreHandledAtOnce_AndTheRestWaitTheirTurn()
    {
        var gate = new GatedEngine();
        using var engine = new ConcurrencyLimitedConversationEngine(gate, maxConcurrent: 2);

        var replies = Enumerable.Range(0, 6).Select(i => engine.HandleAsync(new IncomingMessage("sms", "sms:" + i, "Deutschkurs"))).ToList();
        Assert.True(await Eventually.TrueAsync(() => gate.Inside == 2));
        for (var released = 0; released < 6; released++)
        {
            Assert.True(await Eventually.TrueAsync(() => gate.Inside > 0));
            gate.ReleaseOne();
        }

        await Task.WhenAll(replies);
        Assert.Equal(2, gate.MostInside);
        Assert.Equal(6, gate.Handled);
    }

    [Fact]
    public async Task A_WaitingMessage_GivesUpWhenItsCallerDoes()
    {
        var gate = new GatedEngine();
        using var engine = new ConcurrencyLimitedConversationEngine(gate, maxConcurrent: 1);
        var first = engine.HandleAsync(new IncomingMessage("sms", "sms:1", "Kita"));
        using var cancel = new CancellationTokenSource();

        var second = engine.HandleAsync(new IncomingMessage("sms", "sms:2", "Kita"), cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second);
        gate.ReleaseOne();
        await first;
        Assert.Equal(1, gate.Handled);
    }

    /// <summary>Holds every message until the test lets one go, and notes how many were inside at once.</summary>
    private sealed class GatedEngine : IConversationEngine
    {
        private readonly SemaphoreSlim _release = new(0);
        private readonly ScriptedEngine _replies = new();
        private int _inside;
        private int _mostInside;
        private int _handled;

        public int Inside => Volatile.Read(ref _inside);

        public int MostInside => Volatile.Read(ref _mostInside);

        public int Handled => Volatile.Read(ref _handled);

        public void ReleaseOne() => _release.Release();

        public async Task<Reply> HandleAsync(IncomingMessage message, CancellationToken cancellationToken = default)
        {
            var inside = Interlocked.Increment(ref _inside);
            InterlockedMax(ref _mostInside, inside);
            await _release.WaitAsync(CancellationToken.None);
            Interlocked.Decrement(ref _inside);
            Interlocked.Increment(ref _handled);
            return await _replies.HandleAsync(message, cancellationToken);
        }

        public Task<Reply> WelcomeAsync(IncomingMessage message, CancellationToken cancellationToken = default) =>
            HandleAsync(message, cancellationToken);

        private static void InterlockedMax(ref int target, int value)
        {
            int seen;
            while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
            {
            }
        }
    }
}

using Integreat.Bot.Channels;
using Microsoft.Extensions.Time.Testing;

namespace Integreat.Bot.Tests.Channels;

public class InMemoryDeliveryLedgerTests
{
    [Fact]
    public async Task ConcurrentClaims_SucceedExactlyOnce()
    {
        var ledger = new InMemoryDeliveryLedger(new FakeTimeProvider());

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => ledger.TryClaimAsync("telegram:1:42", TimeSpan.FromHours(1)))));

        Assert.Equal(1, results.Count(r => r));
    }

    [Fact]
    public async Task Claim_CanBeTakenAgain_OnlyAfterItExpires()
    {
        var time = new FakeTimeProvider();
        var ledger = new InMemoryDeliveryLedger(time);

        Assert.True(await ledger.TryClaimAsync("twilio:SM1", TimeSpan.FromMinutes(10)));
        time.Advance(TimeSpan.FromMinutes(9));
        Assert.False(await ledger.TryClaimAsync("twilio:SM1", TimeSpan.FromMinutes(10)));
        time.Advance(TimeSpan.FromMinutes(2));
        Assert.True(await ledger.TryClaimAsync("twilio:SM1", TimeSpan.FromMinutes(10)));
        Assert.True(await ledger.TryClaimAsync("twilio:SM2", TimeSpan.FromMinutes(10)));
    }
}

using Integreat.Bot.State;
using Integreat.Bot.Tests.Support;

namespace Integreat.Bot.Tests.State;

/// <summary>The stores' own promises, run on SQLite and on Redis.</summary>
public abstract class StateStoreScenarios
{
    private static readonly DateTimeOffset Start = new(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);

    private protected abstract TestStores CreateStores();

    protected async Task A_delivery_is_claimed_exactly_once_also_concurrently()
    {
        await using var stores = CreateStores();
        var claims = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => stores.Ledger.TryClaimAsync("telegram:42", TimeSpan.FromHours(1)))));

        Assert.Single(claims, c => c);
        Assert.False(await stores.Ledger.TryClaimAsync("telegram:42", TimeSpan.FromHours(1)));
        Assert.True(await stores.Ledger.TryClaimAsync("telegram:43", TimeSpan.FromHours(1)));
    }

    protected async Task State_round_trips_and_forget_deletes_it()
    {
        await using var stores = CreateStores();
        var state = new ConversationState("user-a")
        {
            Language = "uk",
            LanguageChosen = true,
            Region = "musterstadt",
            Offered = [new OfferedChoice("1", ChoiceAction.OpenPage, "uk:11")],
            Pending = PendingMenu.Language,
            Reading = new ReadingPosition(11, "uk", 2),
            LastAnswer = new LastAnswer(11, "uk", "дитячий садок"),
        };

        await stores.Conversations.SaveAsync(state);
        var loaded = await stores.Conversations.GetAsync("user-a");

        Assert.NotNull(loaded);
        Assert.Equal(state with { LastSeen = Start }, loaded with { Offered = state.Offered });
        Assert.Equal(state.Offered, loaded.Offered);
        await stores.Conversations.DeleteAsync("user-a");
        Assert.Null(await stores.Conversations.GetAsync("user-a"));
        Assert.Empty(await stores.FindTracesAsync("user-a"));
    }

    protected async Task Idle_state_expires_by_the_injected_clock()
    {
        await using var stores = CreateStores();
        await stores.Conversations.SaveAsync(new ConversationState("user-b") { Language = "de" });

        stores.Time.Advance(TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1));
        Assert.NotNull(await stores.Conversations.GetAsync("user-b"));
        stores.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Null(await stores.Conversations.GetAsync("user-b"));
        await stores.Conversations.PurgeExpiredAsync();
        if (stores.DatabasePath is not null)
        {
            // SQLite keeps nothing expired; in Redis the key's own expiry (real time) removes it.
            Assert.Empty(await stores.FindTracesAsync("user-b"));
        }
    }

    protected async Task Report_groups_per_region_and_language_most_frequent_first()
    {
        await using var stores = CreateStores();
        var report = stores.Report;
        await report.RecordAsync(new(EditorEntryKind.Unanswered, "musterstadt", "de", "Hundesteuer", Start));
        await report.RecordAsync(new(EditorEntryKind.Unanswered, "musterstadt", "de", "Wohngeld", Start));
        await report.RecordAsync(new(EditorEntryKind.Unanswered, "musterstadt", "de", " wohngeld ", Start.AddHours(1)));
        await report.RecordAsync(new(EditorEntryKind.NotHelpful, "musterstadt", "ar", "روضة", Start, 3011));
        await report.RecordAsync(new(EditorEntryKind.Unanswered, "augsburg", "de", "Wohngeld", Start.AddDays(-10)));

        var all = await report.QueryAsync();
        Assert.Equal(
            [("augsburg", "de", "Wohngeld", 1), ("musterstadt", "ar", "روضة", 1), ("musterstadt", "de", "Wohngeld", 2), ("musterstadt", "de", "Hundesteuer", 1)],
            all.Select(l => (l.Region, l.Language, l.Question, l.Count)));
        Assert.Equal(3011, all[1].PageId);

        var recent = await report.QueryAsync(region: "augsburg", since: Start.AddDays(-1));
        Assert.Empty(recent);
        Assert.Equal(3, (await report.QueryAsync(region: "musterstadt", since: Start)).Count);
    }
}

public sealed class SqliteStateStoreTests : StateStoreScenarios
{
    private protected override TestStores CreateStores() => TestStores.Sqlite(new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.Zero));

    [Fact] public Task DeliveryOnce() => A_delivery_is_claimed_exactly_once_also_concurrently();

    [Fact] public Task RoundTrip() => State_round_trips_and_forget_deletes_it();

    [Fact] public Task Expiry() => Idle_state_expires_by_the_injected_clock();

    [Fact] public Task Report() => Report_groups_per_region_and_language_most_frequent_first();

    [Fact]
    public async Task A_delivery_can_be_claimed_again_after_its_time()
    {
        await using var stores = CreateStores();
        Assert.True(await stores.Ledger.TryClaimAsync("twilio:SM1", TimeSpan.FromMinutes(10)));
        stores.Time.Advance(TimeSpan.FromMinutes(11));
        Assert.True(await stores.Ledger.TryClaimAsync("twilio:SM1", TimeSpan.FromMinutes(10)));
    }

    [Fact]
    public async Task The_database_runs_in_wal_mode()
    {
        await using var stores = CreateStores();
        await stores.Ledger.TryClaimAsync("x", TimeSpan.FromMinutes(1));
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={stores.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }
}

public sealed class RedisStateStoreTests : StateStoreScenarios
{
    private protected override TestStores CreateStores() => TestStores.Redis(new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.Zero));

    [RedisFact] public Task DeliveryOnce() => A_delivery_is_claimed_exactly_once_also_concurrently();

    [RedisFact] public Task RoundTrip() => State_round_trips_and_forget_deletes_it();

    [RedisFact] public Task Expiry() => Idle_state_expires_by_the_injected_clock();

    [RedisFact] public Task Report() => Report_groups_per_region_and_language_most_frequent_first();
}

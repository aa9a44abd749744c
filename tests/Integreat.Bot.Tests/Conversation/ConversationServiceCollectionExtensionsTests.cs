using Integreat.Bot.Conversation;
using Integreat.Bot.Languages;
using Integreat.Bot.State;
using Integreat.Bot.State.Redis;
using Integreat.Bot.State.Sqlite;
using Integreat.Bot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Integreat.Bot.Tests.Conversation;

public sealed class ConversationServiceCollectionExtensionsTests
{
    [Fact]
    public async Task Without_redis_state_lives_in_state_db_in_the_data_directory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "integreat-bot-tests", Guid.NewGuid().ToString("N"));
        await using var services = Build(new() { ["Storage:DataDirectory"] = directory });

        var ledger = services.GetRequiredService<IDeliveryLedger>();
        Assert.IsType<SqliteConversationStore>(services.GetRequiredService<IConversationStore>());
        Assert.IsType<SqliteEditorReport>(services.GetRequiredService<IEditorReport>());
        Assert.IsType<SqliteDeliveryLedger>(ledger);
        Assert.IsType<LinguaLanguageDetector>(services.GetRequiredService<ILanguageDetector>());
        Assert.True(await ledger.TryClaimAsync("k", TimeSpan.FromMinutes(1)));
        Assert.True(File.Exists(Path.Combine(directory, "state.db")));
    }

    [RedisFact]
    public async Task With_state_redis_everything_shared_goes_to_redis()
    {
        await using var services = Build(new() { ["State:Redis"] = RedisFactAttribute.ConnectionString, ["State:RedisKeyPrefix"] = $"integreat-test:{Guid.NewGuid():N}:" });

        Assert.IsType<RedisConversationStore>(services.GetRequiredService<IConversationStore>());
        Assert.IsType<RedisEditorReport>(services.GetRequiredService<IEditorReport>());
        var ledger = Assert.IsType<RedisDeliveryLedger>(services.GetRequiredService<IDeliveryLedger>());
        Assert.True(await ledger.TryClaimAsync("k", TimeSpan.FromSeconds(5)));
        Assert.False(await ledger.TryClaimAsync("k", TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void Idle_expiry_is_read_from_configuration()
    {
        using var services = Build(new() { ["State:IdleExpiry"] = "7.00:00:00" });
        Assert.Equal(TimeSpan.FromDays(7), services.GetRequiredService<Microsoft.Extensions.Options.IOptions<StateOptions>>().Value.IdleExpiry);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddConversation(configuration).BuildServiceProvider();
    }
}

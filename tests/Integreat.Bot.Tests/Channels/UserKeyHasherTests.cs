using Integreat.Bot.Channels;
using Microsoft.Extensions.Options;

namespace Integreat.Bot.Tests.Channels;

public class UserKeyHasherTests
{
    private static UserKeyHasher Create(string? secret = null) => new(Options.Create(new ChannelOptions { UserKeySecret = secret }));

    [Fact]
    public void Hash_IsStable_AndDoesNotContainTheId()
    {
        var key = Create().Hash("sms", "+4915112345678");

        Assert.Equal(key, Create().Hash("sms", "+4915112345678"));
        Assert.StartsWith("sms:", key);
        Assert.DoesNotContain("4915112345678", key);
        Assert.Matches("^sms:[0-9a-f]{32}$", key);
    }

    [Fact]
    public void Hash_DependsOnChannel_AndSecret()
    {
        var hasher = Create();

        Assert.NotEqual(hasher.Hash("sms", "1")[4..], hasher.Hash("whatsapp", "1")[9..]);
        Assert.NotEqual(hasher.Hash("sms", "1"), Create("another secret").Hash("sms", "1"));
    }
}

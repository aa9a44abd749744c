using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Integreat.Bot.Channels;

/// <summary>Turns a channel's user id (chat id, phone number, account id) into the key the bot stores and logs.</summary>
/// <remarks>A keyed HMAC rather than a plain hash: phone numbers are few enough to be hashed exhaustively.</remarks>
public sealed class UserKeyHasher
{
    // Used only when no secret is configured; documented in docs/channels.md.
    private const string BuiltInKey = "integreat-bot/user-key/v1";

    private readonly byte[] key;

    public UserKeyHasher(IOptions<ChannelOptions> options)
    {
        var secret = options.Value.UserKeySecret;
        key = Encoding.UTF8.GetBytes(string.IsNullOrEmpty(secret) ? BuiltInKey : secret);
    }

    /// <summary>The user key for <paramref name="userId"/> on <paramref name="channel"/>: <c>channel:</c> and 32 hex digits.</summary>
    public string Hash(string channel, string userId)
    {
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(channel + "\n" + userId));
        return channel + ":" + Convert.ToHexStringLower(mac.AsSpan(0, 16));
    }
}

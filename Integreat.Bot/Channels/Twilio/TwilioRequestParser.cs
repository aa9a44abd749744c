using Integreat.Bot.Conversation;
using Microsoft.Extensions.Primitives;

namespace Integreat.Bot.Channels.Twilio;

/// <summary>A Twilio message webhook: the delivery id, whether it came by WhatsApp, and the message for the engine
/// (null when the message has no text, e.g. a picture or a location).</summary>
public sealed record TwilioInbound(string MessageSid, bool IsWhatsApp, IncomingMessage? Message);

/// <summary>Turns Twilio's form fields into an <see cref="IncomingMessage"/>.</summary>
public sealed class TwilioRequestParser(UserKeyHasher hasher)
{
    private const string WhatsAppPrefix = "whatsapp:";

    /// <summary>The parsed webhook, or null when a required field (MessageSid, From, To) is missing.</summary>
    public TwilioInbound? Parse(IReadOnlyDictionary<string, StringValues> form)
    {
        var sid = Field(form, "MessageSid") ?? Field(form, "SmsMessageSid");
        var from = Field(form, "From");
        var to = Field(form, "To");
        if (sid is null || from is null || to is null)
        {
            return null;
        }

        var isWhatsApp = from.StartsWith(WhatsAppPrefix, StringComparison.OrdinalIgnoreCase);
        var channel = isWhatsApp ? "whatsapp" : "sms";
        var body = Field(form, "Body")?.Trim();
        var receiving = isWhatsApp && to.StartsWith(WhatsAppPrefix, StringComparison.OrdinalIgnoreCase) ? to[WhatsAppPrefix.Length..] : to;
        var sender = isWhatsApp ? from[WhatsAppPrefix.Length..] : from;
        var message = string.IsNullOrEmpty(body)
            ? null
            : new IncomingMessage(channel, hasher.Hash(channel, sender), body, LocaleHint: null, ReceivingAddress: receiving);
        return new TwilioInbound(sid, isWhatsApp, message);
    }

    private static string? Field(IReadOnlyDictionary<string, StringValues> form, string name) =>
        form.TryGetValue(name, out var values) && !string.IsNullOrWhiteSpace(values.ToString()) ? values.ToString() : null;
}

namespace Integreat.Bot.Conversation;

/// <summary>One message from a person, the same for every channel.</summary>
/// <param name="Channel">The channel's name: <c>telegram</c>, <c>sms</c>, <c>whatsapp</c>, <c>botframework</c>, <c>terminal</c>.</param>
/// <param name="UserKey">A stable, already hashed key for the person on that channel; never a raw chat id or phone number.</param>
/// <param name="Text">What the person typed, or the <see cref="Choice.Key"/> of a button they pressed.</param>
/// <param name="LocaleHint">The client's locale if the channel tells it (Telegram <c>language_code</c>, Activity <c>locale</c>).</param>
/// <param name="ReceivingAddress">The number or bot address the message was sent to, for tying an SMS number to a region.</param>
public sealed record IncomingMessage(string Channel, string UserKey, string Text, string? LocaleHint = null, string? ReceivingAddress = null);

namespace Integreat.Bot.Conversation.Commands;

/// <summary>What a message asks the bot to do, apart from answering a question.</summary>
public enum CommandKind
{
    Help,
    Language,
    Region,
    More,
    Events,
    Contact,
    Feedback,
    Helpful,
    NotHelpful,
    Forget,

    /// <summary>A greeting with no question in it.</summary>
    Greeting,

    /// <summary>STOP, UNSUBSCRIBE and the like: the carrier handles the opt-out, the bot stays silent.</summary>
    CarrierStop,

    /// <summary>START, UNSTOP: the person is back.</summary>
    CarrierStart,
}

/// <summary>A recognised command.</summary>
/// <param name="Argument">What followed the command word, e.g. the region in "region Augsburg", or the period of "events".</param>
public sealed record Command(CommandKind Kind, string? Argument = null);

/// <summary>The periods of the events command.</summary>
public static class EventPeriod
{
    public const string Today = "today";
    public const string Week = "week";
    public const string Weekend = "weekend";
}

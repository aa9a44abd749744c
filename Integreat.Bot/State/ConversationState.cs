namespace Integreat.Bot.State;

/// <summary>What the bot remembers about one person between messages, and nothing more.</summary>
/// <param name="UserKey">The channel's hashed key for the person.</param>
public sealed record ConversationState(string UserKey)
{
    /// <summary>The language the bot answers in; null until known.</summary>
    public string? Language { get; init; }

    /// <summary>True when the person chose <see cref="Language"/> themselves (menu or command): then it is kept.</summary>
    public bool LanguageChosen { get; init; }

    /// <summary>The region slug the person asks about.</summary>
    public string? Region { get; init; }

    /// <summary>The numbered options last offered; a typed number or pressed button maps back to one of these.</summary>
    public IReadOnlyList<OfferedChoice> Offered { get; init; } = [];

    /// <summary>The menu waiting for an answer, if any.</summary>
    public PendingMenu Pending { get; init; }

    /// <summary>The page being read chunk by chunk with "more".</summary>
    public ReadingPosition? Reading { get; init; }

    /// <summary>The last answer given, so that feedback refers to it.</summary>
    public LastAnswer? LastAnswer { get; init; }

    /// <summary>When the person last wrote; idle state expires from here.</summary>
    public DateTimeOffset LastSeen { get; init; }
}

/// <summary>A menu the next message may answer.</summary>
public enum PendingMenu
{
    None,
    Language,
    Region,
    Feedback,
    Events,
}

/// <summary>What picking an offered number does.</summary>
public enum ChoiceAction
{
    OpenPage,
    SetLanguage,
    SetRegion,
    Command,
}

/// <summary>One numbered option and what it stands for (kept server-side, so the person only ever sends the number).</summary>
/// <param name="Value">Page reference (<c>language:id</c>), language code, region slug or command name.</param>
public sealed record OfferedChoice(string Key, ChoiceAction Action, string Value);

/// <summary>Which page is being read and which chunk comes next.</summary>
public sealed record ReadingPosition(int PageId, string Language, int NextChunk);

/// <summary>The page last answered and the question it answered.</summary>
public sealed record LastAnswer(int PageId, string Language, string Question);

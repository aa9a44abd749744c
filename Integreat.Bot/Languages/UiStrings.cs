namespace Integreat.Bot.Languages;

/// <summary>Everything the bot says itself, in one language. Every member is required, so a language that misses one does
/// not compile. Placeholders are <c>{0}</c>, <c>{1}</c>; command words named in sentences must be among <see cref="Words"/>.</summary>
public sealed record UiStrings
{
    /// <summary>The CMS language code, e.g. <c>de-si</c>.</summary>
    public required string Code { get; init; }

    /// <summary>The BCP 47 tag used to write dates and times.</summary>
    public required string Culture { get; init; }

    /// <summary>The language's name in itself, as the language menu shows it.</summary>
    public required string NativeName { get; init; }

    public required bool RightToLeft { get; init; }

    /// <summary>{0} = region name.</summary>
    public required string Welcome { get; init; }

    public required string HowToAsk { get; init; }

    /// <summary>How to change language and region and reach the menu, naming the command words.</summary>
    public required string HowToChange { get; init; }

    public required string LanguagePrompt { get; init; }

    public required string LanguageSet { get; init; }

    /// <summary>Said in the new language after a switch by detection; {0} = the previous language's native name.</summary>
    public required string LanguageSwitched { get; init; }

    public required string RegionPrompt { get; init; }

    /// <summary>{0} = region name.</summary>
    public required string RegionSet { get; init; }

    /// <summary>{0} = what the person typed.</summary>
    public required string RegionUnknown { get; init; }

    /// <summary>{0} = the language used instead (native name).</summary>
    public required string RegionLacksLanguage { get; init; }

    /// <summary>{0} = the language of the page shown (native name).</summary>
    public required string OnlyInLanguage { get; init; }

    public required string NotFound { get; init; }

    public required string TopicsIntro { get; init; }

    public required string ContactIntro { get; init; }

    public required string NoContacts { get; init; }

    /// <summary>{0} = <see cref="MoreKeyword"/>.</summary>
    public required string MoreHint { get; init; }

    public required string MoreKeyword { get; init; }

    public required string NoMore { get; init; }

    public required string NothingToContinue { get; init; }

    public required string EventsPrompt { get; init; }

    public required string EventsNone { get; init; }

    public required string EventsToday { get; init; }

    public required string EventsWeek { get; init; }

    public required string EventsWeekend { get; init; }

    public required string FeedbackPrompt { get; init; }

    public required string Helpful { get; init; }

    public required string NotHelpful { get; init; }

    public required string ThanksHelpful { get; init; }

    public required string ThanksNotHelpful { get; init; }

    public required string FeedbackNothing { get; init; }

    public required string Forgotten { get; init; }

    public required string HelpIntro { get; init; }

    public required string MenuLanguage { get; init; }

    public required string MenuRegion { get; init; }

    public required string MenuEvents { get; init; }

    public required string MenuContact { get; init; }

    public required string MenuFeedback { get; init; }

    public required string MenuForget { get; init; }

    public required string LabelContacts { get; init; }

    public required string LabelEvents { get; init; }

    public required string LabelChoices { get; init; }

    public required string ClosedToday { get; init; }

    public required string OpenAllDay { get; init; }

    public required string AppointmentOnly { get; init; }

    /// <summary>{0} = the spans, e.g. "8:00–12:00, 14:00–16:00".</summary>
    public required string OpenToday { get; init; }

    /// <summary>Said once when a person goes over the rate limit; after it the bot stays silent until the window ends.</summary>
    public required string TooManyMessages { get; init; }

    /// <summary>Words understood as commands in this language (lower case).</summary>
    public required CommandWords Words { get; init; }
}

/// <summary>The words that trigger each command in one language; matched against the whole message (or its first word).</summary>
public sealed record CommandWords
{
    public required IReadOnlyList<string> Help { get; init; }

    public required IReadOnlyList<string> Language { get; init; }

    public required IReadOnlyList<string> Region { get; init; }

    public required IReadOnlyList<string> More { get; init; }

    public required IReadOnlyList<string> Events { get; init; }

    public required IReadOnlyList<string> Today { get; init; }

    public required IReadOnlyList<string> Week { get; init; }

    public required IReadOnlyList<string> Weekend { get; init; }

    public required IReadOnlyList<string> Contact { get; init; }

    public required IReadOnlyList<string> Feedback { get; init; }

    public required IReadOnlyList<string> Helpful { get; init; }

    public required IReadOnlyList<string> NotHelpful { get; init; }

    public required IReadOnlyList<string> Forget { get; init; }

    /// <summary>Greetings that open a conversation without asking anything.</summary>
    public required IReadOnlyList<string> Greetings { get; init; }
}

using Integreat.Bot.Languages;

namespace Integreat.Bot.Conversation.Commands;

/// <summary>Recognises commands in every language the bot speaks, whatever language the conversation is in.</summary>
public static class CommandParser
{
    // Carrier keywords (Twilio's opt-out and opt-in lists, plus the German STOPP): never questions.
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "stop", "stopp", "stopall", "unsubscribe", "cancel", "end", "quit", "arret", "arrêt", "abmelden",
    };

    private static readonly HashSet<string> StartWords = new(StringComparer.OrdinalIgnoreCase) { "unstop", "subscribe", "anmelden" };

    private static readonly char[] TrailingPunctuation = ['.', '!', '?', '؟', '።', '՞', ',', ';', ':', '"', '\'', '«', '»', '“', '”', '„', ' '];

    /// <summary>The command in <paramref name="text"/>, or null when it is a question (or a number).</summary>
    /// <param name="current">The conversation's language: its words are tried first.</param>
    public static Command? Parse(string text, UiStrings current)
    {
        var raw = text.Trim();
        if (raw.Length == 0)
        {
            return new Command(CommandKind.Greeting);
        }

        var normalized = Normalize(raw);
        if (StopWords.Contains(normalized))
        {
            return new Command(CommandKind.CarrierStop);
        }

        if (StartWords.Contains(normalized))
        {
            return new Command(CommandKind.CarrierStart);
        }

        if (raw == "?")
        {
            return new Command(CommandKind.Help);
        }

        var languages = new[] { current }.Concat(UiCatalog.All.Where(s => s != current)).ToList();
        foreach (var strings in languages)
        {
            if (MatchWhole(normalized, strings.Words) is { } whole)
            {
                return whole;
            }
        }

        foreach (var strings in languages)
        {
            if (MatchWithArgument(normalized, strings.Words) is { } withArgument)
            {
                return withArgument;
            }
        }

        return null;
    }

    /// <summary>The period named by a word in any language (today, week, weekend), or null.</summary>
    public static string? ParsePeriod(string text)
    {
        var normalized = Normalize(text);
        foreach (var words in UiCatalog.All.Select(s => s.Words))
        {
            if (Contains(words.Weekend, normalized))
            {
                return EventPeriod.Weekend;
            }

            if (Contains(words.Week, normalized))
            {
                return EventPeriod.Week;
            }

            if (Contains(words.Today, normalized))
            {
                return EventPeriod.Today;
            }
        }

        return null;
    }

    /// <summary>Lower case, single spaces, no trailing punctuation, no leading slash doubling (Telegram sends "/help@BotName").</summary>
    public static string Normalize(string text)
    {
        var trimmed = text.Trim().TrimEnd(TrailingPunctuation).TrimStart('"', '\'', '«', '„', '“', ' ');
        var at = trimmed.StartsWith('/') ? trimmed.IndexOf('@') : -1;
        if (at > 0)
        {
            trimmed = trimmed[..at];
        }

        // Turkish capital İ has no invariant lower case; "DİL" must still read as "dil".
        return string.Join(' ', trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace('İ', 'i').ToLowerInvariant().Replace("i\u0307", "i", StringComparison.Ordinal);
    }

    private static Command? MatchWhole(string text, CommandWords words)
    {
        // Longer phrases first: "not helpful" must not read as "helpful".
        if (Contains(words.NotHelpful, text))
        {
            return new Command(CommandKind.NotHelpful);
        }

        if (Contains(words.Forget, text))
        {
            return new Command(CommandKind.Forget);
        }

        if (Contains(words.Helpful, text))
        {
            return new Command(CommandKind.Helpful);
        }

        (IReadOnlyList<string> List, CommandKind Kind)[] simple =
        [
            (words.Help, CommandKind.Help), (words.Language, CommandKind.Language), (words.Region, CommandKind.Region),
            (words.More, CommandKind.More), (words.Events, CommandKind.Events), (words.Contact, CommandKind.Contact),
            (words.Feedback, CommandKind.Feedback), (words.Greetings, CommandKind.Greeting),
        ];
        foreach (var (list, kind) in simple)
        {
            if (Contains(list, text))
            {
                return new Command(kind);
            }
        }

        return null;
    }

    private static Command? MatchWithArgument(string text, CommandWords words)
    {
        foreach (var word in words.Events)
        {
            if (text.StartsWith(word + " ", StringComparison.Ordinal) && ParsePeriod(text[(word.Length + 1)..]) is { } period)
            {
                return new Command(CommandKind.Events, period);
            }
        }

        foreach (var word in words.Region)
        {
            if (text.StartsWith(word + " ", StringComparison.Ordinal) && !word.StartsWith('/'))
            {
                return new Command(CommandKind.Region, text[(word.Length + 1)..]);
            }
        }

        foreach (var word in words.Language)
        {
            if (text.StartsWith(word + " ", StringComparison.Ordinal) && !word.StartsWith('/'))
            {
                return new Command(CommandKind.Language, text[(word.Length + 1)..]);
            }
        }

        return null;
    }

    private static bool Contains(IReadOnlyList<string> list, string text) =>
        list.Any(w => string.Equals(w, text, StringComparison.OrdinalIgnoreCase));
}

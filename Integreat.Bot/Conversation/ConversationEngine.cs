using System.Globalization;
using Integreat.Bot.Conversation.Commands;
using Integreat.Bot.Languages;
using Integreat.Bot.State;
using Integreat.Content.Model;
using Integreat.Content.Store;
using Integreat.Search;
using Microsoft.Extensions.Options;

namespace Integreat.Bot.Conversation;

/// <summary>The conversation, the same on every channel: works out region and language, recognises commands and numbers,
/// answers questions from the search index, and keeps the little it must remember in <see cref="IConversationStore"/>.</summary>
public sealed partial class ConversationEngine(
    IContentStore content,
    ISearchIndex search,
    IConversationStore store,
    IEditorReport editors,
    ILanguageDetector detector,
    IOptions<BotOptions> options,
    TimeProvider time) : IConversationEngine
{
    private const int MaxOtherPages = 2;
    private const int MaxContacts = 2;
    private const int MaxEvents = 3;
    private const int MaxTopics = 5;

    private readonly BotOptions _options = options.Value;

    /// <summary>The longest message taken as it is (a WhatsApp message's limit); the rest of a longer one is not read.</summary>
    public const int MaxMessageLength = 1600;

    public async Task<Reply> HandleAsync(IncomingMessage message, CancellationToken cancellationToken = default)
    {
        var raw = message.Text?.Trim() ?? string.Empty;
        var text = NormalizeNumber(raw.Length > MaxMessageLength ? raw[..MaxMessageLength] : raw);
        var stored = await store.GetAsync(message.UserKey, cancellationToken);
        var turn = StartTurn(message, stored, text);
        var command = IsNumber(text) ? null : CommandParser.Parse(text, turn.Strings);

        if (command?.Kind == CommandKind.CarrierStop)
        {
            // The carrier confirms the opt-out itself; anything the bot sent now would be one message too many.
            return turn.Reply() with { IsSilent = true };
        }

        if (command?.Kind == CommandKind.Forget)
        {
            return await ForgetAsync(turn, cancellationToken);
        }

        if (turn.IsNew)
        {
            turn.Notes.AddRange(Welcome(turn));
        }

        var reply = await DispatchAsync(turn, text, command, cancellationToken);
        if (!turn.Forgotten)
        {
            await store.SaveAsync(turn.State, cancellationToken);
        }

        return reply;
    }

    public async Task<Reply> WelcomeAsync(IncomingMessage message, CancellationToken cancellationToken = default)
    {
        var stored = await store.GetAsync(message.UserKey, cancellationToken);
        var turn = StartTurn(message, stored, message.Text ?? string.Empty);
        var reply = turn.Reply(Welcome(turn));
        await store.SaveAsync(turn.State, cancellationToken);
        return reply;
    }

    private async Task<Reply> DispatchAsync(Turn turn, string text, Command? command, CancellationToken cancellationToken)
    {
        if (IsNumber(text))
        {
            return await PickAsync(turn, text, cancellationToken);
        }

        // An open menu takes plain words as its answer: a language or region name.
        if (command is null && turn.State.Pending == PendingMenu.Language && FindLanguage(turn, text) is { } language)
        {
            return SetLanguage(turn, language);
        }

        if (command is null && turn.State.Pending == PendingMenu.Region)
        {
            return SwitchRegion(turn, text, fromMenu: true) ?? await AnswerAsync(turn, text, cancellationToken);
        }

        if (command is null && turn.State.Pending == PendingMenu.Events && CommandParser.ParsePeriod(text) is { } period)
        {
            return Events(turn, period);
        }

        if (command is null && !turn.IsNew && RegionMatcher.Find(text, content.GetRegions()) is [var named] && IsRegionName(text, named))
        {
            return SwitchRegion(turn, text, fromMenu: false)!;
        }

        return command?.Kind switch
        {
            null => await AnswerAsync(turn, text, cancellationToken),
            CommandKind.Greeting or CommandKind.CarrierStart => turn.IsNew ? Done(turn, turn.Reply()) : Help(turn),
            CommandKind.Help => turn.IsNew ? Done(turn, turn.Reply()) : Help(turn),
            CommandKind.Language when command.Argument is { } name =>
                FindLanguage(turn, name) is { } chosen ? SetLanguage(turn, chosen) : await AnswerAsync(turn, text, cancellationToken),
            CommandKind.Language => LanguageMenu(turn),
            CommandKind.Region when command.Argument is { } name =>
                SwitchRegion(turn, name, fromMenu: false) ?? await AnswerAsync(turn, text, cancellationToken),
            CommandKind.Region => RegionMenu(turn),
            CommandKind.More => More(turn),
            CommandKind.Events when command.Argument is { } when => Events(turn, when),
            CommandKind.Events => EventsMenu(turn),
            CommandKind.Contact => ContactPersons(turn),
            CommandKind.Feedback => FeedbackMenu(turn),
            CommandKind.Helpful => await FeedbackAsync(turn, helpful: true, cancellationToken),
            CommandKind.NotHelpful => await FeedbackAsync(turn, helpful: false, cancellationToken),
            _ => Help(turn),
        };
    }

    /// <summary>Works out region and language for this message (see the order in the issue: explicit choice, stored,
    /// channel hint, detection, region default) and notes a switch by detection.</summary>
    private Turn StartTurn(IncomingMessage message, ConversationState? stored, string text)
    {
        var now = time.GetUtcNow();
        var state = stored ?? new ConversationState(message.UserKey);
        var region = ResolveRegion(state, message);
        state = state with { Region = region.Slug };
        var looksLikeText = !IsNumber(text) && text.Length > 0;
        var detected = looksLikeText ? detector.Detect(text, region.Languages.Select(l => l.Code).ToList()) : null;

        string language;
        if (stored?.Language is { } storedLanguage && region.FindLanguage(storedLanguage) is not null)
        {
            language = storedLanguage;
        }
        else
        {
            // A weak guess from one word ("Kita") says little; a greeting or command word says which language it is.
            var weak = detected is not null && ScriptRules.Words(text).Length >= 2 ? detected.Code : null;
            language = (detected is { IsClear: true } ? detected.Code : null)
                ?? LanguageOfWord(region, text)
                ?? MatchHint(region, message.LocaleHint)
                ?? weak
                ?? DefaultLanguage(region);
        }

        var turn = new Turn(message, state, region, language, now, isNew: stored is null);
        turn.SetLanguage(language, stored?.LanguageChosen ?? false);

        // A message clearly in another language switches, unless it is a command word (those work in every language).
        if (stored?.Language is not null && detected is { IsClear: true } && !SameLanguage(detected.Code, language)
            && CommandParser.Parse(text, turn.Strings) is null)
        {
            var previous = turn.NativeName(language);
            turn.SetLanguage(detected.Code, chosen: false);
            turn.Notes.Add(Format(turn.Strings.LanguageSwitched, previous));
        }

        return turn;
    }

    private Region ResolveRegion(ConversationState state, IncomingMessage message)
    {
        var regions = content.GetRegions();
        var byAddress = message.ReceivingAddress is { } address && _options.RegionsByAddress.TryGetValue(NormalizeAddress(address), out var slug) ? slug : null;
        return (state.Region is { } stored ? content.FindRegion(stored) : null)
            ?? (byAddress is not null ? content.FindRegion(byAddress) : null)
            ?? content.FindRegion(_options.DefaultRegion)
            ?? regions.FirstOrDefault()
            ?? new Region(_options.DefaultRegion, _options.DefaultRegion, [new Language(_options.DefaultLanguage, _options.DefaultLanguage, _options.DefaultLanguage, TextDirection.LeftToRight)]);
    }

    private string DefaultLanguage(Region region) =>
        region.FindLanguage(_options.DefaultLanguage)?.Code ?? region.DefaultLanguage.Code;

    /// <summary>The one region language whose greeting or command word the whole message is, if any.</summary>
    private static string? LanguageOfWord(Region region, string text)
    {
        var families = UiCatalog.LanguagesOfWord(CommandParser.Normalize(text))
            .Select(code => region.FindLanguage(code)?.Code)
            .OfType<string>()
            .GroupBy(BaseOf)
            .ToList();
        return families.Count == 1 ? families[0].First() : null;
    }

    private static string? MatchHint(Region region, string? hint)
    {
        if (string.IsNullOrWhiteSpace(hint))
        {
            return null;
        }

        var normalized = hint.Replace('_', '-');
        return region.FindLanguage(normalized)?.Code
            ?? region.Languages.FirstOrDefault(l => string.Equals(l.Bcp47Tag, normalized, StringComparison.OrdinalIgnoreCase))?.Code
            ?? region.FindLanguage(BaseOf(normalized))?.Code;
    }

    private IEnumerable<string> Welcome(Turn turn) =>
    [
        Format(turn.Strings.Welcome, turn.Region.Name),
        turn.Strings.HowToAsk,
        turn.Strings.HowToChange,
    ];

    /// <summary>Numbers the options, saves what each number stands for (so a typed number finds it again) and opens the menu.</summary>
    private static Reply Offer(Turn turn, Reply reply, IEnumerable<(ChoiceAction Action, string Value, string Label)> options, PendingMenu pending)
    {
        var numbered = options.Select((o, i) => (Offered: new OfferedChoice((i + 1).ToString(CultureInfo.InvariantCulture), o.Action, o.Value), o.Label)).ToList();
        turn.State = turn.State with { Offered = numbered.Select(n => n.Offered).ToList(), Pending = pending };
        return reply with { Choices = numbered.Select(n => new Choice(n.Offered.Key, n.Label)).ToList() };
    }

    /// <summary>A reply that offers nothing new: the menu closes.</summary>
    private static Reply Done(Turn turn, Reply reply)
    {
        turn.State = turn.State with { Pending = PendingMenu.None };
        return reply;
    }

    private static bool IsNumber(string text) => text.Length is > 0 and <= 3 && text.All(char.IsAsciiDigit);

    /// <summary>"٢", "۲", "2." or "2)" is the choice "2": Arabic and Persian keyboards type their own digits.</summary>
    private static string NormalizeNumber(string text)
    {
        var core = text.TrimEnd('.', ')', ' ');
        if (core.Length is 0 or > 3 || !core.All(char.IsDigit))
        {
            return text;
        }

        return string.Concat(core.Select(c => (char)('0' + (int)char.GetNumericValue(c))));
    }

    private static bool SameLanguage(string a, string b) => BaseOf(a) == BaseOf(b);

    private static string BaseOf(string code)
    {
        var dash = code.IndexOf('-');
        return (dash > 0 ? code[..dash] : code).ToLowerInvariant();
    }

    private static bool IsRegionName(string text, Region region)
    {
        var typed = RegionMatcher.Normalize(text);
        return typed == RegionMatcher.Normalize(region.Slug) || typed == RegionMatcher.Normalize(region.Name);
    }

    private static string NormalizeAddress(string address) =>
        address.Replace("whatsapp:", "", StringComparison.OrdinalIgnoreCase).Replace(" ", "");

    private static string Format(string template, params object[] values) => string.Format(CultureInfo.InvariantCulture, template, values);
}

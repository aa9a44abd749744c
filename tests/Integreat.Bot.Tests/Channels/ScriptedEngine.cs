using System.Collections.Concurrent;
using Integreat.Bot.Conversation;
using Integreat.Content.Model;

namespace Integreat.Bot.Tests.Channels;

/// <summary>An engine whose replies have a known shape (our own wording), so channel tests can check rendering,
/// splitting and routing exactly. It answers in the language of the locale hint (German when there is none).</summary>
internal sealed class ScriptedEngine : IConversationEngine
{
    private readonly ConcurrentQueue<IncomingMessage> received = new();

    public IReadOnlyList<IncomingMessage> Received => [.. received];

    /// <summary>How many sentences the page text has; large values make long replies.</summary>
    public int Sentences { get; set; } = 2;

    public static readonly IReadOnlyDictionary<string, (string Title, string Sentence, string Welcome, ReplyLabels Labels)> Languages =
        new Dictionary<string, (string, string, string, ReplyLabels)>
        {
            ["de"] = ("Deutschkurse <Anfänger> & Fortgeschrittene", "Die Volkshochschule bietet jeden Montag einen Kurs für Anfänger an.", "Willkommen! Stellen Sie eine Frage.",
                new ReplyLabels("Kontakte", "Termine", "Weitere Seiten", "Antworten Sie MEHR für mehr.", "MEHR")),
            ["en"] = ("German classes", "The adult education centre runs a beginners' class every Monday.", "Welcome! Ask a question.",
                new ReplyLabels("Contacts", "Events", "More pages", "Reply MORE for more.", "MORE")),
            ["ar"] = ("دورات اللغة الألمانية", "يقدم مركز تعليم الكبار دورة للمبتدئين كل يوم اثنين.", "مرحبا! اطرح سؤالا.",
                new ReplyLabels("جهات الاتصال", "مواعيد", "صفحات أخرى", "أرسل المزيد للمزيد.", "المزيد")),
            ["uk"] = ("Курси німецької мови", "Народний університет щопонеділка проводить курс для початківців.", "Ласкаво просимо! Поставте запитання.",
                new ReplyLabels("Контакти", "Події", "Інші сторінки", "Надішліть БІЛЬШЕ, щоб читати далі.", "БІЛЬШЕ")),
        };

    public static string LanguageOf(IncomingMessage message)
    {
        var hint = message.LocaleHint?.Split('-', '_')[0].ToLowerInvariant();
        if (hint is not null && Languages.ContainsKey(hint))
        {
            return hint;
        }

        // Channels without a locale (SMS): the script of the question decides, as a language detector would.
        return message.Text.Any(c => c is >= '\u0600' and <= '\u06FF') ? "ar"
            : message.Text.Any(c => c is >= '\u0400' and <= '\u04FF') ? "uk"
            : "de";
    }

    /// <summary>Awaited before each answer; lets a test hold one conversation while others go on.</summary>
    public Func<IncomingMessage, Task>? BeforeAnswer { get; set; }

    public async Task<Reply> HandleAsync(IncomingMessage message, CancellationToken cancellationToken = default)
    {
        received.Enqueue(message);
        if (BeforeAnswer is not null)
        {
            await BeforeAnswer(message);
        }

        var language = LanguageOf(message);
        var (title, sentence, _, labels) = Languages[language];
        var text = string.Join(" ", Enumerable.Repeat(sentence, Sentences));
        return new Reply
        {
            Language = language,
            Direction = language == "ar" ? TextDirection.RightToLeft : TextDirection.LeftToRight,
            Answer = new PageAnswer(17, language, title, text, "https://integreat.example/beispielstadt/" + language + "/kurse?a=1&b=2"),
            Choices = [new Choice("1", title + " (2)"), new Choice("2", title + " (3)")],
            Labels = labels,
        };
    }

    public Task<Reply> WelcomeAsync(IncomingMessage message, CancellationToken cancellationToken = default)
    {
        received.Enqueue(message);
        var language = LanguageOf(message);
        return Task.FromResult(new Reply { Language = language, Paragraphs = [Languages[language].Welcome], Labels = Languages[language].Labels });
    }
}

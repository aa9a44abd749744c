using Integreat.Content.Model;
using Integreat.Content.Store;

namespace Integreat.Search.Tests;

/// <summary>A small region of our own writing in several languages, for search tests.</summary>
internal static class Fixture
{
    public const string Region = "testkreis";

    public static readonly Language[] Languages =
    [
        new("de", "de-DE", "Deutsch", TextDirection.LeftToRight),
        new("en", "en-US", "English", TextDirection.LeftToRight),
        new("uk", "uk-UA", "Українська", TextDirection.LeftToRight),
        new("ar", "ar-SA", "العربية", TextDirection.RightToLeft),
        new("fr", "fr-FR", "Français", TextDirection.LeftToRight),
    ];

    /// <summary>Page id → title and body per language; the same id in every language (translations).</summary>
    public static readonly Dictionary<string, (int Id, string Title, string Html)[]> Pages = new()
    {
        ["de"] =
        [
            (1, "Kindergartenanmeldung", "<p>Die Anmeldung für den Kindergarten erfolgt im Januar bei der Stadt. Bringen Sie die Geburtsurkunde Ihres Kindes mit.</p><p>Ein Platz in der Kita ist ab dem ersten Geburtstag garantiert.</p>"),
            (2, "Ausländerbehörde", "<h2>Aufenthaltstitel</h2><p>Die Ausländerbehörde verlängert Ihren Aufenthaltstitel. Vereinbaren Sie rechtzeitig einen Termin.</p>"),
            (3, "Deutschkurse", "<p>Integrationskurse vermitteln Sprache und Wissen über Deutschland. Der Kurs endet mit einer Prüfung.</p>"),
            (4, "Krankenversicherung", "<p>In Deutschland muss jeder krankenversichert sein. Die Krankenkasse bezahlt den Arztbesuch.</p>"),
            (5, "Müllentsorgung", "<p>Der Restmüll wird alle zwei Wochen abgeholt. Papier gehört in die blaue Tonne.</p>"),
        ],
        ["en"] =
        [
            (11, "Kindergarten registration", "<p>You register your child for kindergarten in January at the town hall. Bring your child's birth certificate.</p><p>Every child from the age of one is entitled to a daycare place.</p>"),
            (12, "Immigration office", "<h2>Residence permit</h2><p>The immigration office extends your residence permit. Make an appointment in good time.</p>"),
            (13, "German courses", "<p>Integration courses teach the language and knowledge about Germany. The course ends with an exam.</p>"),
            (14, "Health insurance", "<p>Everyone in Germany must have health insurance. The insurance pays for visits to the doctor.</p>"),
            (15, "Waste disposal", "<p>General waste is collected every two weeks. Paper goes into the blue bin.</p>"),
        ],
        ["uk"] =
        [
            (21, "Реєстрація в дитячому садку", "<p>Реєстрація дитини в дитячому садку відбувається в січні в міській раді. Візьміть із собою свідоцтво про народження.</p>"),
            (22, "Відомство у справах іноземців", "<p>Відомство у справах іноземців продовжує ваш дозвіл на проживання. Запишіться на прийом заздалегідь.</p>"),
            (23, "Курси німецької мови", "<p>Інтеграційні курси навчають мови та знань про Німеччину. Курс закінчується іспитом.</p>"),
            (24, "Медичне страхування", "<p>Кожен у Німеччині повинен мати медичне страхування. Страхова компанія оплачує візит до лікаря.</p>"),
            (25, "Вивезення сміття", "<p>Змішане сміття вивозять кожні два тижні. Папір кладуть у синій контейнер.</p>"),
        ],
        ["ar"] =
        [
            (31, "التسجيل في روضة الأطفال", "<p>يتم تسجيل طفلك في روضة الأطفال في شهر يناير في البلدية. أحضر شهادة ميلاد طفلك.</p>"),
            (32, "مكتب شؤون الأجانب", "<p>يقوم مكتب شؤون الأجانب بتمديد تصريح إقامتك. احجز موعدا في وقت مبكر.</p>"),
            (33, "دورات اللغة الألمانية", "<p>تعلم دورات الاندماج اللغة والمعرفة عن ألمانيا. تنتهي الدورة بامتحان.</p>"),
            (34, "التأمين الصحي", "<p>يجب أن يكون لكل شخص في ألمانيا تأمين صحي. تدفع شركة التأمين تكاليف زيارة الطبيب.</p>"),
            (35, "التخلص من النفايات", "<p>يتم جمع النفايات العامة كل أسبوعين. الورق يوضع في الحاوية الزرقاء.</p>"),
        ],
        ["fr"] =
        [
            (41, "Inscription à la maternelle", "<p>Vous inscrivez votre enfant à la maternelle en janvier à la mairie. Apportez son acte de naissance.</p>"),
            (42, "Service des étrangers", "<p>Le service des étrangers prolonge votre titre de séjour. Prenez rendez-vous à temps.</p>"),
            (43, "Cours d'allemand", "<p>Les cours d'intégration enseignent la langue et des connaissances sur l'Allemagne. Le cours se termine par un examen.</p>"),
            (44, "Assurance maladie", "<p>En Allemagne, tout le monde doit avoir une assurance maladie. L'assurance paie les visites chez le médecin.</p>"),
            (45, "Collecte des déchets", "<p>Les ordures ménagères sont collectées toutes les deux semaines. Le papier va dans la poubelle bleue.</p>"),
        ],
    };

    /// <summary>Questions a person might ask, with the page that answers them.</summary>
    public static readonly (string Language, string Question, int Page)[] Questions =
    [
        ("de", "Wie melde ich mein Kind im Kindergarten an?", 1),
        ("de", "Wo kann ich meinen Aufenthaltstitel verlängern?", 2),
        ("de", "Wer bezahlt den Arzt?", 4),
        ("de", "Wann wird der Müll abgeholt?", 5),
        ("en", "How do I register my child for kindergarten?", 11),
        ("en", "Where can I extend my residence permit?", 12),
        ("en", "Who pays when I go to the doctor?", 14),
        ("en", "When is the waste collected?", 15),
        ("uk", "Як зареєструвати дитину в дитячий садок?", 21),
        ("uk", "Де продовжити дозвіл на проживання?", 22),
        ("uk", "Хто оплачує візит до лікаря?", 24),
        ("uk", "Коли вивозять сміття?", 25),
        ("ar", "كيف أسجل طفلي في روضة الأطفال؟", 31),
        ("ar", "أين يمكنني تمديد تصريح الإقامة؟", 32),
        ("ar", "من يدفع تكاليف الطبيب؟", 34),
        ("ar", "متى يتم جمع النفايات؟", 35),
        ("fr", "Comment inscrire mon enfant à la maternelle ?", 41),
        ("fr", "Où prolonger mon titre de séjour ?", 42),
        ("fr", "Qui paie le médecin ?", 44),
    ];

    public static LanguageContent Content(string language, IReadOnlyList<Event>? events = null, IReadOnlyList<Location>? locations = null, string? titleSuffix = null)
    {
        var lang = Languages.First(l => l.Code == language);
        var pages = Pages[language].Select(p => new Page(
            p.Id, Region, language, $"https://integreat.app/{Region}/{language}/page-{p.Id}/", $"/{Region}/{language}/page-{p.Id}/",
            p.Title + titleSuffix, p.Html, "", null, null, p.Id, null, Translations(p.Id, language))).ToList();
        return new LanguageContent(Region, lang, pages, events ?? [], locations ?? []);
    }

    public static InMemoryContentStore Store(params LanguageContent[] contents) =>
        new([new Region(Region, "Testkreis", Languages)], contents);

    public static InMemoryContentStore Store() => Store(Languages.Select(l => Content(l.Code)).ToArray());

    /// <summary>A region of its own with pages in one language only, for tests that need a handful of made-up pages.</summary>
    public static InMemoryContentStore OneLanguageStore(string region, Language language, IEnumerable<(int Id, string Title, string Html)> pages)
    {
        var code = language.Code;
        var content = new LanguageContent(region, language, pages.Select(p => new Page(
            p.Id, region, code, $"https://integreat.app/{region}/{code}/page-{p.Id}/", $"/{region}/{code}/page-{p.Id}/",
            p.Title, p.Html, "", null, null, p.Id, null, new Dictionary<string, TranslationLink>())).ToList(), [], []);
        return new InMemoryContentStore([new Region(region, region, [language])], [content]);
    }

    /// <summary>The same page in the other languages: ids differ by ten per language.</summary>
    private static Dictionary<string, TranslationLink> Translations(int id, string language)
    {
        var offset = id % 10;
        var codes = new[] { "de", "en", "uk", "ar", "fr" };
        return codes.Where(c => c != language).ToDictionary(
            c => c,
            c => new TranslationLink(Array.IndexOf(codes, c) * 10 + offset, $"https://integreat.app/{Region}/{c}/", $"/{Region}/{c}/"));
    }
}

using Integreat.Content.Model;
using Integreat.Content.Store;

namespace Integreat.Bot.Tests.Conversation;

/// <summary>A small region of our own writing, "Musterstadt", with pages in several languages (the waste page only in German
/// and English), recurring events and two counselling offices; plus three empty regions to switch to.</summary>
internal static class TestContent
{
    public const string Region = "musterstadt";
    public const int KitaPage = 11;
    public const int CoursePage = 12;
    public const int DoctorPage = 13;
    public const int WastePage = 14;

    private static readonly string[] ContentLanguages = ["de", "en", "ar", "fa", "uk", "tr"];

    private static readonly Language[] Languages =
    [
        new("de", "de-DE", "Deutsch", TextDirection.LeftToRight),
        new("de-si", "de-DE", "Leichte Sprache", TextDirection.LeftToRight),
        new("en", "en-US", "English", TextDirection.LeftToRight),
        new("ar", "ar-SY", "العربية", TextDirection.RightToLeft),
        new("fa", "fa-IR", "فارسی", TextDirection.RightToLeft),
        new("ps", "ps-AF", "پښتو", TextDirection.RightToLeft),
        new("uk", "uk-UA", "Українська", TextDirection.LeftToRight),
        new("ru", "ru-RU", "Русский", TextDirection.LeftToRight),
        new("tr", "tr-TR", "Türkçe", TextDirection.LeftToRight),
        new("ti", "ti-ER", "ትግርኛ", TextDirection.LeftToRight),
        new("kmr", "ku-TR", "Kurmancî", TextDirection.LeftToRight),
    ];

    private static readonly Dictionary<int, Dictionary<string, (string Title, string Html)>> Texts = new()
    {
        [1] = new()
        {
            ["de"] = ("Familie", ""),
            ["en"] = ("Family", ""),
            ["ar"] = ("العائلة", ""),
            ["fa"] = ("خانواده", ""),
            ["uk"] = ("Сім'я", ""),
            ["tr"] = ("Aile", ""),
        },
        [2] = new()
        {
            ["de"] = ("Alltag", ""),
            ["en"] = ("Everyday life", ""),
            ["ar"] = ("الحياة اليومية", ""),
            ["fa"] = ("زندگی روزمره", ""),
            ["uk"] = ("Повсякденне життя", ""),
            ["tr"] = ("Günlük yaşam", ""),
        },
        [KitaPage] = new()
        {
            ["de"] = ("Kita-Platz finden", "<p>Kinder ab einem Jahr können in die Kita gehen. Den Kita-Platz beantragen Sie im Kita-Büro im Rathaus.</p><p>Bringen Sie die Geburtsurkunde des Kindes mit. Die Anmeldung für die Kita ist kostenlos.</p><p>Im Kita-Büro hilft man Ihnen auch bei den Kosten. Familien mit wenig Geld zahlen weniger.</p><p>Melden Sie Ihr Kind früh an. Oft gibt es eine Warteliste, und ein freier Platz kann einige Monate dauern. Fragen Sie nach, wenn Sie lange nichts hören.</p><p>Die Kita ist meistens von Montag bis Freitag geöffnet. Sie können wählen, ob Ihr Kind bis mittags oder bis zum Nachmittag bleibt.</p><p>In der Kita lernen Kinder spielend Deutsch. Sie finden Freunde und bereiten sich auf die Schule vor.</p>"),
            ["en"] = ("Finding a kindergarten place", "<p>Children from the age of one can go to kindergarten (Kita). You apply for a kindergarten place at the Kita office in the town hall.</p><p>Bring the child's birth certificate. Registering for kindergarten is free.</p><p>The Kita office also helps you with the costs. Families with little money pay less.</p>"),
            ["ar"] = ("إيجاد مكان في روضة الأطفال", "<p>يمكن للأطفال من عمر سنة الذهاب إلى روضة الأطفال. تقدم طلب مكان في روضة الأطفال في مكتب الروضات في البلدية.</p><p>أحضر شهادة ميلاد الطفل. التسجيل في روضة الأطفال مجاني.</p>"),
            ["fa"] = ("پیدا کردن جا در کودکستان", "<p>کودکان از یک سالگی می‌توانند به کودکستان بروند. درخواست جا در کودکستان را در دفتر کودکستان در شهرداری بدهید.</p><p>شناسنامه کودک را همراه بیاورید. ثبت نام در کودکستان رایگان است.</p>"),
            ["uk"] = ("Місце в дитячому садку", "<p>Діти з одного року можуть ходити в дитячий садок. Заяву на місце в дитячому садку подають в офісі дитячих садків у ратуші.</p><p>Візьміть із собою свідоцтво про народження дитини. Реєстрація в дитячому садку безкоштовна.</p>"),
            ["tr"] = ("Kreş yeri bulmak", "<p>Çocuklar bir yaşından itibaren kreşe gidebilir. Kreş yeri için belediyedeki kreş bürosuna başvurursunuz.</p><p>Çocuğun doğum belgesini yanınızda getirin. Kreş kaydı ücretsizdir.</p>"),
        },
        [CoursePage] = new()
        {
            ["de"] = ("Deutschkurs und Integrationskurs", "<p>Im Integrationskurs lernen Sie Deutsch und vieles über das Leben in Deutschland. Der Deutschkurs dauert etwa ein Jahr.</p><p>Die Migrationsberatung hilft bei der Anmeldung zum Deutschkurs.</p>"),
            ["en"] = ("German course and integration course", "<p>In the integration course you learn German and a lot about life in Germany. The German course takes about one year.</p><p>The migration counselling office helps you register for the German course.</p>"),
            ["ar"] = ("دورة اللغة الألمانية ودورة الاندماج", "<p>في دورة الاندماج تتعلم اللغة الألمانية وأشياء كثيرة عن الحياة في ألمانيا. تستمر دورة اللغة الألمانية حوالي سنة.</p><p>يساعدك مكتب استشارة المهاجرين في التسجيل في دورة اللغة الألمانية.</p>"),
            ["fa"] = ("کلاس زبان آلمانی و دوره ادغام", "<p>در دوره ادغام زبان آلمانی و چیزهای زیادی درباره زندگی در آلمان یاد می‌گیرید. کلاس زبان آلمانی حدود یک سال طول می‌کشد.</p><p>دفتر مشاوره مهاجران در ثبت نام کلاس زبان آلمانی کمک می‌کند.</p>"),
            ["uk"] = ("Курс німецької мови та інтеграційний курс", "<p>На інтеграційному курсі ви вивчаєте німецьку мову і багато про життя в Німеччині. Курс німецької мови триває приблизно рік.</p><p>Консультація для мігрантів допомагає записатися на курс німецької мови.</p>"),
            ["tr"] = ("Almanca kursu ve uyum kursu", "<p>Uyum kursunda Almanca ve Almanya'daki yaşam hakkında çok şey öğrenirsiniz. Almanca kursu yaklaşık bir yıl sürer.</p><p>Göçmen danışmanlığı Almanca kursuna kayıtta yardım eder.</p>"),
        },
        [DoctorPage] = new()
        {
            ["de"] = ("Zum Arzt gehen", "<p>Wenn Sie krank sind, gehen Sie zuerst zur Hausärztin oder zum Hausarzt. Nehmen Sie Ihre Gesundheitskarte mit.</p><p>Im Notfall rufen Sie die Nummer 112 an.</p>"),
            ["en"] = ("Going to the doctor", "<p>When you are ill, first go to a family doctor. Take your health insurance card with you.</p><p>In an emergency, call 112.</p>"),
            ["ar"] = ("الذهاب إلى الطبيب", "<p>عندما تكون مريضاً اذهب أولاً إلى طبيب العائلة. خذ معك بطاقة التأمين الصحي.</p><p>في حالة الطوارئ اتصل بالرقم 112.</p>"),
            ["fa"] = ("رفتن به دکتر", "<p>وقتی بیمار هستید اول پیش دکتر خانواده بروید. کارت بیمه درمانی را همراه ببرید.</p><p>در مواقع اضطراری به شماره ۱۱۲ زنگ بزنید.</p>"),
            ["uk"] = ("Візит до лікаря", "<p>Коли ви хворі, спочатку йдіть до сімейного лікаря. Візьміть із собою картку медичного страхування.</p><p>У екстреному випадку телефонуйте 112.</p>"),
            ["tr"] = ("Doktora gitmek", "<p>Hasta olduğunuzda önce aile doktoruna gidin. Sağlık sigortası kartınızı yanınıza alın.</p><p>Acil durumda 112'yi arayın.</p>"),
        },
        [WastePage] = new()
        {
            ["de"] = ("Müll trennen", "<p>In Musterstadt trennen Sie den Müll. Papier kommt in die blaue Tonne, Verpackungen in den gelben Sack.</p><p>Restmüll kommt in die graue Tonne. Die Müllabfuhr kommt jede zweite Woche.</p>"),
            ["en"] = ("Separating waste", "<p>In Musterstadt you separate your waste. Paper goes in the blue bin, packaging in the yellow bag.</p><p>Other waste goes in the grey bin. The waste collection comes every second week.</p>"),
        },
    };

    private static readonly Dictionary<int, int?> Parents = new() { [1] = null, [2] = null, [KitaPage] = 1, [CoursePage] = 2, [DoctorPage] = 2, [WastePage] = 2 };

    public static readonly DateTimeOffset Now = new(2026, 3, 10, 8, 0, 0, TimeSpan.Zero); // a Tuesday, 9:00 in Berlin

    /// <summary>Translation ids are unique per language: page 11 in Arabic has id 3011.</summary>
    public static int IdIn(string language, int page) => (Array.IndexOf(ContentLanguages, language) * 1000) + page;

    public static InMemoryContentStore Create()
    {
        var regions = new List<Region>
        {
            new(Region, "Musterstadt", Languages),
            new("lkaugsburg", "Landkreis Augsburg", [Languages[0], Languages[2]]),
            new("augsburg", "Stadt Augsburg", [Languages[0], Languages[2], Languages[3]]),
            new("remsmurrkreis", "Rems-Murr-Kreis", [Languages[0], Languages[8]]),
        };
        var contents = ContentLanguages.Select(Build).ToList();
        return new InMemoryContentStore(regions, contents, Now);
    }

    private static LanguageContent Build(string code)
    {
        var language = Languages.First(l => l.Code == code);
        var pages = Texts
            .Where(t => t.Value.ContainsKey(code))
            .Select(t =>
            {
                var (title, html) = t.Value[code];
                var id = IdIn(code, t.Key);
                var parent = Parents[t.Key] is { } p ? IdIn(code, p) : (int?)null;
                var links = t.Value.Keys.Where(k => k != code).ToDictionary(k => k, k => new TranslationLink(IdIn(k, t.Key), Url(k, t.Key), Path(k, t.Key)));
                return new Page(id, Region, code, Url(code, t.Key), Path(code, t.Key), title, html, PlainStart(html), parent, parent is null ? null : Path(code, Parents[t.Key]!.Value), t.Key, Now, links);
            })
            .ToList();
        return new LanguageContent(Region, language, pages, Events(code), Locations(code));
    }

    private static IReadOnlyList<Event> Events(string code)
    {
        var titles = new Dictionary<string, (string Cafe, string CafeText, string Language, string LanguageText)>
        {
            ["de"] = ("Elterncafé in der Kita", "Eltern treffen sich in der Kita. Fragen Sie hier nach einem Kita-Platz.", "Sprachcafé: Deutsch üben", "Üben Sie Deutsch vor und nach dem Deutschkurs."),
            ["en"] = ("Parents' café at the kindergarten", "Parents meet at the kindergarten. Ask here where to find a kindergarten place.", "Language café: practise German", "Practise German before and after your German course."),
            ["ar"] = ("مقهى الأهل في روضة الأطفال", "يلتقي الأهل في روضة الأطفال. اسأل هنا أين تجد مكان في روضة الأطفال.", "مقهى اللغة: تدرب على اللغة الألمانية", "تدرب على اللغة الألمانية قبل دورة اللغة وبعدها."),
            ["fa"] = ("کافه والدین در کودکستان", "والدین در کودکستان همدیگر را می‌بینند. اینجا درباره جا در کودکستان بپرسید.", "کافه زبان: تمرین زبان آلمانی", "قبل و بعد از کلاس زبان آلمانی تمرین کنید."),
            ["uk"] = ("Батьківське кафе в дитячому садку", "Батьки зустрічаються в дитячому садку. Запитайте тут про місце в дитячому садку.", "Мовне кафе: практика німецької мови", "Практикуйте німецьку мову до і після курсу німецької мови."),
            ["tr"] = ("Kreşte veli kafesi", "Veliler kreşte buluşur. Burada kreş yeri hakkında sorun.", "Dil kafesi: Almanca pratik", "Almanca kursundan önce ve sonra Almanca pratik yapın."),
        };
        var (cafe, cafeText, language, languageText) = titles[code];
        var place = new Address("Rathaus Musterstadt", "Marktplatz 1", "12345", "Musterstadt", null, null);
        var berlin = TimeSpan.FromHours(1);
        return
        [
            new Event(IdIn(code, 501), Region, code, $"https://example.org/{code}/events/cafe", $"/{code}/events/cafe", cafe, $"<p>{cafeText}</p>", "",
                new EventSchedule(new DateTimeOffset(2026, 1, 8, 15, 0, 0, berlin), new DateTimeOffset(2026, 1, 8, 17, 0, 0, berlin), false, "Europe/Berlin", "DTSTART:20260108T150000\nRRULE:FREQ=WEEKLY;BYDAY=TH"),
                place, Now, new Dictionary<string, TranslationLink>()),
            new Event(IdIn(code, 502), Region, code, $"https://example.org/{code}/events/language", $"/{code}/events/language", language, $"<p>{languageText}</p>", "",
                new EventSchedule(new DateTimeOffset(2026, 3, 14, 10, 0, 0, berlin), new DateTimeOffset(2026, 3, 14, 12, 0, 0, berlin), false, "Europe/Berlin", null),
                place, Now, new Dictionary<string, TranslationLink>()),
        ];
    }

    private static IReadOnlyList<Location> Locations(string code)
    {
        var weekdays = Enumerable.Range(0, 5)
            .Select(_ => new DayHours(false, false, false, [new TimeSlot(new TimeOnly(8, 0), new TimeOnly(12, 0), "Europe/Berlin")]))
            .Concat(Enumerable.Range(0, 2).Select(_ => new DayHours(false, true, false, [])))
            .ToList();
        var texts = new Dictionary<string, (string Counselling, string Kita)>
        {
            ["de"] = ("Beratung für Migrantinnen und Migranten: Deutschkurs, Integrationskurs, Formulare.", "Kita-Büro im Rathaus: Kita-Platz finden und beantragen, Anmeldung, Kosten."),
            ["en"] = ("Counselling for migrants: German course, integration course, forms.", "Kita office in the town hall: find and apply for a kindergarten place, registration, costs."),
            ["ar"] = ("استشارة للمهاجرين: دورة اللغة الألمانية، دورة الاندماج، الاستمارات.", "مكتب الروضات في البلدية: إيجاد مكان في روضة الأطفال، التسجيل، التكاليف."),
            ["fa"] = ("مشاوره برای مهاجران: کلاس زبان آلمانی، دوره ادغام، فرم‌ها.", "دفتر کودکستان در شهرداری: پیدا کردن جا در کودکستان، ثبت نام، هزینه‌ها."),
            ["uk"] = ("Консультація для мігрантів: курс німецької мови, інтеграційний курс, формуляри.", "Офіс дитячих садків у ратуші: місце в дитячому садку, реєстрація, витрати."),
            ["tr"] = ("Göçmenler için danışmanlık: Almanca kursu, uyum kursu, formlar.", "Belediyedeki kreş bürosu: kreş yeri bulmak, kayıt, masraflar."),
        };
        var (counselling, kita) = texts[code];
        return
        [
            new Location(IdIn(code, 601), Region, code, "https://example.org/locations/beratung", "/locations/beratung", "Migrationsberatung Musterstadt", $"<p>{counselling}</p>", "", "Beratung",
                new Address(null, "Bahnhofstraße 5", "12345", "Musterstadt", null, null), new OpeningHours(weekdays), false,
                [new Contact("Beratung", "Frau Beispiel", "beratung@example.org", "+49 1234 5678", null, null, null, null)], Now, new Dictionary<string, TranslationLink>()),
            new Location(IdIn(code, 602), Region, code, "https://example.org/locations/kita-buero", "/locations/kita-buero", "Kita-Büro im Rathaus", $"<p>{kita}</p>", "", "Amt",
                new Address(null, "Marktplatz 1", "12345", "Musterstadt", null, null), new OpeningHours(weekdays), false,
                [new Contact("Kita", null, "kita@example.org", "+49 1234 9999", null, null, null, null)], Now, new Dictionary<string, TranslationLink>()),
        ];
    }

    private static string Url(string code, int page) => $"https://example.org/{Region}/{code}/page-{page}/";

    private static string Path(string code, int page) => $"/{Region}/{code}/page-{page}/";

    private static string PlainStart(string html) => System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", " ").Trim();
}

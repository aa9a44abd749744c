using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Integreat.Search.Analysis;

/// <summary>
/// Words that carry no topic: function words, and the question words and filler people put around a question
/// ("how do I", "wie kann ich", "كيف", "як"). Left in, they make every page that happens to say "how" look relevant.
/// </summary>
internal static class StopWords
{
    /// <summary>Question words and filler per language, added to the stock stop list where there is one.</summary>
    public static readonly IReadOnlyDictionary<string, string> Questions = new Dictionary<string, string>
    {
        ["de"] = "wie was wo wann wer wen wem wessen warum weshalb wieso welche welcher welches welchen welchem woher wohin womit wofür wozu worauf worüber kann können könnte kannst muss müssen musst sollte sollten soll darf dürfen gibt gibt's gib geben habe hast hat haben bin bist ist sind sein werden wird wurde wurden man mir mich ich du sie er es wir ihr bitte gerne gern möchte möchten will wollen brauche brauchen etwas welch viel viele genau eigentlich jemand bekomme bekommen erhalten finde finden",
        ["en"] = "what how where when who whom whose why which can could do does did i me my you your we us our am is are was were be been have has had should shall must may might will would get please want need there any some tell about much many",
        ["fr"] = "que quoi qui quel quelle quels quelles comment où quand pourquoi combien est-ce puis peux peut pouvez pouvons dois doit devez faut je me moi vous tu nous il elle ils elles on y a ai avez avons suis sont est être avoir faire fais fait veux veut voudrais besoin s'il plaît existe-t-il existe quelqu'un",
        ["ar"] = "كيف ماذا ما هل أين اين متى لماذا من مَن أي أيّ كم يمكن يمكنني أستطيع استطيع أريد اريد أحتاج احتاج هناك يوجد توجد عن في على إلى الى لي أنا انا نحن هو هي",
        ["fa"] = "چگونه چطور چه چی کجا کی چرا کدام آیا چند می‌توانم میتوانم توانم باید هست است هستند من ما شما",
        ["uk"] = "як що де коли хто кого кому чому навіщо який яка яке які якого яких скільки чи можна можу може можуть треба потрібно потрібен потрібна мені мене я ви ти ми він вона воно вони є бути був була було були буде мати має маю будь ласка існує існують та і й в у на до з із за про для від по не це цей ця ці той та те ті а але або як також щоб якщо",
        ["ru"] = "как что где когда кто кого кому почему зачем какой какая какое какие сколько ли можно могу может нужно надо мне меня я вы ты мы есть",
        ["pl"] = "jak co gdzie kiedy kto kogo komu dlaczego jaki jaka jakie ile czy można mogę może trzeba muszę mi mnie ja wy ty my jest są być mieć w na do z za o dla od po nie to ten ta te i a ale lub się",
        ["tr"] = "nasıl ne nerede ne zaman kim neden niçin hangi kaç mı mi mu mü var yok nereye ben bana sen siz biz olabilir miyim",
        ["ro"] = "cum ce unde când cine de ce care cât câte pot poate trebuie eu mie tu voi noi este sunt există",
        ["so"] = "sidee maxay maxaa xagee goorma yaa waa ma miyaa aan waxaan kan kani kuwa iyo ee ka ku la u",
        ["sq"] = "si çfarë ku kur kush pse cili cila cilat sa a mund duhet unë ti ju ne është janë ka kam në me për nga dhe e të i",
        ["ps"] = "څنګه څه چیرې کله څوک ولې کوم ایا زه ته موږ تاسو دی ده دي په د له ته او",
        ["kmr"] = "çawa çi li ku kengê kî çima kîjan çend ez tu em hûn ew e ye in û bi ji di de ya yê",
        ["ti"] = "ከመይ እንታይ ኣበይ መዓስ መን ስለምንታይ ኣየናይ ክንደይ ድዩ ድያ ኣነ ንስኻ ንሕና እዩ እያ",
        ["ckb"] = "چۆن چی کوێ کەی کێ بۆچی کام چەند ئایا من تۆ ئێمە ئێوە",
    };

    /// <summary>
    /// Words of asking rather than of the topic ("which services are offered", "welche Angebote gibt es"): kept, as
    /// they sometimes are the topic, but weighed down (<see cref="Querying.RankingOptions.WeakWordWeight"/>) so that a
    /// page saying "offered" does not outrank the one about the thing asked for. Not "offers" or "Angebote": pages are
    /// titled by them ("Offers for families").
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Weak = new Dictionary<string, string>
    {
        ["de"] = "anbieten bietet bieten verfügbar erhältlich art arten sorte möglichkeit möglichkeiten information informationen informiere",
        ["en"] = "offered provide provides provided available kind kinds type types sort option options possibility possibilities information",
        ["fr"] = "proposé proposés proposée proposées propose proposent offert offerts disponible disponibles type types sorte genre option options possibilité possibilités information informations",
        ["uk"] = "пропонує пропонують пропонуються доступні доступний доступна вид види тип типи варіанти можливості можливість інформація інформацію",
        ["ar"] = "المقدمة المتاحة متاحة متوفرة تقدم يقدم نوع أنواع انواع خيارات إمكانيات امكانيات معلومات",
    };

    /// <summary>Function words for the languages Lucene has no stop list for (analysed with ICU).</summary>
    public static readonly IReadOnlyDictionary<string, string> Function = new Dictionary<string, string>
    {
        ["uk"] = "та і й в у на до з із за про для від по під над між при через після перед без не ні це цей ця ці той те ті а але або також щоб якщо що як так вже ще його її їх їм їй ним нею них всі все весь вся свій своя своє свої себе собі",
        ["pl"] = "oraz że który która które których jego jej ich im go się sobie przez przy pod nad przed po bez już jeszcze także tylko bardzo wszystkie wszystko",
        ["sq"] = "që ky kjo këto ato ai ajo ata edhe ose por nuk më",
        ["so"] = "oo in si waxa haddii laakiin ama",
        ["ps"] = "چې یا خو هم دا هغه",
        ["kmr"] = "ev ew jî an lê ku yên bo",
        ["ti"] = "ን ኣብ ካብ ምስ እዚ እቲ",
    };

    /// <summary>Persian/Dari stop words: Lucene's list minus the words that are also content ("نام": name, as in "ثبت‌نام", registration).</summary>
    public static readonly string[] PersianKeep = ["نام", "کار", "خانه", "راه", "کردن"];

    public static CharArraySet Combine(CharArraySet? stock, string language)
    {
        var set = new CharArraySet(LuceneVersion.LUCENE_48, 256, ignoreCase: true);
        if (stock is not null)
        {
            foreach (var word in stock)
            {
                set.Add(word);
            }
        }

        foreach (var table in new[] { Questions, Function })
        {
            if (table.TryGetValue(language, out var words))
            {
                foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    set.Add(word);
                }
            }
        }

        return set;
    }
}

using Integreat.Bot.Conversation;
using Integreat.Bot.State;
using Integreat.Bot.Tests.Support;
using Integreat.Content.Model;

namespace Integreat.Bot.Tests.Conversation;

/// <summary>Scripted conversations through the engine, run once on each state store (see the two test classes below).</summary>
public abstract class ConversationScenarios
{
    private protected abstract bool UseRedis { get; }

    private protected TestBot CreateBot(BotOptions? options = null) => TestBot.Create(UseRedis, options);

    protected async Task Welcome_in_the_channel_locale_names_the_region()
    {
        await using var bot = CreateBot();
        var person = bot.Person(locale: "uk");

        var reply = await person.Send("/start");

        Assert.Equal("uk", reply.Language);
        Assert.Equal(string.Format(ReplyText.Strings("uk").Welcome, "Musterstadt"), reply.Paragraphs[0]);
        Assert.Contains(ReplyText.Strings("uk").HowToChange, reply.Paragraphs);
        Assert.Null(reply.Answer);
    }

    protected async Task First_question_gets_welcome_and_answer_with_excerpt_contacts_and_events()
    {
        await using var bot = CreateBot();
        var person = bot.Person(channel: "sms");

        var reply = await person.Send("Where can I find a kindergarten place?");

        Assert.Equal("en", reply.Language);
        Assert.Equal(string.Format(ReplyText.Strings("en").Welcome, "Musterstadt"), reply.Paragraphs[0]);
        Assert.NotNull(reply.Answer);
        Assert.Equal(TestContent.IdIn("en", TestContent.KitaPage), reply.Answer.PageId);
        Assert.Contains("kindergarten", reply.Answer.Text, StringComparison.OrdinalIgnoreCase);
        Assert.True(reply.Answer.Text.Length <= 300);
        Assert.StartsWith("https://", reply.Answer.Url);
        Assert.Contains(reply.Contacts, c => c.Name.Contains("Kita-Büro") && c.Phone == "+49 1234 9999" && c.OpeningHoursToday == "Open today: 08:00–12:00");
        var cafe = Assert.Single(reply.Events, e => e.Title.StartsWith("Parents' café"));
        Assert.StartsWith("Thursday, 12/03/2026, 15:00–17:00", cafe.When);
        Assert.True(reply.HasMore);
    }

    protected async Task Arabic_answer_is_right_to_left_with_arabic_dates()
    {
        await using var bot = CreateBot();
        var person = bot.Person();

        var reply = await person.Send("أين أجد مكان في روضة الأطفال؟");

        Assert.Equal("ar", reply.Language);
        Assert.Equal(TextDirection.RightToLeft, reply.Direction);
        Assert.Equal(TestContent.IdIn("ar", TestContent.KitaPage), reply.Answer?.PageId);
        var cafe = Assert.Single(reply.Events);
        Assert.Contains("الخميس", cafe.When);
        Assert.Equal("المزيد", reply.Labels.MoreKeyword);
    }

    protected async Task Numbered_follow_up_opens_a_page_and_more_reads_on()
    {
        await using var bot = CreateBot();
        var person = bot.Person();
        await person.Send("Hallo");

        var answer = await person.Send("Anmeldung");
        Assert.Equal("de", answer.Language);
        var other = Assert.Single(answer.Choices);
        Assert.Equal("1", other.Key);
        Assert.Equal(answer.OtherPages[0].Title, other.Label);

        var opened = await person.Send("1");
        Assert.Equal(answer.OtherPages[0].PageId, opened.Answer?.PageId);

        var kita = await person.Send("Kita-Platz");
        Assert.Equal(TestContent.IdIn("de", TestContent.KitaPage), kita.Answer?.PageId);
        var first = await person.Send("mehr");
        var second = await person.Send("mehr");
        Assert.StartsWith("Kinder ab einem Jahr", first.Answer?.Text);
        Assert.True(first.HasMore);
        Assert.NotEqual(first.Answer?.Text, second.Answer?.Text);
        Assert.All(new[] { first, second }, r => Assert.True(r.Answer!.Text.Length <= 450));

        Reply last = second;
        for (var i = 0; i < 5 && last.Answer is not null; i++)
        {
            last = await person.Send("MEHR");
        }

        Assert.Equal(ReplyText.Strings("de").NoMore, Assert.Single(last.Paragraphs));
    }

    protected async Task Language_menu_lists_native_names_and_a_number_switches()
    {
        await using var bot = CreateBot();
        var person = bot.Person();
        await person.Send("Merhaba");

        var menu = await person.Send("dil");
        Assert.Equal("tr", menu.Language);
        Assert.Equal(ReplyText.Strings("tr").LanguagePrompt, menu.Paragraphs.Single());
        var arabic = Assert.Single(menu.Choices, c => c.Label == "العربية");
        Assert.Contains(menu.Choices, c => c.Label == "Leichte Sprache");

        var chosen = await person.Send(arabic.Key);
        Assert.Equal("ar", chosen.Language);
        Assert.Equal(ReplyText.Strings("ar").LanguageSet, chosen.Paragraphs.Single());

        // Arabic keyboards type Arabic-Indic digits: "١" is the first choice.
        var menu2 = await person.Send("لغة");
        var english = menu2.Choices.Single(c => c.Label == "English");
        var typed = string.Concat(english.Key.Select(d => (char)('\u0660' + (d - '0'))));
        Assert.Equal("en", (await person.Send(typed)).Language);
        // A command word in another language works without switching the language.
        Assert.Equal("en", (await person.Send("لغة")).Language);

        var stored = await bot.Stores.Conversations.GetAsync(person.UserKey);
        Assert.Equal("en", stored?.Language);
        Assert.True(stored?.LanguageChosen);
    }

    protected async Task A_message_clearly_in_another_language_switches_and_says_how_to_go_back()
    {
        await using var bot = CreateBot();
        var person = bot.Person();
        var hello = await person.Send("Guten Tag");
        Assert.Equal("de", hello.Language);

        var reply = await person.Send("I am ill, where is a doctor?");

        Assert.Equal("en", reply.Language);
        Assert.Equal(string.Format(ReplyText.Strings("en").LanguageSwitched, "Deutsch"), reply.Paragraphs[0]);
        Assert.Equal(TestContent.IdIn("en", TestContent.DoctorPage), reply.Answer?.PageId);

        var persian = await person.Send("دکتر کودکان کجاست؟");
        Assert.Equal("fa", persian.Language);
        Assert.Equal(string.Format(ReplyText.Strings("fa").LanguageSwitched, "English"), persian.Paragraphs[0]);
    }

    protected async Task Region_switches_by_prefix_and_suggests_for_ambiguous_or_misspelt_names()
    {
        await using var bot = CreateBot();
        var person = bot.Person();
        await person.Send("Hallo");

        var prompt = await person.Send("Ort");
        Assert.Equal(ReplyText.Strings("de").RegionPrompt, prompt.Paragraphs.Single());
        var switched = await person.Send("Rems-Murr");
        Assert.Equal(string.Format(ReplyText.Strings("de").RegionSet, "Rems-Murr-Kreis"), switched.Paragraphs[0]);

        var ambiguous = await person.Send("region Augsburg");
        Assert.Equal(["Landkreis Augsburg", "Stadt Augsburg"], ambiguous.Choices.Select(c => c.Label).Order());
        var city = ambiguous.Choices.Single(c => c.Label == "Stadt Augsburg");
        var picked = await person.Send(city.Key);
        Assert.Equal(string.Format(ReplyText.Strings("de").RegionSet, "Stadt Augsburg"), picked.Paragraphs[0]);
        Assert.Equal("augsburg", (await bot.Stores.Conversations.GetAsync(person.UserKey))?.Region);

        await person.Send("Ort");
        var typo = await person.Send("Musterstat");
        Assert.Equal(string.Format(ReplyText.Strings("de").RegionUnknown, "Musterstat"), typo.Paragraphs[0]);
        Assert.Equal("Musterstadt", typo.Choices[0].Label);
    }

    protected async Task Missing_translation_answers_from_the_german_page_and_says_so()
    {
        await using var bot = CreateBot();
        var person = bot.Person();

        var reply = await person.Send("Куди викидати Müll?");

        Assert.Equal("uk", reply.Language);
        Assert.Equal("de", reply.Answer?.Language);
        Assert.Equal(TestContent.IdIn("de", TestContent.WastePage), reply.Answer?.PageId);
        Assert.Equal(string.Format(ReplyText.Strings("uk").OnlyInLanguage, "Deutsch"), reply.Answer?.Note);
    }

    protected async Task No_good_answer_says_so_offers_topics_and_contacts_and_records_the_question()
    {
        await using var bot = CreateBot();
        var person = bot.Person();
        await person.Send("سلام");

        var reply = await person.Send("ویزای کار برای خلبان هواپیما");

        Assert.Equal("fa", reply.Language);
        Assert.Null(reply.Answer);
        Assert.Equal(ReplyText.Strings("fa").NotFound, reply.Paragraphs[0]);
        Assert.Equal(["خانواده", "زندگی روزمره"], reply.Choices.Select(c => c.Label));
        Assert.Contains(reply.Contacts, c => c.Name.StartsWith("Migrationsberatung"));

        var topic = await person.Send("1");
        Assert.Contains(topic.Choices, c => c.Label == "پیدا کردن جا در کودکستان");

        var report = await bot.Stores.Report.QueryAsync();
        var line = Assert.Single(report);
        Assert.Equal((EditorEntryKind.Unanswered, TestContent.Region, "fa", "ویزای کار برای خلبان هواپیما", 1), (line.Kind, line.Region, line.Language, line.Question, line.Count));
        Assert.DoesNotContain(await bot.Stores.FindTracesAsync(person.UserKey), t => t.Contains("editor"));
    }

    protected async Task Feedback_on_the_last_answer_reaches_the_editors_once()
    {
        await using var bot = CreateBot();
        var person = bot.Person();
        var answer = await person.Send("I need a German course");
        Assert.Equal(TestContent.IdIn("en", TestContent.CoursePage), answer.Answer?.PageId);

        var menu = await person.Send("help");
        var feedback = menu.Choices.Single(c => c.Label == ReplyText.Strings("en").MenuFeedback);
        var options = await person.Send(feedback.Key);
        var notHelpful = options.Choices.Single(c => c.Label == ReplyText.Strings("en").NotHelpful);
        var thanks = await person.Send(notHelpful.Key);
        Assert.Equal(ReplyText.Strings("en").ThanksNotHelpful, thanks.Paragraphs.Single());

        var again = await person.Send("not helpful");
        Assert.Equal(ReplyText.Strings("en").FeedbackNothing, again.Paragraphs.Single());

        var line = Assert.Single(await bot.Stores.Report.QueryAsync(region: TestContent.Region));
        Assert.Equal((EditorEntryKind.NotHelpful, "en", "I need a German course", answer.Answer?.PageId), (line.Kind, line.Language, line.Question, line.PageId));
    }

    protected async Task Forget_me_leaves_nothing_of_the_person_in_the_store()
    {
        await using var bot = CreateBot();
        var person = bot.Person();
        await person.Send("Kita");
        await person.Send("dil");
        Assert.NotEmpty(await bot.Stores.FindTracesAsync(person.UserKey));

        var reply = await person.Send("Vergiss mich");

        Assert.Equal(ReplyText.Strings("de").Forgotten, reply.Paragraphs.Single());
        Assert.Null(await bot.Stores.Conversations.GetAsync(person.UserKey));
        Assert.Empty(await bot.Stores.FindTracesAsync(person.UserKey));
        var next = await person.Send("Hallo");
        Assert.Equal(string.Format(ReplyText.Strings("de").Welcome, "Musterstadt"), next.Paragraphs[0]);
    }

    protected async Task Idle_state_expires_after_thirty_days()
    {
        await using var bot = CreateBot();
        var person = bot.Person();
        await person.Send("Merhaba");
        await person.Send("dil");

        bot.Stores.Time.Advance(TimeSpan.FromDays(29));
        var kept = await person.Send("Kreş");
        Assert.Equal("tr", kept.Language);
        Assert.DoesNotContain(string.Format(ReplyText.Strings("tr").Welcome, "Musterstadt"), kept.Paragraphs);

        bot.Stores.Time.Advance(TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1));
        Assert.Null(await bot.Stores.Conversations.GetAsync(person.UserKey));
        var welcomed = await person.Send("Merhaba");
        Assert.Equal(string.Format(ReplyText.Strings("tr").Welcome, "Musterstadt"), welcomed.Paragraphs[0]);
    }

    protected async Task Carrier_keywords_are_never_questions()
    {
        await using var bot = CreateBot();
        var person = bot.Person(channel: "sms");
        await person.Send("Hallo");

        var stop = await person.Send("STOP");
        var stopp = await person.Send("Stopp");
        var help = await person.Send("HELP");

        Assert.True(stop.IsSilent);
        Assert.True(stopp.IsSilent);
        Assert.False(help.IsSilent);
        Assert.Equal(ReplyText.Strings("de").HelpIntro, help.Paragraphs.Single());
        Assert.Empty(await bot.Stores.Report.QueryAsync());
    }

    protected async Task Events_command_lists_the_weekend_in_the_users_way()
    {
        await using var bot = CreateBot();
        var person = bot.Person();
        await person.Send("Привіт");

        var menu = await person.Send("заходи");
        Assert.Equal(3, menu.Choices.Count);
        var weekend = await person.Send("3");

        var e = Assert.Single(weekend.Events);
        Assert.Equal("Мовне кафе: практика німецької мови", e.Title);
        Assert.StartsWith("субота, 14.03.2026, 10:00–12:00", e.When);

        var today = await person.Send("events today");
        Assert.Empty(today.Events);
        Assert.Contains(ReplyText.Strings("uk").EventsNone, today.Paragraphs);
    }

    protected async Task Receiving_number_selects_the_region()
    {
        var options = new BotOptions { DefaultRegion = TestContent.Region, RegionsByAddress = new() { ["+4982100000"] = "augsburg" } };
        await using var bot = CreateBot(options);
        var person = bot.Person(channel: "sms", receivingAddress: "whatsapp:+4982100000");

        var reply = await person.Send("Hallo");

        Assert.Equal(string.Format(ReplyText.Strings("de").Welcome, "Stadt Augsburg"), reply.Paragraphs[0]);
    }
}

public sealed class SqliteConversationTests : ConversationScenarios
{
    private protected override bool UseRedis => false;

    [Fact] public Task Welcome() => Welcome_in_the_channel_locale_names_the_region();

    [Fact] public Task FirstQuestion() => First_question_gets_welcome_and_answer_with_excerpt_contacts_and_events();

    [Fact] public Task Arabic() => Arabic_answer_is_right_to_left_with_arabic_dates();

    [Fact] public Task FollowUpAndMore() => Numbered_follow_up_opens_a_page_and_more_reads_on();

    [Fact] public Task LanguageMenu() => Language_menu_lists_native_names_and_a_number_switches();

    [Fact] public Task LanguageByDetection() => A_message_clearly_in_another_language_switches_and_says_how_to_go_back();

    [Fact] public Task Region() => Region_switches_by_prefix_and_suggests_for_ambiguous_or_misspelt_names();

    [Fact] public Task MissingTranslation() => Missing_translation_answers_from_the_german_page_and_says_so();

    [Fact] public Task NoAnswer() => No_good_answer_says_so_offers_topics_and_contacts_and_records_the_question();

    [Fact] public Task Feedback() => Feedback_on_the_last_answer_reaches_the_editors_once();

    [Fact] public Task ForgetMe() => Forget_me_leaves_nothing_of_the_person_in_the_store();

    [Fact] public Task Expiry() => Idle_state_expires_after_thirty_days();

    [Fact] public Task CarrierKeywords() => Carrier_keywords_are_never_questions();

    [Fact] public Task Events() => Events_command_lists_the_weekend_in_the_users_way();

    [Fact] public Task ReceivingNumber() => Receiving_number_selects_the_region();
}

public sealed class RedisConversationTests : ConversationScenarios
{
    private protected override bool UseRedis => true;

    [RedisFact] public Task Welcome() => Welcome_in_the_channel_locale_names_the_region();

    [RedisFact] public Task FirstQuestion() => First_question_gets_welcome_and_answer_with_excerpt_contacts_and_events();

    [RedisFact] public Task Arabic() => Arabic_answer_is_right_to_left_with_arabic_dates();

    [RedisFact] public Task FollowUpAndMore() => Numbered_follow_up_opens_a_page_and_more_reads_on();

    [RedisFact] public Task LanguageMenu() => Language_menu_lists_native_names_and_a_number_switches();

    [RedisFact] public Task LanguageByDetection() => A_message_clearly_in_another_language_switches_and_says_how_to_go_back();

    [RedisFact] public Task Region() => Region_switches_by_prefix_and_suggests_for_ambiguous_or_misspelt_names();

    [RedisFact] public Task MissingTranslation() => Missing_translation_answers_from_the_german_page_and_says_so();

    [RedisFact] public Task NoAnswer() => No_good_answer_says_so_offers_topics_and_contacts_and_records_the_question();

    [RedisFact] public Task Feedback() => Feedback_on_the_last_answer_reaches_the_editors_once();

    [RedisFact] public Task ForgetMe() => Forget_me_leaves_nothing_of_the_person_in_the_store();

    [RedisFact] public Task Expiry() => Idle_state_expires_after_thirty_days();

    [RedisFact] public Task CarrierKeywords() => Carrier_keywords_are_never_questions();

    [RedisFact] public Task Events() => Events_command_lists_the_weekend_in_the_users_way();

    [RedisFact] public Task ReceivingNumber() => Receiving_number_selects_the_region();
}

using System.Reflection;
using System.Text.RegularExpressions;
using Integreat.Bot.Conversation.Commands;
using Integreat.Bot.Languages;

namespace Integreat.Bot.Tests.Languages;

public sealed partial class UiCatalogTests
{
    public static TheoryData<string> Codes() => new(UiCatalog.All.Select(s => s.Code));

    private static readonly PropertyInfo[] TextKeys = typeof(UiStrings).GetProperties().Where(p => p.PropertyType == typeof(string)).ToArray();

    private static readonly PropertyInfo[] WordKeys = typeof(CommandWords).GetProperties();

    [Fact]
    public void Covers_the_languages_the_issue_asks_for()
    {
        string[] required = ["de", "de-si", "en", "ar", "fa", "ps", "kmr", "ti", "tr", "ru", "uk", "fr", "ro", "pl"];
        Assert.Equal(required.Order(), UiCatalog.All.Select(s => s.Code).Order());
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_language_has_every_key_with_the_same_placeholders_as_english(string code)
    {
        var strings = UiCatalog.For(code);
        var english = UiCatalog.For("en");
        Assert.Equal(code, strings.Code);
        foreach (var key in TextKeys)
        {
            var value = (string)key.GetValue(strings)!;
            Assert.False(string.IsNullOrWhiteSpace(value), $"{code}.{key.Name} is empty");
            Assert.Equal(Placeholders((string)key.GetValue(english)!), Placeholders(value));
        }

        foreach (var key in WordKeys)
        {
            var words = (IReadOnlyList<string>)key.GetValue(strings.Words)!;
            Assert.NotEmpty(words);
            Assert.All(words, w => Assert.Equal(w.ToLowerInvariant(), w));
        }
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Own_texts_are_not_english_except_in_english(string code)
    {
        var strings = UiCatalog.For(code);
        if (code == "en")
        {
            return;
        }

        Assert.NotEqual(UiCatalog.For("en").Welcome, strings.Welcome);
        Assert.NotEqual(UiCatalog.For("en").NotFound, strings.NotFound);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void The_more_keyword_and_the_commands_named_in_the_help_text_are_understood(string code)
    {
        var strings = UiCatalog.For(code);
        Assert.Equal(CommandKind.More, CommandParser.Parse(strings.MoreKeyword, strings)?.Kind);

        // HowToChange names the language, region and help words (in capitals or quotes): each must work as a command.
        var named = Quoted().Matches(strings.HowToChange).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).ToList();
        Assert.Equal(3, named.Count);
        Assert.Equal(
            [CommandKind.Language, CommandKind.Region, CommandKind.Help],
            named.Select(n => CommandParser.Parse(n, strings)?.Kind));
    }

    [Theory]
    [InlineData("de-DE", "de")]
    [InlineData("prs", "fa")]
    [InlineData("so", "en")]
    [InlineData(null, "en")]
    public void Unknown_codes_fall_back_to_a_related_language_or_english(string? code, string expected) =>
        Assert.Equal(expected, UiCatalog.For(code).Code);

    private static string[] Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).Distinct().Order().ToArray();

    [GeneratedRegex(@"\{\d\}")]
    private static partial Regex Placeholder();

    // SPRACHE, «لغة», "..." or ZIMAN: the command words as the help text writes them.
    [GeneratedRegex(@"(?:«|„|"")([^»“""]+)(?:»|“|"")|\b(\p{Lu}[\p{Lu}İÎÊÛ]{1,})\b")]
    private static partial Regex Quoted();
}

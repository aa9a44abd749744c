using Integreat.Bot.Conversation.Commands;
using Integreat.Bot.Languages;

namespace Integreat.Bot.Tests.Conversation.Commands;

public sealed class CommandParserTests
{
    [Theory]
    [InlineData("STOP", CommandKind.CarrierStop)]
    [InlineData("Stopp", CommandKind.CarrierStop)]
    [InlineData("unsubscribe", CommandKind.CarrierStop)]
    [InlineData("UNSTOP", CommandKind.CarrierStart)]
    [InlineData("HELP", CommandKind.Help)]
    [InlineData("/start", CommandKind.Help)]
    [InlineData("/help@IntegreatBot", CommandKind.Help)]
    [InlineData("?", CommandKind.Help)]
    [InlineData("Hilfe!", CommandKind.Help)]
    [InlineData("مساعدة", CommandKind.Help)]
    [InlineData("DİL", CommandKind.Language)]
    [InlineData("мова", CommandKind.Language)]
    [InlineData("ژبه", CommandKind.Language)]
    [InlineData("ቋንቋ", CommandKind.Language)]
    [InlineData("mehr", CommandKind.More)]
    [InlineData("المزيد", CommandKind.More)]
    [InlineData("więcej", CommandKind.More)]
    [InlineData("nicht hilfreich", CommandKind.NotHelpful)]
    [InlineData("hilfreich", CommandKind.Helpful)]
    [InlineData("👎", CommandKind.NotHelpful)]
    [InlineData("Vergiss mich", CommandKind.Forget)]
    [InlineData("забудь меня", CommandKind.Forget)]
    [InlineData("talk to a person", CommandKind.Contact)]
    [InlineData("Merhaba", CommandKind.Greeting)]
    public void Recognises_commands_in_any_language(string text, CommandKind expected) =>
        Assert.Equal(expected, CommandParser.Parse(text, UiCatalog.For("de"))?.Kind);

    [Theory]
    [InlineData("Wo ist die Ausländerbehörde?")]
    [InlineData("Hilfe beim Jobcenter")]
    [InlineData("stop smoking course")]
    [InlineData("Kita")]
    public void Questions_are_not_commands(string text) => Assert.Null(CommandParser.Parse(text, UiCatalog.For("de")));

    [Theory]
    [InlineData("events weekend", EventPeriod.Weekend)]
    [InlineData("Veranstaltungen heute", EventPeriod.Today)]
    [InlineData("etkinlikler bu hafta", EventPeriod.Week)]
    public void Events_take_a_period(string text, string period)
    {
        var command = CommandParser.Parse(text, UiCatalog.For("en"));
        Assert.Equal((CommandKind.Events, period), (command?.Kind, command?.Argument));
    }

    [Fact]
    public void Region_takes_a_name() =>
        Assert.Equal((CommandKind.Region, "rems-murr"), (CommandParser.Parse("Ort Rems-Murr", UiCatalog.For("de"))?.Kind, CommandParser.Parse("Ort Rems-Murr", UiCatalog.For("de"))?.Argument));
}

using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Integreat.Bot.Channels.Terminal;
using Integreat.Bot.Conversation;

namespace Integreat.Bot.Cli;

/// <summary><c>ask [--region] [--language] [--json] "&lt;text&gt;"</c>: answers one message the way the bot would.</summary>
internal static class AskCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static Command Create(Option<string?> data)
    {
        var region = new Option<string?>("--region") { Description = "Region slug (default: Bot:DefaultRegion, the demo region on a fresh data directory)." };
        var language = new Option<string?>("--language") { Description = "Language code of the question (default: detected)." };
        var json = new Option<bool>("--json") { Description = "Print the structured answer as JSON." };
        var text = new Argument<string>("text") { Description = "The message, e.g. a question." };
        var command = new Command("ask", "Answer one message the way the bot would.") { region, language, json, text };
        command.SetAction(async (result, cancellationToken) =>
        {
            using var host = await CliHost.StartAsync(result.GetValue(data), cancellationToken);
            await using var conversation = await TerminalConversation.StartAsync(
                host.Services, result.GetValue(region), result.GetValue(language), greet: false, cancellationToken);
            var reply = await conversation.SendAsync(result.GetValue(text)!, cancellationToken);
            Console.WriteLine(result.GetValue(json)
                ? JsonSerializer.Serialize(AskAnswer.From(conversation.Region, reply), Json)
                : TerminalRenderer.Render(reply));
            return 0;
        });
        return command;
    }
}

/// <summary>The JSON of <c>ask --json</c> (docs/interfaces.md).</summary>
internal sealed record AskAnswer(
    string Region,
    string Language,
    string Text,
    IReadOnlyList<AskPage> Pages,
    IReadOnlyList<AskContact> Contacts,
    IReadOnlyList<AskEvent> Events)
{
    public static AskAnswer From(string region, Reply reply) => new(
        region,
        reply.Language,
        TerminalRenderer.Render(reply),
        (reply.Answer is null ? reply.OtherPages : [reply.Answer, .. reply.OtherPages])
            .Select(p => new AskPage(p.PageId, p.Title, p.Url, p.Text)).ToList(),
        reply.Contacts.Select(c => new AskContact(c.Name, c.Phone, c.Email, c.Website, c.Address)).ToList(),
        reply.Events.Select(e => new AskEvent(e.EventId, e.Title, e.Start, e.End, e.Location, e.Url)).ToList());
}

internal sealed record AskPage(int Id, string Title, string Url, string Excerpt);

internal sealed record AskContact(string Name, string? Phone, string? Email, string? Website, string? Address);

internal sealed record AskEvent(int Id, string Title, DateTimeOffset Start, DateTimeOffset? End, string? Location, string Url);

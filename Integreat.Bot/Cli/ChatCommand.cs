using System.CommandLine;
using Integreat.Bot.Channels.Terminal;

namespace Integreat.Bot.Cli;

/// <summary><c>chat [--region] [--language]</c>: an interactive conversation with the same engine as every channel.</summary>
internal static class ChatCommand
{
    public static Command Create(Option<string?> data)
    {
        var region = new Option<string?>("--region") { Description = "Region slug to start in (default: Bot:DefaultRegion)." };
        var language = new Option<string?>("--language") { Description = "Language code to start in (default: detected from the first message)." };
        var command = new Command("chat", "Talk to the bot on the terminal; end with Ctrl-D.") { region, language };
        command.SetAction(async (result, cancellationToken) =>
        {
            using var host = await CliHost.StartAsync(result.GetValue(data), cancellationToken);
            await using var conversation = await TerminalConversation.StartAsync(
                host.Services, result.GetValue(region), result.GetValue(language), greet: true, cancellationToken);
            Console.Error.WriteLine($"Region {conversation.Region}. Write a question, a number or 'help'; Ctrl-D ends.");
            while (!cancellationToken.IsCancellationRequested)
            {
                Console.Write("> ");
                var line = await Console.In.ReadLineAsync(cancellationToken);
                if (line is null)
                {
                    break;
                }

                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var reply = await conversation.SendAsync(line, cancellationToken);
                if (!reply.IsSilent)
                {
                    Console.WriteLine(TerminalRenderer.Render(reply));
                    Console.WriteLine();
                }
            }

            return 0;
        });
        return command;
    }
}

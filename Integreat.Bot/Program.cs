using Integreat.Bot.Cli;

return await BotCommandLine.RunAsync(args);

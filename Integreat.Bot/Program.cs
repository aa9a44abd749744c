using Integreat.Bot.Hosting;

var app = BotHost.Build(args);
await app.RunAsync();
return 0;

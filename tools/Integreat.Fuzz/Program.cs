using Integreat.Fuzz;

FuzzOptions options;
try
{
    if (args.Length == 0 || args.Contains("--help") || args.Contains("-h"))
    {
        Console.WriteLine(FuzzOptions.Usage);
        return args.Length == 0 ? 2 : 0;
    }

    options = FuzzOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"error: {e.Message} (see --help)");
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var report = await new FuzzRunner(options, Console.Out).RunAsync(cancel.Token);
report.Write(Console.Out);
return report.Passed ? 0 : 1;

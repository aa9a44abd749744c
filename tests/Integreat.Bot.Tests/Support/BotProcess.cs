using System.Collections.Concurrent;
using System.Diagnostics;

namespace Integreat.Bot.Tests.Support;

/// <summary>The real executable (<c>dotnet Integreat.Bot.dll …</c>, from this test's build output) as a child process that a test can kill.</summary>
internal sealed class BotProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private BotProcess(Process process) => _process = process;

    /// <summary>The build output of Integreat.Bot, copied beside the tests by the project reference.</summary>
    public static string Executable => Path.Combine(AppContext.BaseDirectory, "Integreat.Bot.dll");

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Every line the process wrote so far, stdout and stderr.</summary>
    public IReadOnlyCollection<string> Output => _output;

    public static BotProcess Start(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Executable);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = new Process { StartInfo = start };
        var bot = new BotProcess(process);
        process.OutputDataReceived += (_, e) => bot.Add(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Add(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>SIGKILL: no shutdown code runs, exactly like <c>kill -9</c> or a power cut of the process.</summary>
    public void KillHard()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
    }

    public async Task<int> WaitForExitAsync()
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await _process.WaitForExitAsync(limit.Token);
        return _process.ExitCode;
    }

    public string Log => string.Join('\n', _output);

    public void Dispose()
    {
        KillHard();
        _process.Dispose();
    }

    private void Add(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }
}

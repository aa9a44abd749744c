using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Integreat.Fuzz.Payloads;

namespace Integreat.Fuzz;

/// <summary>Sends the payloads of every route, watching for 5xx, hangs and a server that stops answering <c>/health</c>.</summary>
public sealed class FuzzRunner(FuzzOptions options, TextWriter? log = null)
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    public async Task<FuzzReport> RunAsync(CancellationToken cancellationToken = default)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(options.Limit);
        using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) })
        {
            BaseAddress = options.BaseUrl,
            Timeout = RequestTimeout,
        };

        var report = new FuzzReport { MemoryBefore = options.Pid is { } pid ? ProcessMemory.Read(pid) : null };
        var clock = Stopwatch.StartNew();
        if (!await HealthyAsync(http, report, limit.Token))
        {
            report.Problems.Add("/health did not answer 200 before the run");
            return Finish(report, clock);
        }

        var sources = Sources().Where(s => options.Routes is null || options.Routes.Contains(s.Route)).ToList();
        try
        {
            foreach (var source in sources)
            {
                await FuzzRouteAsync(http, source, report, limit.Token);
                if (report.Problems.Count > 0)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            report.Problems.Add($"the time limit of {options.Limit.TotalSeconds:0} s cut the run short");
        }

        if (report.Problems.Count == 0 && !await HealthyAsync(http, report, CancellationToken.None))
        {
            report.Problems.Add("/health did not answer 200 after the run");
        }

        return Finish(report, clock);
    }

    private FuzzReport Finish(FuzzReport report, Stopwatch clock)
    {
        report.Duration = clock.Elapsed;
        report.MemoryAfter = options.Pid is { } pid ? ProcessMemory.Read(pid) : null;
        return report;
    }

    private IEnumerable<PayloadSource> Sources()
    {
        yield return new TelegramPayloads(options.TelegramSecret);
        yield return new TwilioPayloads(options.TwilioAuthToken, options.TwilioPublicBaseUrl ?? options.BaseUrl.ToString());
        yield return new BotFrameworkPayloads();
    }

    private async Task FuzzRouteAsync(HttpClient http, PayloadSource source, FuzzReport report, CancellationToken cancellationToken)
    {
        var route = report.Route(source.Route);
        var routeSeed = options.Seed ^ StringComparer.Ordinal.GetHashCode(source.Route) & 0x7FFF_0000;
        log?.WriteLine($"{source.Route}: {options.Count} payloads of {source.Kinds.Count} kinds");
        for (var batch = 0; batch < options.Count; batch += options.HealthEvery)
        {
            var end = Math.Min(options.Count, batch + options.HealthEvery);
            await Parallel.ForAsync(batch, end, new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency, CancellationToken = cancellationToken },
                async (i, ct) =>
                {
                    // One seed per payload: a failing payload can be made again from (seed, route, index) alone.
                    var payload = source.Next(new Random(routeSeed + i), i);
                    await SendAsync(http, payload, i, route, ct);
                });
            if (!await HealthyAsync(http, report, cancellationToken))
            {
                report.Problems.Add($"/health stopped answering 200 after {end} payloads to {source.Route}");
                return;
            }
        }

        log?.WriteLine($"{source.Route}: {route.Summary()}");
    }

    private static async Task SendAsync(HttpClient http, FuzzPayload payload, int index, RouteReport route, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, payload.Route) { Content = new ByteArrayContent(payload.Body) };
        request.Content.Headers.ContentType = null;
        if (payload.ContentType is not null)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", payload.ContentType);
        }

        foreach (var (name, value) in payload.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            route.Count(payload, index, (int)response.StatusCode);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            route.Count(payload, index, FuzzReport.Hang);
        }
        catch (HttpRequestException)
        {
            // The server may refuse an oversized body by closing the connection before the client has sent it all.
            route.Count(payload, index, FuzzReport.ConnectionClosed);
        }
    }

    private static async Task<bool> HealthyAsync(HttpClient http, FuzzReport report, CancellationToken cancellationToken)
    {
        report.HealthChecks++;
        try
        {
            using var response = await http.GetAsync("/health", cancellationToken);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}

/// <summary>What one route answered.</summary>
public sealed class RouteReport(string route)
{
    private readonly ConcurrentDictionary<int, int> _statuses = new();
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<int, int>> _byKind = new();
    private readonly ConcurrentQueue<string> _failures = new();

    public string Route { get; } = route;

    public int Total => _statuses.Values.Sum();

    /// <summary>Status code (or <see cref="FuzzReport.Hang"/>, <see cref="FuzzReport.ConnectionClosed"/>) → count.</summary>
    public IReadOnlyDictionary<int, int> Statuses => new SortedDictionary<int, int>(_statuses);

    /// <summary>Kind → status → count.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<int, int>> ByKind =>
        _byKind.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => (IReadOnlyDictionary<int, int>)new SortedDictionary<int, int>(p.Value));

    /// <summary>Payloads answered 5xx or not at all: "kind #index → status".</summary>
    public IReadOnlyCollection<string> Failures => _failures;

    internal void Count(FuzzPayload payload, int index, int status)
    {
        _statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
        _byKind.GetOrAdd(payload.Kind, _ => new()).AddOrUpdate(status, 1, (_, n) => n + 1);
        if (status >= 500 || status == FuzzReport.Hang)
        {
            _failures.Enqueue($"{payload.Kind} #{index} → {FuzzReport.Describe(status)}");
        }
    }

    public string Summary() => string.Join(", ", Statuses.Select(p => $"{FuzzReport.Describe(p.Key)}: {p.Value}"));
}

/// <summary>The outcome of a run.</summary>
public sealed class FuzzReport
{
    /// <summary>Pseudo status: no answer within the request timeout.</summary>
    public const int Hang = -1;

    /// <summary>Pseudo status: the server closed the connection (normal for bodies it refuses to read).</summary>
    public const int ConnectionClosed = -2;

    private readonly List<RouteReport> _routes = [];

    public IReadOnlyList<RouteReport> Routes => _routes;

    public List<string> Problems { get; } = [];

    public int HealthChecks { get; set; }

    public TimeSpan Duration { get; set; }

    public (long Current, long Peak)? MemoryBefore { get; set; }

    public (long Current, long Peak)? MemoryAfter { get; set; }

    /// <summary>True when no payload got a 5xx or hung, /health answered throughout, and the run finished.</summary>
    public bool Passed => Problems.Count == 0 && _routes.All(r => r.Failures.Count == 0);

    internal RouteReport Route(string route)
    {
        var report = new RouteReport(route);
        _routes.Add(report);
        return report;
    }

    public static string Describe(int status) => status switch
    {
        Hang => "no answer",
        ConnectionClosed => "connection closed",
        _ => status.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public void Write(TextWriter writer)
    {
        var total = _routes.Sum(r => r.Total);
        writer.WriteLine($"{total} payloads in {Duration.TotalSeconds:0.0} s ({total / Math.Max(Duration.TotalSeconds, 0.001):0} /s), {HealthChecks} health checks");
        foreach (var route in _routes)
        {
            writer.WriteLine($"  {route.Route} ({route.Total}): {route.Summary()}");
            foreach (var (kind, statuses) in route.ByKind)
            {
                writer.WriteLine($"    {kind,-24} {string.Join(", ", statuses.Select(p => $"{Describe(p.Key)}: {p.Value}"))}");
            }

            foreach (var failure in route.Failures.Take(20))
            {
                writer.WriteLine($"    FAIL {failure}");
            }
        }

        if (MemoryBefore is { } before && MemoryAfter is { } after)
        {
            writer.WriteLine($"server RSS: {Mib(before.Current)} before, {Mib(after.Current)} after, peak {Mib(after.Peak)}");
        }

        foreach (var problem in Problems)
        {
            writer.WriteLine($"PROBLEM: {problem}");
        }

        writer.WriteLine(Passed ? "PASS: no 5xx, no hang, /health answered throughout" : "FAIL");
    }

    private static string Mib(long bytes) => $"{bytes / 1024.0 / 1024.0:0.0} MiB";
}

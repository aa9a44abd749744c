using System.Globalization;
using System.Net;

namespace Integreat.Fuzz;

/// <summary>What to fuzz and how hard.</summary>
/// <param name="BaseUrl">The server, on the loopback interface only.</param>
/// <param name="Count">Payloads per route.</param>
/// <param name="TelegramSecret">The server's <c>Telegram:WebhookSecret</c>, sent with the payloads that should pass the secret check.</param>
/// <param name="TwilioAuthToken">The server's <c>Twilio:AuthToken</c>, to sign the payloads that should pass the signature check.</param>
/// <param name="TwilioPublicBaseUrl">The server's <c>Twilio:PublicBaseUrl</c> (what signatures cover); the base URL when not given.</param>
/// <param name="Pid">A server process whose memory (RSS) is reported before and after.</param>
/// <param name="MaxDuration">The whole run stops after this; an unfinished run fails.</param>
/// <param name="HealthEvery">Checks <c>GET /health</c> after every this many payloads per route.</param>
public sealed record FuzzOptions(
    Uri BaseUrl,
    int Count,
    string? TelegramSecret = null,
    string? TwilioAuthToken = null,
    string? TwilioPublicBaseUrl = null,
    int? Pid = null,
    int Seed = 20261127,
    int Concurrency = 4,
    TimeSpan? MaxDuration = null,
    int HealthEvery = 100,
    IReadOnlyList<string>? Routes = null)
{
    public const string Usage = """
        Integreat.Fuzz: sends random and mutated payloads to the bot's webhook routes and checks that it never answers 5xx and stays healthy.

        usage: Integreat.Fuzz --url http://127.0.0.1:5000 [--count 10000] [--telegram-secret S] [--twilio-token T]
                              [--twilio-public-url URL] [--pid PID] [--seed N] [--concurrency 4] [--max-seconds 900]
                              [--route /api/telegram]...

        Exit codes: 0 no 5xx and /health answered throughout; 1 a 5xx, a hang, /health failed, or the time limit cut the run short; 2 bad arguments.
        """;

    public TimeSpan Limit => MaxDuration ?? TimeSpan.FromMinutes(15);

    public static readonly IReadOnlyList<string> AllRoutes = ["/api/telegram", "/api/twilio", "/api/messages"];

    /// <summary>Parses the command line; throws <see cref="ArgumentException"/> with a one-line message when something is wrong.</summary>
    public static FuzzOptions Parse(IReadOnlyList<string> args)
    {
        string? url = null, secret = null, token = null, publicUrl = null;
        int count = 10_000, seed = 20261127, concurrency = 4, maxSeconds = 900;
        int? pid = null;
        var routes = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value");
            int Number() => int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                ? n : throw new ArgumentException($"{name} needs a positive whole number");
            switch (name)
            {
                case "--url": url = Value(); break;
                case "--count": count = Number(); break;
                case "--telegram-secret": secret = Value(); break;
                case "--twilio-token": token = Value(); break;
                case "--twilio-public-url": publicUrl = Value(); break;
                case "--pid": pid = Number(); break;
                case "--seed": seed = Number(); break;
                case "--concurrency": concurrency = Number(); break;
                case "--max-seconds": maxSeconds = Number(); break;
                case "--route": routes.Add(Value()); break;
                default: throw new ArgumentException($"unknown option {name}");
            }
        }

        if (url is null)
        {
            throw new ArgumentException("--url is required");
        }

        return new FuzzOptions(RequireLoopback(url), count, secret, token, publicUrl, pid, seed, concurrency,
            TimeSpan.FromSeconds(maxSeconds), Routes: routes.Count > 0 ? routes : null);
    }

    /// <summary>The fuzzer floods what it targets: only a server on this machine's loopback interface is allowed.</summary>
    public static Uri RequireLoopback(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"--url: '{url}' is not an http(s) URL");
        }

        if (!IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) || !IPAddress.IsLoopback(address))
        {
            throw new ArgumentException($"--url: '{uri.Host}' is not a loopback address (127.0.0.1 or ::1); the fuzzer only targets local servers");
        }

        return uri;
    }
}

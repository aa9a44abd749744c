using System.Net;
using Integreat.Content.Model;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace Integreat.Content.Cms;

/// <summary>Reads the live Integreat CMS API v3.</summary>
/// <remarks>
/// Timeouts and retries live in the HttpClient's resilience handler (<see cref="CmsResilience"/>), never here. Every
/// failure surfaces as a <see cref="CmsException"/> that names the URL: <see cref="CmsRequestException"/> for an
/// unknown region or language, a server error or a timeout, <see cref="CmsFormatException"/> for unusable JSON.
/// </remarks>
public sealed class CmsApiClient : ICmsClient
{
    private readonly HttpClient _http;
    private readonly CmsOptions _options;

    /// <summary>The typed-client constructor used by DI (see <see cref="ContentServiceCollectionExtensions.AddIntegreatContent"/>).</summary>
    public CmsApiClient(HttpClient http, IOptions<CmsOptions> options)
    {
        _http = http;
        _options = options.Value;
        if (_http.BaseAddress is null)
        {
            CmsResilience.ConfigureClient(_http, _options);
        }
    }

    /// <summary>Builds a client with the same timeouts and retries as the DI registration, for use outside a host (the <c>import</c> verb).</summary>
    /// <param name="options">Where the CMS is; validate them first if they come from the user.</param>
    /// <param name="innerHandler">The transport; a new <see cref="SocketsHttpHandler"/> when null.</param>
    public static CmsApiClient Create(CmsOptions options, HttpMessageHandler? innerHandler = null)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        CmsResilience.Configure(builder, options);
        var handler = new ResilienceHandler(builder.Build())
        {
            InnerHandler = innerHandler ?? new SocketsHttpHandler
            {
                AutomaticDecompression = DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            },
        };
        var http = new HttpClient(handler, disposeHandler: true);
        CmsResilience.ConfigureClient(http, options);
        return new CmsApiClient(http, Options.Create(options));
    }

    /// <summary>The CMS base URL.</summary>
    public string Origin => _http.BaseAddress!.ToString().TrimEnd('/');

    public Task<IReadOnlyList<Region>> GetRegionsAsync(CancellationToken cancellationToken = default) =>
        GetAsync("api/v3/regions/", CmsParser.ParseRegions, () => "the CMS has no region list here (404); is Cms:BaseUrl right?", cancellationToken);

    public Task<IReadOnlyList<Language>> GetLanguagesAsync(string region, CancellationToken cancellationToken = default) =>
        GetAsync($"api/v3/{Escape(region)}/languages/", CmsParser.ParseLanguages, () => NoRegion(region), cancellationToken);

    public Task<IReadOnlyList<Page>> GetPagesAsync(string region, string language, CancellationToken cancellationToken = default) =>
        GetAsync($"api/v3/{Escape(region)}/{Escape(language)}/pages/",
            (s, u) => CmsParser.ParsePages(s, region, language, u), () => NoLanguage(region, language), cancellationToken);

    public Task<IReadOnlyList<Event>> GetEventsAsync(string region, string language, CancellationToken cancellationToken = default) =>
        GetAsync($"api/v3/{Escape(region)}/{Escape(language)}/events/?combine_recurring=True",
            (s, u) => CmsParser.ParseEvents(s, region, language, u), () => NoLanguage(region, language), cancellationToken);

    public Task<IReadOnlyList<Location>> GetLocationsAsync(string region, string language, CancellationToken cancellationToken = default) =>
        GetAsync($"api/v3/{Escape(region)}/{Escape(language)}/locations/?on_map=1",
            (s, u) => CmsParser.ParseLocations(s, region, language, u), () => NoLanguage(region, language), cancellationToken);

    private async Task<IReadOnlyList<T>> GetAsync<T>(
        string relativeUrl, Func<Stream, string, IReadOnlyList<T>> parse, Func<string> notFound, CancellationToken cancellationToken)
    {
        var url = new Uri(_http.BaseAddress!, relativeUrl);
        try
        {
            using var response = await _http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                throw new CmsRequestException(url, response.StatusCode, notFound());
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new CmsRequestException(url, response.StatusCode,
                    $"the CMS answered {(int)response.StatusCode} {response.ReasonPhrase} (after {_options.MaxRetries} retries)");
            }

            // The resilience handler only times the wait for the headers; a body that trickles in is timed here.
            using var bodyTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            bodyTimeout.CancelAfter(_options.Timeout);
            var body = new MemoryStream();
            await response.Content.CopyToAsync(body, bodyTimeout.Token);
            body.Position = 0;
            return parse(body, url.ToString());
        }
        catch (TimeoutRejectedException e)
        {
            throw new CmsRequestException(url, null, $"no answer within {_options.Timeout.TotalSeconds:0.###} s (after {_options.MaxRetries} retries)", e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CmsRequestException(url, null, $"the answer did not arrive within {_options.Timeout.TotalSeconds:0.###} s", e);
        }
        catch (HttpRequestException e)
        {
            throw new CmsRequestException(url, e.StatusCode, $"could not reach the CMS: {e.Message}", e);
        }
    }

    private static string Escape(string segment) => Uri.EscapeDataString(segment);

    private static string NoRegion(string region) => $"the CMS has no region '{region}' (404)";

    private static string NoLanguage(string region, string language) =>
        $"the CMS has no language '{language}' in region '{region}' (404)";
}

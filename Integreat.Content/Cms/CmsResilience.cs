using System.Net.Http.Headers;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Integreat.Content.Cms;

/// <summary>The one definition of how requests to the CMS are timed out and retried, shared by DI and <see cref="CmsApiClient.Create"/>.</summary>
internal static class CmsResilience
{
    public const string PipelineName = "cms";

    public const string DevelopmentHeaderName = "X-Integreat-Development";

    /// <summary>Retries (outer) around a per-attempt timeout (inner), so that a hanging attempt is retried too.</summary>
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, CmsOptions options)
    {
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            });
        }

        builder.AddTimeout(new HttpTimeoutStrategyOptions { Timeout = options.Timeout });
    }

    public static void ConfigureClient(HttpClient http, CmsOptions options)
    {
        var baseUrl = options.BaseUrl.EndsWith('/') ? options.BaseUrl : options.BaseUrl + "/";
        http.BaseAddress = new Uri(baseUrl, UriKind.Absolute);
        // The pipeline times each attempt and CmsApiClient times the body; HttpClient's own 100 s would cut across both.
        http.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("IntegreatBot", "1.0"));
        if (options.DevelopmentHeader)
        {
            http.DefaultRequestHeaders.Add(DevelopmentHeaderName, "true");
        }
    }
}

using System.Net;

namespace Integreat.Content.Cms;

/// <summary>The live CMS did not answer usefully: an unknown region or language (404), a server error, a timeout, no connection.</summary>
/// <remarks>The message names the URL that failed and what happened, after the retries were spent.</remarks>
public sealed class CmsRequestException(Uri url, HttpStatusCode? statusCode, string problem, Exception? inner = null)
    : CmsException($"{url}: {problem}", inner)
{
    /// <summary>The URL that failed.</summary>
    public Uri Url { get; } = url;

    /// <summary>The HTTP status of the last answer, or null when there was none (timeout, no connection).</summary>
    public HttpStatusCode? StatusCode { get; } = statusCode;

    /// <summary>What went wrong, without the URL.</summary>
    public string Problem { get; } = problem;

    /// <summary>True when the CMS said the region or language does not exist.</summary>
    public bool IsNotFound => StatusCode == HttpStatusCode.NotFound;
}

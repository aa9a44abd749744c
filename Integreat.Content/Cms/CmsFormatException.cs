namespace Integreat.Content.Cms;

/// <summary>CMS data that cannot be used: invalid JSON, or an item without what it must have.</summary>
/// <remarks>The message always names where the data came from (a file path or a URL) and what was wrong.</remarks>
public sealed class CmsFormatException(string source, string problem, Exception? inner = null)
    : CmsException($"{source}: {problem}", inner)
{
    /// <summary>The file or URL the data came from.</summary>
    public string Origin { get; } = source;

    /// <summary>What was wrong, without the source.</summary>
    public string Problem { get; } = problem;
}

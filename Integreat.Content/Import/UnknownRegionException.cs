using Integreat.Content.Cms;

namespace Integreat.Content.Import;

/// <summary>An import asked for regions the source does not have.</summary>
public sealed class UnknownRegionException(IReadOnlyList<string> unknown, IReadOnlyList<string> known, string origin)
    : CmsException(
        $"{origin}: unknown region{(unknown.Count == 1 ? "" : "s")} {string.Join(", ", unknown.Select(r => $"'{r}'"))}; "
        + (known.Count == 0 ? "the source has no regions" : $"known regions: {string.Join(", ", known)}"))
{
    /// <summary>The requested slugs the source does not have.</summary>
    public IReadOnlyList<string> UnknownRegions { get; } = unknown;

    /// <summary>Every region slug the source has.</summary>
    public IReadOnlyList<string> KnownRegions { get; } = known;
}

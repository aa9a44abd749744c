namespace Integreat.Content.Import;

/// <summary>What an import is doing.</summary>
public enum ImportStage
{
    /// <summary>Reading the region list and each region's languages.</summary>
    Listing,

    /// <summary>Reading and validating the pages, events and locations of one region and language.</summary>
    Fetching,

    /// <summary>Committing the import: everything fetched becomes visible at once.</summary>
    Saving,

    /// <summary>Done.</summary>
    Completed,
}

/// <summary>One progress report of <see cref="ContentImporter.ImportAsync"/>: step <paramref name="Step"/> of <paramref name="Total"/>.</summary>
/// <param name="Step">The region/language pair being fetched (1-based); equal to <paramref name="Total"/> when saving or done.</param>
/// <param name="Total">The number of region/language pairs; 0 while listing.</param>
/// <param name="Region">The region being worked on, or null.</param>
/// <param name="Language">The language being worked on, or null.</param>
public readonly record struct ImportProgress(ImportStage Stage, int Step, int Total, string? Region, string? Language);

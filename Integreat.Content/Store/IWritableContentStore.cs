using Integreat.Content.Model;

namespace Integreat.Content.Store;

/// <summary>How the stored content of one region and language changed in a write.</summary>
public enum ContentChange
{
    /// <summary>Stored for the first time.</summary>
    Added,

    /// <summary>Replaced by different content.</summary>
    Updated,

    /// <summary>The same content (same hash) was already stored; nothing was written.</summary>
    Unchanged,

    /// <summary>The region no longer offers the language; its content was deleted.</summary>
    Removed,
}

/// <summary>What a write did to one region and language.</summary>
public sealed record ContentWriteChange(string Region, string Language, ContentChange Change, string? Hash);

/// <summary>What <see cref="IWritableContentStore.ReplaceRegions"/> did.</summary>
/// <param name="Changes">One entry per region and language that was written, left alone or removed.</param>
/// <param name="RegionsChanged">True when a region's name or language list was new or different.</param>
public sealed record ContentWriteResult(IReadOnlyList<ContentWriteChange> Changes, bool RegionsChanged)
{
    /// <summary>True when the store is exactly as it was before the write.</summary>
    public bool NothingChanged => !RegionsChanged && Changes.All(c => c.Change == ContentChange.Unchanged);
}

/// <summary>The write side of the content store, used by the importer.</summary>
public interface IWritableContentStore : IContentStore
{
    /// <summary>
    /// Starts replacing everything stored for the given regions, one region and language at a time, all or nothing:
    /// nothing written into the session is visible before <see cref="IContentImportSession.Commit"/>, and disposing
    /// the session without committing leaves the store exactly as it was.
    /// </summary>
    /// <param name="regions">The regions, each with its full language list; stored languages not in it are removed at the commit.</param>
    /// <param name="importedAt">The time recorded for changed content.</param>
    /// <remarks>The importer holds one region and language in memory at a time, whatever the number of regions.</remarks>
    IContentImportSession BeginImport(IReadOnlyList<Region> regions, DateTimeOffset importedAt);

    /// <summary>
    /// Replaces everything stored for the given regions, in one transaction: either all of it is written or none.
    /// </summary>
    /// <param name="regions">The regions, each with its full language list; stored languages not in it are removed.</param>
    /// <param name="contents">The content of every region and language (regions not in <paramref name="regions"/> are rejected).</param>
    /// <param name="importedAt">The time recorded for changed content.</param>
    /// <remarks>Content whose hash equals the stored one is not rewritten and keeps its version.</remarks>
    ContentWriteResult ReplaceRegions(IReadOnlyList<Region> regions, IReadOnlyList<LanguageContent> contents, DateTimeOffset importedAt)
    {
        using var session = BeginImport(regions, importedAt);
        foreach (var content in contents)
        {
            session.Write(content);
        }

        return session.Commit();
    }
}

/// <summary>One all-or-nothing write of whole regions, filled one region and language at a time. Not thread-safe.</summary>
public interface IContentImportSession : IDisposable
{
    /// <summary>Writes the content of one region and language, unless the stored content has the same hash.</summary>
    /// <returns>What the commit will do to this region and language: <see cref="ContentChange.Added"/>, <see cref="ContentChange.Updated"/> or <see cref="ContentChange.Unchanged"/>.</returns>
    /// <exception cref="ArgumentException">The region or language is not among the session's regions, or was written before in this session; the session stays usable.</exception>
    ContentChange Write(LanguageContent content);

    /// <summary>Makes everything written visible at once, and removes the languages the regions no longer offer.</summary>
    ContentWriteResult Commit();
}

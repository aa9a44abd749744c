using System.ComponentModel.DataAnnotations;

namespace Integreat.Content.Store;

/// <summary>Where the bot keeps its data (content, search index, state); bound from the configuration section <c>Storage</c>.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Storage";

    /// <summary>The data directory; a relative path is taken from the working directory. Created when missing.</summary>
    /// <value>Defaults to <c>data</c> (a <c>data</c> folder in the working directory).</value>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>The data directory as a full path.</summary>
    public string ResolveDataDirectory() => Path.GetFullPath(DataDirectory);
}

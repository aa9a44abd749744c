using Microsoft.Data.Sqlite;

namespace Integreat.Content.Tests;

/// <summary>Our own small CMS dump (Fixtures/cms), written in the API's shape for these tests.</summary>
internal static class TestFiles
{
    public static string CmsDirectory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "cms");

    public static string Read(params string[] parts) => File.ReadAllText(Path.Combine([CmsDirectory, .. parts]));

    public static Stream Open(params string[] parts) => File.OpenRead(Path.Combine([CmsDirectory, .. parts]));

    public static Stream Json(string json) => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
}

/// <summary>A fresh directory under the system temp folder, deleted afterwards: one per test, so tests share no data.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "integreat-content-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Copies the fixture dump into this directory (under <c>cms</c>) so that a test may break it.</summary>
    public string CopyOfFixtureDump()
    {
        var target = System.IO.Path.Combine(Path, "cms");
        foreach (var file in Directory.EnumerateFiles(TestFiles.CmsDirectory, "*", SearchOption.AllDirectories))
        {
            var destination = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(TestFiles.CmsDirectory, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp directory must not fail a test.
        }
    }
}

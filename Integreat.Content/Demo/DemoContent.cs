namespace Integreat.Content.Demo;

/// <summary>The fictional demo region that ships with the bot, in the CMS dump layout.</summary>
/// <remarks>
/// The JSON lives in <c>Integreat.Content/Demo/cms</c> and is copied to <c>demo/cms</c> in the output of every project
/// that references Integreat.Content, so a fresh clone can serve it without an import.
/// </remarks>
public static class DemoContent
{
    /// <summary>The dump directory of the demo region, beside the running application.</summary>
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "demo", "cms");

    /// <summary>The slug of the demo region, "Landkreis Beispielstadt (Demo)".</summary>
    public const string RegionSlug = "beispielstadt";
}

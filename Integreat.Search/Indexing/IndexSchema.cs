namespace Integreat.Search.Indexing;

/// <summary>Field names and kinds of documents in the index.</summary>
internal static class IndexSchema
{
    /// <summary>Raise whenever analysis or fields change: an index written with another version is rebuilt.</summary>
    public const string Version = "search-17";

    public const string VersionKey = "schema";

    /// <summary>Kind, region and language in one keyword ("page|muenchen|de"): the filter of every query.</summary>
    public const string Scope = "scope";

    /// <summary>On a metadata document: the region/language it describes ("muenchen|de"), to delete by.</summary>
    public const string Unit = "unit";

    public const string Id = "id";
    public const string Hash = "hash";
    public const string StoredTitle = "stitle";
    public const string Url = "url";

    /// <summary>
    /// The page's plain text as doc values, which excerpts cut from: reading it copies bytes, where a stored field
    /// decompresses a whole block of documents.
    /// </summary>
    public const string Text = "text";

    /// <summary>Where each passage of the page starts in <see cref="Text"/> (see <see cref="Passages"/>).</summary>
    public const string PassageStarts = "passages";
    /// <summary>The page's translations as doc values ("de:12 en:34"), read for every German fallback hit.</summary>
    public const string Translations = "alt";
    public const string Payload = "payload";

    public const string PageKind = "page";
    public const string EventKind = "event";
    public const string LocationKind = "location";
    public const string MetaKind = "meta";

    /// <summary>Doc values telling events from locations among the hits of one query for both.</summary>
    public const string KindCode = "kind";
    public const long EventCode = 1;
    public const long LocationCode = 2;

    public static string ScopeOf(string kind, string region, string language) =>
        $"{kind}|{region.ToLowerInvariant()}|{language.ToLowerInvariant()}";

    public static string UnitOf(string region, string language) => $"{region.ToLowerInvariant()}|{language.ToLowerInvariant()}";

    public static string Title(string language) => "title." + language.ToLowerInvariant();

    public static string Crumbs(string language) => "crumbs." + language.ToLowerInvariant();

    /// <summary>The body, indexed with offsets so that excerpts come straight from the postings.</summary>
    public static string Body(string language) => "body." + language.ToLowerInvariant();

    /// <summary>Letter sequences of the title (<see cref="Analysis.LanguageAnalyzers.CharacterGrams"/>).</summary>
    public static string TitleGrams(string language) => GramsPrefix + "title." + language.ToLowerInvariant();

    /// <summary>Fields whose name starts with this are analysed into letter sequences, whatever their language.</summary>
    public const string GramsPrefix = "grams.";

    public const int GramLength = 4;
}

namespace Integreat.Content.Model;

/// <summary>Writing direction of a language as the CMS declares it.</summary>
public enum TextDirection
{
    LeftToRight,
    RightToLeft,
}

/// <summary>A language a region offers.</summary>
/// <param name="Code">The CMS language slug, e.g. <c>de</c>, <c>de-si</c>, <c>uk</c>.</param>
/// <param name="Bcp47Tag">The BCP 47 tag, e.g. <c>de-DE</c>.</param>
/// <param name="NativeName">The language's name in itself, e.g. <c>العربية</c>.</param>
/// <param name="Direction">Left to right or right to left.</param>
public sealed record Language(string Code, string Bcp47Tag, string NativeName, TextDirection Direction);

namespace Integreat.Content.Cms;

/// <summary>Content could not be read from the CMS or a dump directory; the message is meant for the person running the import.</summary>
/// <remarks>
/// The command line catches this one type and prints its message as a one-line error. The derived types say why:
/// <see cref="CmsFormatException"/> (unusable data), <see cref="CmsRequestException"/> (the CMS did not answer
/// usefully) and <see cref="Import.UnknownRegionException"/> (a region that does not exist was asked for).
/// </remarks>
public class CmsException(string message, Exception? inner = null) : Exception(message, inner);

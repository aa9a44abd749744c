using System.Security.Cryptography;
using System.Text.Json;
using Integreat.Content.Model;

namespace Integreat.Content.Store;

/// <summary>Hashes the content of one region and language, so that unchanged content can be recognised.</summary>
public static class ContentHasher
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string Hash(LanguageContent content)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(content, Options);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}

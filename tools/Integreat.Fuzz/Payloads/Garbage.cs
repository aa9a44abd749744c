using System.Text;

namespace Integreat.Fuzz.Payloads;

/// <summary>Building blocks of hostile input, shared by every route's generator.</summary>
internal static class Garbage
{
    private static readonly string[] Words =
        ["Kita", "Anmeldung", "Deutschkurs", "Jobcenter", "مرحبا", "سلام", "Привіт", "Merhaba", "help", "1", "MORE", "/start", "🙂", "\u200f", "Ärztin"];

    /// <summary>Something a person might type, in several scripts.</summary>
    public static string Text(Random random)
    {
        var count = random.Next(1, 8);
        return string.Join(' ', Enumerable.Range(0, count).Select(_ => Words[random.Next(Words.Length)]));
    }

    /// <summary>A string of <paramref name="length"/> characters, mixed scripts and control characters.</summary>
    public static string Huge(Random random, int length)
    {
        var builder = new StringBuilder(length);
        while (builder.Length < length)
        {
            builder.Append(random.Next(5) switch
            {
                0 => "\u0000\u0007\t\r\n",
                1 => "\\\"'<>&%",
                _ => Text(random),
            });
        }

        return builder.ToString(0, length);
    }

    /// <summary>JSON nested <paramref name="depth"/> levels deep: arrays, objects, or both.</summary>
    public static string DeepJson(Random random, int depth)
    {
        var open = new StringBuilder(depth * 6);
        var close = new StringBuilder(depth * 2);
        for (var i = 0; i < depth; i++)
        {
            if (random.Next(2) == 0)
            {
                open.Append('[');
                close.Insert(0, ']');
            }
            else
            {
                open.Append("{\"a\":");
                close.Insert(0, '}');
            }
        }

        return open + "1" + close;
    }

    /// <summary>Bytes that are not valid UTF-8, placed inside otherwise plausible text.</summary>
    public static byte[] InvalidUtf8(Random random, string around)
    {
        byte[][] bad = [[0xC3, 0x28], [0xA0, 0xA1], [0xE2, 0x28, 0xA1], [0xF0, 0x28, 0x8C, 0xBC], [0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80]];
        var text = Encoding.UTF8.GetBytes(around);
        var at = random.Next(text.Length + 1);
        var insert = bad[random.Next(bad.Length)];
        return [.. text.AsSpan(0, at), .. insert, .. text.AsSpan(at)];
    }

    /// <summary>Printable ASCII, the only thing an HTTP client can put in a header value.</summary>
    public static string Ascii(Random random, int length) =>
        string.Create(length, random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)r.Next(0x21, 0x7F);
            }
        });

    /// <summary>Random bytes.</summary>
    public static byte[] Bytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>The first part of <paramref name="text"/>, cut at a random point.</summary>
    public static string Truncate(Random random, string text) => text[..random.Next(text.Length)];

    /// <summary>A value of the wrong JSON type for any field.</summary>
    public static object? WrongType(Random random) => random.Next(9) switch
    {
        0 => null,
        1 => true,
        2 => -1,
        3 => 1e308,
        4 => long.MaxValue,
        5 => new object[] { 1, "two", null! },
        6 => new Dictionary<string, object?> { ["nested"] = new Dictionary<string, object?>() },
        7 => "",
        _ => Huge(random, random.Next(1, 300)),
    };

    /// <summary>A Content-Type that does not fit the route.</summary>
    public static string? WrongContentType(Random random) => random.Next(7) switch
    {
        0 => null,
        1 => "text/plain",
        2 => "application/xml",
        3 => "multipart/form-data; boundary=zzz",
        4 => "application/json; charset=utf-7",
        5 => "application/octet-stream",
        _ => ";;;==",
    };
}

using System.Buffers.Binary;
using Integreat.Content.Text;
using Lucene.Net.Util;

namespace Integreat.Search.Indexing;

/// <summary>
/// The passages of a page: its text split at headings, and between paragraphs once a passage is long enough. A page
/// answers a question when one part of it does, so the search also scores the best passage; it finds the passages
/// by the character offsets of the words in the postings, against the starts kept here.
/// </summary>
internal static class Passages
{
    /// <summary>A passage is closed at the next heading, or at the next block once it is this long.</summary>
    public const int Length = 600;

    /// <summary>The offset in <see cref="ExtractedText.Text"/> (blocks joined by line breaks) at which each passage starts; the first is 0.</summary>
    public static int[] Starts(IReadOnlyList<TextBlock> blocks)
    {
        var starts = new List<int> { 0 };
        var offset = 0;
        var passageStart = 0;
        foreach (var block in blocks)
        {
            if (offset > passageStart && (block.Kind == TextBlockKind.Heading || offset - passageStart >= Length))
            {
                starts.Add(offset);
                passageStart = offset;
            }

            offset += block.Text.Length + 1;
        }

        return starts.ToArray();
    }

    public static BytesRef Write(int[] starts)
    {
        var bytes = new byte[starts.Length * sizeof(int)];
        for (var i = 0; i < starts.Length; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(i * sizeof(int)), starts[i]);
        }

        return new BytesRef(bytes);
    }

    public static int[] Read(BytesRef value)
    {
        var starts = new int[value.Length / sizeof(int)];
        for (var i = 0; i < starts.Length; i++)
        {
            starts[i] = BinaryPrimitives.ReadInt32LittleEndian(value.Bytes.AsSpan(value.Offset + (i * sizeof(int))));
        }

        return starts.Length == 0 ? [0] : starts;
    }

    /// <summary>The passage an offset falls in.</summary>
    public static int Of(int[] starts, int offset)
    {
        var index = Array.BinarySearch(starts, offset);
        return index >= 0 ? index : Math.Max(0, ~index - 1);
    }
}

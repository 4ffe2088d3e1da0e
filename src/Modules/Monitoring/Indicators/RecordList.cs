using System.IO.Compression;

namespace IpCity.Monitoring.Indicators;

/// <summary>
/// The records behind a value, stored with it: ascending ids as varint deltas, each followed by a flags byte
/// (high-value categories), deflated. 100 000 records take a few hundred kilobytes at most.
/// </summary>
internal static class RecordList
{
    public static byte[] Encode(IReadOnlyList<(long Id, byte Flags)> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        using var buffer = new MemoryStream();
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            Span<byte> scratch = stackalloc byte[10];
            long previous = 0;
            foreach (var (id, flags) in records.OrderBy(r => r.Id))
            {
                var n = WriteVarint(scratch, (ulong)(id - previous));
                deflate.Write(scratch[..n]);
                deflate.WriteByte(flags);
                previous = id;
            }
        }

        return buffer.ToArray();
    }

    public static IEnumerable<(long Id, byte Flags)> Decode(byte[]? data)
    {
        if (data is null || data.Length == 0)
        {
            yield break;
        }

        using var deflate = new DeflateStream(new MemoryStream(data), CompressionMode.Decompress);
        long previous = 0;
        while (true)
        {
            ulong delta = 0;
            var shift = 0;
            int b;
            while ((b = deflate.ReadByte()) >= 0)
            {
                delta |= (ulong)(b & 0x7F) << shift;
                if ((b & 0x80) == 0)
                {
                    break;
                }

                shift += 7;
            }

            if (b < 0)
            {
                yield break;
            }

            var flags = deflate.ReadByte();
            previous += (long)delta;
            yield return (previous, (byte)Math.Max(flags, 0));
        }
    }

    private static int WriteVarint(Span<byte> target, ulong value)
    {
        var i = 0;
        while (value >= 0x80)
        {
            target[i++] = (byte)(value | 0x80);
            value >>= 7;
        }

        target[i++] = (byte)value;
        return i;
    }
}

using System.IO.Compression;
using IpCity.BuildingBlocks.Errors;

namespace IpCity.BuildingBlocks.Xml;

/// <summary>
/// Checks a zip container (xlsx, docx, zip) from its central directory before anything is decompressed
/// (SECURITY.md §5, spec 15): total declared size, entry count, compression ratio, nested archives.
/// </summary>
public static class ZipGuard
{
    public const string ArchiveLimit = "IMPORT_ARCHIVE_LIMIT";

    public sealed record Limits(long MaxTotalBytes = 200L * 1024 * 1024, int MaxEntries = 10_000, double MaxRatio = 100);

    private static readonly string[] s_nested = [".zip", ".xlsx", ".docx", ".jar", ".7z", ".rar", ".gz"];

    public static void Check(string path, Limits? limits = null)
    {
        limits ??= new Limits();
        ZipArchive zip;
        try
        {
            zip = ZipFile.OpenRead(path);
        }
        catch (InvalidDataException)
        {
            throw new IpCityException("IMPORT_TYPE_MISMATCH", $"{Path.GetFileName(path)} 不是有效的 xlsx/zip 文件。", 400);
        }

        using (zip)
        {
            if (zip.Entries.Count > limits.MaxEntries)
            {
                throw Limit(path, $"{zip.Entries.Count} entries > {limits.MaxEntries}");
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > limits.MaxTotalBytes)
                {
                    throw Limit(path, $"declared uncompressed size > {limits.MaxTotalBytes} bytes");
                }

                if (entry.Length > 1024 * 1024 && entry.Length > limits.MaxRatio * Math.Max(1, entry.CompressedLength))
                {
                    throw Limit(path, $"entry {entry.FullName} compresses {entry.Length / Math.Max(1, entry.CompressedLength)}:1");
                }

                if (s_nested.Any(ext => entry.FullName.EndsWith(ext, StringComparison.OrdinalIgnoreCase)))
                {
                    throw Limit(path, $"nested archive {entry.FullName}");
                }

                if (entry.FullName.Contains("..", StringComparison.Ordinal) || entry.FullName.StartsWith('/'))
                {
                    throw new IpCityException("IMPORT_ZIP_SLIP", $"{Path.GetFileName(path)}: entry path {entry.FullName} is not allowed.", 400);
                }
            }
        }
    }

    /// <summary>
    /// Inflates every entry (bounded: the declared sizes passed <see cref="Check"/>) and compares its length
    /// and CRC-32 with the central directory. A .NET entry stream stops at the declared size, so a directory
    /// that under-declares a size shows up only here, as a CRC mismatch; call it when reading a container failed.
    /// </summary>
    public static void VerifyEntries(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var buffer = new byte[1 << 16];
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            var crc = 0xFFFFFFFFu;
            long length = 0;
            int n;
            while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                length += n;
                for (var i = 0; i < n; i++)
                {
                    crc = s_crcTable.Value[(crc ^ buffer[i]) & 0xFF] ^ (crc >> 8);
                }
            }

            if (length != entry.Length || ~crc != entry.Crc32)
            {
                throw Limit(path, $"entry {entry.FullName} does not match its central directory (size or CRC-32)");
            }
        }
    }

    private static readonly Lazy<uint[]> s_crcTable = new(() =>
    {
        var table = new uint[256];
        for (var i = 0u; i < 256; i++)
        {
            var c = i;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[i] = c;
        }

        return table;
    });

    private static IpCityException Limit(string path, string reason) =>
        new(ArchiveLimit, $"{Path.GetFileName(path)}: archive limits exceeded ({reason}).", 400, new Dictionary<string, object?> { ["file"] = Path.GetFileName(path) });
}

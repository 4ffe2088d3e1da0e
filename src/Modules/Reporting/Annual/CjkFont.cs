using System.Buffers.Binary;
using IpCity.BuildingBlocks.Errors;
using PdfSharp.Fonts;

namespace IpCity.Reporting.Annual;

/// <summary>
/// The CJK font of the charts and the PDF (STACK.md §4.5): PDFsharp cannot read a .ttc collection, so face 0
/// is copied out into a plain TrueType file in memory. The path is a setting (Reports:FontPath).
/// </summary>
internal static class CjkFont
{
    public const string Family = "WQY MicroHei";
    private const string Face = "IpCity-CJK";
    private static readonly Lock s_gate = new();
    private static byte[]? s_ttf;
    private static string? s_path;

    public static void Check(string path)
    {
        if (!File.Exists(path))
        {
            throw new IpCityException("REPORT_FONT_MISSING",
                $"报告字体文件不存在: {path} (安装 fonts-wqy-microhei, 或设置 Reports:FontPath 指向含中文字形的 TrueType 字体)", 500,
                new Dictionary<string, object?> { ["path"] = path });
        }
    }

    /// <summary>Installs the PDFsharp resolver once per process (PDFsharp allows only one).</summary>
    public static void UseForPdf(string path)
    {
        Check(path);
        lock (s_gate)
        {
            if (s_ttf is null)
            {
                s_ttf = ExtractFace0(File.ReadAllBytes(path));
                s_path = path;
                GlobalFontSettings.FontResolver ??= new Resolver();
            }
        }
    }

    public static string? LoadedPath => s_path;

    /// <summary>The first face of a TrueType collection as a standalone .ttf (a .ttf is returned unchanged).</summary>
    public static byte[] ExtractFace0(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Length < 12 || BinaryPrimitives.ReadUInt32BigEndian(data) != 0x74746366)
        {
            return data; // not 'ttcf'
        }

        var offset = checked((int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(12)));
        var numTables = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(offset + 4));
        var headerLength = 12 + (16 * numTables);
        var tables = new List<(int Record, int Offset, int Length)>();
        var size = headerLength;
        for (var i = 0; i < numTables; i++)
        {
            var record = offset + 12 + (16 * i);
            var tableOffset = checked((int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(record + 8)));
            var length = checked((int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(record + 12)));
            tables.Add((record, tableOffset, length));
            size += (length + 3) & ~3;
        }

        var result = new byte[size];
        data.AsSpan(offset, headerLength).CopyTo(result);
        var position = headerLength;
        for (var i = 0; i < tables.Count; i++)
        {
            var (_, tableOffset, length) = tables[i];
            data.AsSpan(tableOffset, length).CopyTo(result.AsSpan(position));
            BinaryPrimitives.WriteUInt32BigEndian(result.AsSpan(12 + (16 * i) + 8), (uint)position);
            position += (length + 3) & ~3;
        }

        return result;
    }

    private sealed class Resolver : IFontResolver
    {
        public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) => new(Face, isBold, false);

        public byte[]? GetFont(string faceName) => s_ttf;
    }
}

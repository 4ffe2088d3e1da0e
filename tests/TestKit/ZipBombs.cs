using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace IpCity.TestKit;

/// <summary>
/// Hostile xlsx containers for SECURITY.md spec 15, built in the test (nothing checked in): a minimal valid
/// OOXML workbook whose sheet entry is replaced or padded. Deflate of one repeated byte compresses ~1000:1.
/// </summary>
public static class ZipBombs
{
    private const string ContentTypes = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>";

    private const string RootRels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";

    private const string Workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";

    private const string WorkbookRels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>";

    public const string SheetHead = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>申请号</t></is></c></row>";

    public const string SheetTail = "</sheetData></worksheet>";

    /// <summary>A workbook whose sheet is the head, <paramref name="padding"/> spaces (inside sheetData) and the tail.</summary>
    public static void WriteWorkbook(string path, long padding, int extraEntries = 0, string? nestedEntry = null)
    {
        using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        Text(zip, "[Content_Types].xml", ContentTypes);
        Text(zip, "_rels/.rels", RootRels);
        Text(zip, "xl/workbook.xml", Workbook);
        Text(zip, "xl/_rels/workbook.xml.rels", WorkbookRels);
        var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize);
        using (var s = sheet.Open())
        {
            s.Write(Encoding.UTF8.GetBytes(SheetHead));
            var spaces = new byte[1 << 20];
            Array.Fill(spaces, (byte)' ');
            for (var left = padding; left > 0; left -= spaces.Length)
            {
                s.Write(spaces, 0, (int)Math.Min(spaces.Length, left));
            }

            s.Write(Encoding.UTF8.GetBytes(SheetTail));
        }

        for (var i = 0; i < extraEntries; i++)
        {
            zip.CreateEntry($"xl/media/e{i}.bin", CompressionLevel.NoCompression);
        }

        if (nestedEntry is not null)
        {
            Text(zip, nestedEntry, "PK");
        }
    }

    /// <summary>
    /// A valid small workbook whose sheet entry's declared uncompressed size (local header and central
    /// directory) is rewritten to <paramref name="declared"/> bytes: a container that lies about a size.
    /// </summary>
    public static void WriteLyingWorkbook(string path, uint declared)
    {
        WriteWorkbook(path, 64 * 1024);
        var bytes = File.ReadAllBytes(path);
        var name = Encoding.ASCII.GetBytes("xl/worksheets/sheet1.xml");
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            if (signature == 0x04034b50 && bytes.AsSpan(i + 30, name.Length).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 22), declared);
            }
            else if (signature == 0x02014b50 && bytes.AsSpan(i + 46, name.Length).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 24), declared);
            }
        }

        File.WriteAllBytes(path, bytes);
    }

    private static void Text(ZipArchive zip, string name, string text)
    {
        using var s = zip.CreateEntry(name).Open();
        s.Write(Encoding.UTF8.GetBytes(text));
    }
}

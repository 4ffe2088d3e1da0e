using System.Text;
using IpCity.BuildingBlocks.Export;
using IpCity.BuildingBlocks.Import;
using MiniExcelLibs;

namespace IpCity.Services.Catalogue;

/// <summary>
/// Reads an .xlsx (zip-checked first, SECURITY.md spec 15) or .csv sheet with a header row, headers mapped to fields
/// through aliases (Chinese or English); writes the exports (XLSX string cells and CSV cells formula-escaped, spec 18).
/// </summary>
internal static class CatalogueFile
{
    public const string InvalidCode = "CATALOGUE_FILE_INVALID";
    public const int MaxRows = 5000;
    public const long MaxUploadBytes = 5L * 1024 * 1024;

    public static IReadOnlyList<SheetRow> Read(string path, IReadOnlyDictionary<string, string[]> aliases, IReadOnlyList<string> required) =>
        SheetReader.Read(path, aliases, required, new SheetOptions(InvalidCode, MaxRows, AllowCsv: true));

    /// <summary>An XLSX with one sheet: the header, then the rows; every string cell formula-escaped.</summary>
    public static async Task<byte[]> XlsxAsync(string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows, CancellationToken ct)
    {
        var sheet = rows.Select(r =>
        {
            var d = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                d[header[i]] = r[i] is { } v ? CsvCells.Escape(v) : null;
            }

            return d;
        }).ToList();
        if (sheet.Count == 0)
        {
            sheet.Add(header.ToDictionary(h => h, _ => (object?)null, StringComparer.Ordinal));
        }

        using var ms = new MemoryStream();
        await ms.SaveAsAsync(sheet, sheetName: sheetName, cancellationToken: ct);
        return ms.ToArray();
    }

    /// <summary>A UTF-8 CSV with a BOM (Excel opens it as UTF-8), cells escaped and quoted per RFC 4180.</summary>
    public static byte[] Csv(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(',', header.Select(CsvCells.Cell))).Append("\r\n");
        foreach (var r in rows)
        {
            sb.Append(string.Join(',', r.Select(v => CsvCells.Cell(v ?? string.Empty)))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }
}

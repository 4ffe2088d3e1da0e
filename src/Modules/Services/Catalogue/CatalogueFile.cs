using System.Globalization;
using System.Text;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Export;
using IpCity.BuildingBlocks.Xml;
using MiniExcelLibs;

namespace IpCity.Services.Catalogue;

/// <summary>One data row of an imported sheet: its spreadsheet row number (header = 1) and its cells by field.</summary>
internal sealed record SheetRow(int Row, IReadOnlyDictionary<string, string?> Cells)
{
    public string? this[string field] => Cells.TryGetValue(field, out var v) ? v : null;
}

/// <summary>
/// Reads an .xlsx (zip-checked first, SECURITY.md spec 15) or .csv sheet with a header row, headers mapped to fields
/// through aliases (Chinese or English); writes the exports (XLSX string cells and CSV cells formula-escaped, spec 18).
/// </summary>
internal static class CatalogueFile
{
    public const string InvalidCode = "CATALOGUE_FILE_INVALID";
    public const int MaxRows = 5000;
    public const long MaxUploadBytes = 5L * 1024 * 1024;

    public static IReadOnlyList<SheetRow> Read(string path, IReadOnlyDictionary<string, string[]> aliases, IReadOnlyList<string> required)
    {
        var type = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".xlsx" => ExcelType.XLSX,
            ".csv" => ExcelType.CSV,
            _ => throw new IpCityException(InvalidCode, "文件须为 .xlsx 或 .csv。", 400),
        };
        if (type == ExcelType.XLSX)
        {
            ZipGuard.Check(path);
        }

        List<IDictionary<string, object?>> raw;
        List<string> columns;
        try
        {
            raw = MiniExcel.Query(path, useHeaderRow: true, excelType: type).Cast<IDictionary<string, object?>>().Take(MaxRows + 1).ToList();
            columns = raw.Count > 0 ? raw[0].Keys.ToList() : MiniExcel.GetColumns(path, useHeaderRow: true, excelType: type).ToList();
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or InvalidOperationException or FormatException or System.Xml.XmlException or ArgumentException)
        {
            throw new IpCityException(InvalidCode, "无法读取文件: " + ex.Message, 400);
        }

        if (raw.Count > MaxRows)
        {
            throw new IpCityException(InvalidCode, $"文件超过 {MaxRows.ToString(CultureInfo.InvariantCulture)} 行, 请分批导入。", 400);
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            var header = column.Trim().TrimStart('\uFEFF').Replace("*", string.Empty, StringComparison.Ordinal).Trim();
            var field = aliases.FirstOrDefault(a => a.Key.Equals(header, StringComparison.OrdinalIgnoreCase) || a.Value.Contains(header, StringComparer.OrdinalIgnoreCase)).Key;
            if (field is not null)
            {
                map.TryAdd(field, column);
            }
        }

        var missing = required.Where(f => !map.ContainsKey(f)).Select(f => aliases[f][0]).ToList();
        if (missing.Count > 0)
        {
            throw new IpCityException(InvalidCode, $"表头缺少: {string.Join("、", missing)}。", 400, new Dictionary<string, object?> { ["missingHeaders"] = missing });
        }

        var rows = new List<SheetRow>(raw.Count);
        for (var i = 0; i < raw.Count; i++)
        {
            var cells = map.ToDictionary(m => m.Key, m => Cell(raw[i].TryGetValue(m.Value, out var v) ? v : null), StringComparer.Ordinal);
            if (cells.Values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            rows.Add(new SheetRow(i + 2, cells));
        }

        return rows;
    }

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

    private static string? Cell(object? value)
    {
        var text = value switch
        {
            null => null,
            DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            double n => n.ToString("0.##########", CultureInfo.InvariantCulture),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim(),
        };

        // Our own exports prefix = + - @ with an apostrophe (formula escape): read them back as written.
        return text is { Length: > 1 } && text[0] == '\'' && "=+-@".Contains(text[1], StringComparison.Ordinal) ? text[1..] : text;
    }
}

using System.Globalization;
using System.Text;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Export;
using IpCity.BuildingBlocks.Xml;
using IpCity.Finance.Contracts;
using MiniExcelLibs;

namespace IpCity.Finance.Products;

/// <summary>One data row of an imported sheet: the spreadsheet row number (header = 1) and its cells by field.</summary>
internal sealed record ProductSheetRow(int Row, IReadOnlyDictionary<string, string?> Cells)
{
    public string? this[string field] => Cells.TryGetValue(field, out var v) ? v : null;
}

/// <summary>Reads the first sheet of an .xlsx (zip-checked before anything is decompressed); headers map to fields by alias.</summary>
internal static class ProductSheet
{
    public const string InvalidCode = "FINANCE_IMPORT_INVALID";
    public const int MaxRows = 20_000;

    public static IReadOnlyList<ProductSheetRow> Read(string path, IReadOnlyDictionary<string, string[]> aliases, IReadOnlyList<string> required)
    {
        ZipGuard.Check(path);
        List<IDictionary<string, object?>> raw;
        try
        {
            raw = MiniExcel.Query(path, useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().Take(MaxRows + 1).ToList();
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or InvalidOperationException or FormatException or System.Xml.XmlException or ArgumentException)
        {
            throw new IpCityException(InvalidCode, "无法读取 .xlsx 文件: " + ex.Message, 400);
        }

        if (raw.Count > MaxRows)
        {
            throw new IpCityException(InvalidCode, $"文件超过 {MaxRows.ToString(CultureInfo.InvariantCulture)} 行, 请分批导入。", 400);
        }

        var columns = raw.Count > 0 ? raw[0].Keys.ToList() : MiniExcel.GetColumns(path, useHeaderRow: true, excelType: ExcelType.XLSX).ToList();
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

        var rows = new List<ProductSheetRow>(raw.Count);
        for (var i = 0; i < raw.Count; i++)
        {
            var cells = map.ToDictionary(m => m.Key, m => Cell(raw[i].TryGetValue(m.Value, out var v) ? v : null), StringComparer.Ordinal);
            if (cells.Values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            rows.Add(new ProductSheetRow(i + 2, cells));
        }

        return rows;
    }

    private static string? Cell(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double n => n.ToString("0.##########", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.##########", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim(),
    };

    /// <summary>A decimal cell (plain or with thousands separators); null when blank (a problem when <paramref name="requiredLabel"/> is given) or not a number.</summary>
    public static decimal? Number(string? value, string field, ProductProblems problems, string? requiredLabel = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (requiredLabel is not null)
            {
                problems.Add(field, value, $"请填写{requiredLabel}。");
            }

            return null;
        }

        if (decimal.TryParse(value.Replace(",", string.Empty, StringComparison.Ordinal).Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var d))
        {
            return d;
        }

        problems.Add(field, value, "不是有效的数字。");
        return null;
    }

    /// <summary>A date cell (yyyy-MM-dd, yyyy/M/d, yyyy.M.d, yyyyMMdd or an Excel serial number).</summary>
    public static DateOnly? Date(string? value, string field, ProductProblems problems)
    {
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v))
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd", "yyyy-MM-dd HH:mm:ss", "yyyy/M/d H:mm:ss", "yyyy年M月d日"];
        if (DateOnly.TryParseExact(v, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        if (DateTime.TryParseExact(v, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt))
        {
            return DateOnly.FromDateTime(dt);
        }

        if (double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 2_958_465)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        }

        problems.Add(field, value, "不是有效的日期 (如 2026-03-01)。");
        return null;
    }

    /// <summary>A list cell split on 、 , ， ; ； and whitespace-separated line breaks.</summary>
    public static IReadOnlyList<string> List(string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? []
            : value.Split(['、', ',', '，', ';', '；', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
}

/// <summary>Writes an <see cref="ExportTable"/> as Excel-bound CSV (UTF-8 with BOM) or XLSX; text cells formula-escaped, numbers kept numeric.</summary>
internal static class ProductExport
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Csv(ExportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var sb = new StringBuilder();
        sb.Append(string.Join(',', table.Header.Select(CsvCells.Cell))).Append("\r\n");
        foreach (var row in table.Rows)
        {
            sb.Append(string.Join(',', row.Select(c => c is decimal or int or long ? Text(c) : CsvCells.Cell(Text(c))))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    public static async Task<byte[]> XlsxAsync(ExportTable table, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = table.Rows.Select(r =>
        {
            var d = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < table.Header.Count; i++)
            {
                var c = i < r.Count ? r[i] : null;
                d[table.Header[i]] = c switch
                {
                    null => null,
                    decimal or int or long => c,
                    _ => CsvCells.Escape(Text(c)),
                };
            }

            return d;
        }).ToList();
        using var stream = new MemoryStream();
        if (rows.Count == 0)
        {
            rows.Add(table.Header.ToDictionary(h => h, _ => (object?)null, StringComparer.Ordinal));
        }

        await stream.SaveAsAsync(rows, sheetName: table.Name, cancellationToken: ct);
        return stream.ToArray();
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        decimal d => ProductRules.Amount(d),
        DateOnly day => ProductRules.Day(day),
        DateTimeOffset t => t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        bool b => b ? "是" : "否",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}

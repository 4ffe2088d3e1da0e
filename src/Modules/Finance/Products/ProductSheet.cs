using System.Globalization;
using System.Text;
using IpCity.BuildingBlocks.Export;
using IpCity.BuildingBlocks.Import;
using IpCity.Finance.Contracts;
using MiniExcelLibs;

namespace IpCity.Finance.Products;

/// <summary>The product registers' lists: read through the shared sheet reader; cells parsed with field-named problems.</summary>
internal static class ProductSheet
{
    public const string InvalidCode = "FINANCE_IMPORT_INVALID";
    public const int MaxRows = 20_000;

    public static IReadOnlyList<SheetRow> Read(string path, IReadOnlyDictionary<string, string[]> aliases, IReadOnlyList<string> required) =>
        SheetReader.Read(path, aliases, required, new SheetOptions(InvalidCode, MaxRows));

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

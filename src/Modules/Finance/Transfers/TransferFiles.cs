using System.Text;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Export;
using IpCity.Finance.Contracts;
using MiniExcelLibs;

namespace IpCity.Finance.Transfers;

/// <summary>
/// CSV (UTF-8 with BOM) and XLSX exports of the transfer area: text cells escaped against formula injection
/// (SECURITY.md spec 18), numbers kept numeric.
/// </summary>
internal static class TransferFiles
{
    public const string Csv = "csv";
    public const string Xlsx = "xlsx";

    public static string Format(string? format) =>
        (format ?? string.Empty).Trim().ToLowerInvariant() switch
        {
            Csv => Csv,
            Xlsx => Xlsx,
            _ => throw new IpCityException("TRANSFER_EXPORT_FORMAT", "导出格式须为 csv 或 xlsx。", 400, new Dictionary<string, object?> { ["format"] = format }),
        };

    public static async Task<ExportFile> WriteAsync(string format, string baseName, string sheet, IReadOnlyList<string> header, IReadOnlyList<object?[]> rows, CancellationToken ct)
    {
        if (format == Csv)
        {
            var sb = new StringBuilder();
            sb.Append(string.Join(',', header.Select(CsvCells.Cell))).Append("\r\n");
            foreach (var row in rows)
            {
                sb.Append(string.Join(',', row.Select(v => CsvCells.Cell(Text(v))))).Append("\r\n");
            }

            var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(sb.ToString())).ToArray();
            return new ExportFile(bytes, "text/csv; charset=utf-8", baseName + ".csv", rows.Count);
        }

        var sheetRows = rows.Select(r => header.Zip(r).ToDictionary(x => x.First, x => Cell(x.Second))).ToList();
        using var memory = new MemoryStream();
        await memory.SaveAsAsync(sheetRows, sheetName: sheet, cancellationToken: ct);
        return new ExportFile(memory.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", baseName + ".xlsx", rows.Count);
    }

    private static object? Cell(object? value) => value switch
    {
        null => null,
        string s => CsvCells.Escape(s),
        decimal or int or long or double => value,
        _ => Text(value),
    };

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        bool b => b ? "是" : "否",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}

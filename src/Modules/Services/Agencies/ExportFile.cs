using System.Text;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Export;
using MiniExcelLibs;

namespace IpCity.Services.Agencies;

/// <summary>
/// The register's exports: CSV (UTF-8 with BOM, RFC 4180, cells starting with = + - @ TAB CR escaped) or XLSX
/// (string cells, escaped the same way, never formulas).
/// </summary>
internal static class ExportFile
{
    public const string CsvType = "text/csv; charset=utf-8";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<byte[]> WriteAsync(string format, string sheetName, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, CancellationToken ct)
    {
        switch (format)
        {
            case "csv":
                var sb = new StringBuilder();
                sb.Append(string.Join(',', header.Select(CsvCells.Cell))).Append("\r\n");
                foreach (var row in rows)
                {
                    sb.Append(string.Join(',', row.Select(CsvCells.Cell))).Append("\r\n");
                }

                return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
            case "xlsx":
                var sheet = rows.Select(r =>
                {
                    var d = new Dictionary<string, object?>(StringComparer.Ordinal);
                    for (var i = 0; i < header.Count; i++)
                    {
                        d[header[i]] = CsvCells.Escape(i < r.Count ? r[i] : string.Empty);
                    }

                    return d;
                }).ToList();
                if (sheet.Count == 0)
                {
                    sheet.Add(header.ToDictionary(h => h, _ => (object?)null, StringComparer.Ordinal));
                }

                using (var ms = new MemoryStream())
                {
                    await ms.SaveAsAsync(sheet, sheetName: sheetName, cancellationToken: ct);
                    return ms.ToArray();
                }

            default:
                throw new IpCityException("EXPORT_FORMAT", "导出格式须为 csv 或 xlsx。", 400, new Dictionary<string, object?> { ["format"] = format });
        }
    }
}

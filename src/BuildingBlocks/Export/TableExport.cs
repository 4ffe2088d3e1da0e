using System.Text;
using Microsoft.AspNetCore.Http;
using MiniExcelLibs;

namespace IpCity.BuildingBlocks.Export;

/// <summary>
/// Streams a list as a download: CSV (UTF-8 with BOM so Excel reads Chinese, RFC 4180 quoting) or XLSX (written to a
/// temporary file first — a workbook is a zip whose directory comes last — and deleted when sent). Every cell is
/// escaped against formula injection (SECURITY.md spec 18). No row cap.
/// </summary>
public static class TableExport
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IResult Csv(string fileName, IReadOnlyList<string> headers, IAsyncEnumerable<string[]> rows) =>
        Results.Stream(stream => WriteCsvAsync(stream, headers, rows), "text/csv; charset=utf-8", fileName);

    /// <summary>The CSV body of <see cref="Csv"/>: UTF-8 with BOM, escaped and quoted cells, CRLF lines.</summary>
    public static async Task WriteCsvAsync(Stream stream, IReadOnlyList<string> headers, IAsyncEnumerable<string[]> rows)
    {
        await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true);
        await writer.WriteAsync(Line(headers));
        await foreach (var row in rows)
        {
            await writer.WriteAsync(Line(row));
        }
    }

    public static async Task<IResult> XlsxAsync(string fileName, string sheet, IReadOnlyList<string> headers, IAsyncEnumerable<string[]> rows, CancellationToken ct)
    {
        var temp = Path.Combine(Path.GetTempPath(), "ipcity-export-" + Guid.NewGuid().ToString("N") + ".xlsx");
        try
        {
            await using var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
            await WriteXlsxAsync(file, sheet, headers, rows, ct);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }

        var stream = new FileStream(temp, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 16, FileOptions.DeleteOnClose | FileOptions.SequentialScan);
        return Results.File(stream, XlsxType, fileName);
    }

    /// <summary>The workbook of <see cref="XlsxAsync"/>: every cell a string, escaped as in CSV, no formulas.</summary>
    public static Task WriteXlsxAsync(Stream stream, string sheet, IReadOnlyList<string> headers, IAsyncEnumerable<string[]> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var table = rows.ToBlockingEnumerable(ct).Select(row => headers.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => (object?)CsvCells.Escape(x.i < row.Length ? row[x.i] : string.Empty)));
        return Task.Run(() => stream.SaveAs(table, sheetName: sheet), ct);
    }

    private static string Line(IEnumerable<string> cells) => string.Join(',', cells.Select(CsvCells.Cell)) + "\r\n";
}

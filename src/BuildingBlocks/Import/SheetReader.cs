using System.Globalization;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Xml;
using MiniExcelLibs;

namespace IpCity.BuildingBlocks.Import;

/// <summary>One data row of an imported sheet: its spreadsheet row number (header = 1) and its cells by field.</summary>
public sealed record SheetRow(int Row, IReadOnlyDictionary<string, string?> Cells)
{
    /// <summary>The trimmed cell of a field; null when the column is absent or the cell blank.</summary>
    public string? this[string field] => Cells.TryGetValue(field, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
}

/// <summary>
/// How a module reads one of its lists: the error code of its bad files, its row limit, the words that name the file
/// in messages (名录文件, 导入文件, 工作表 人员 …), whether a .csv is accepted besides .xlsx, and the sheet (the first when null).
/// </summary>
public sealed record SheetOptions(string ErrorCode, int MaxRows, string Label = "文件", bool AllowCsv = false, string? Sheet = null);

/// <summary>
/// Reads a list with a header row from an .xlsx (zip-checked before anything is decompressed, SECURITY.md spec 15) or a
/// .csv: headers map to fields through aliases (case-insensitive; a BOM and the * marking a required column ignored),
/// missing required columns are named, blank rows skipped, dates written yyyy-MM-dd and numbers without exponent, and
/// a cell our own exports formula-escaped (<c>'=…</c>, spec 18) read back as written. Every module's tabular import
/// goes through here, so they all answer a bad file the same way.
/// </summary>
public static class SheetReader
{
    public static IReadOnlyList<SheetRow> Read(string path, IReadOnlyDictionary<string, string[]> aliases, IReadOnlyList<string> required, SheetOptions options)
    {
        ArgumentNullException.ThrowIfNull(aliases);
        ArgumentNullException.ThrowIfNull(required);
        var type = Open(path, options);
        List<IDictionary<string, object?>> raw;
        List<string> columns;
        try
        {
            if (type == ExcelType.CSV)
            {
                (raw, columns) = ReadCsv(path, options.MaxRows + 1);
            }
            else
            {
                raw = MiniExcel.Query(path, useHeaderRow: true, sheetName: options.Sheet, excelType: type).Cast<IDictionary<string, object?>>().Take(options.MaxRows + 1).ToList();
                // A sheet with a header and no rows is an empty list: its header is the first row read without a header row.
                columns = raw.Count > 0
                    ? raw[0].Keys.ToList()
                    : MiniExcel.Query(path, useHeaderRow: false, sheetName: options.Sheet, excelType: type).Cast<IDictionary<string, object?>>().FirstOrDefault()?
                        .Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)).OfType<string>().Where(v => v.Length > 0).ToList() ?? [];
            }
        }
        catch (Exception ex) when (Unreadable(ex))
        {
            throw new IpCityException(options.ErrorCode, $"无法读取{options.Label}: {ex.Message}", 400);
        }

        if (raw.Count > options.MaxRows)
        {
            throw new IpCityException(options.ErrorCode, $"{options.Label}超过 {options.MaxRows.ToString(CultureInfo.InvariantCulture)} 行, 请分批导入。", 400);
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            var header = Header(column);
            var field = aliases.FirstOrDefault(a => a.Key.Equals(header, StringComparison.OrdinalIgnoreCase) || a.Value.Contains(header, StringComparer.OrdinalIgnoreCase)).Key;
            if (field is not null)
            {
                map.TryAdd(field, column);
            }
        }

        var missing = required.Where(f => !map.ContainsKey(f)).Select(f => aliases[f][0]).ToList();
        if (missing.Count > 0)
        {
            var details = new Dictionary<string, object?> { ["missingHeaders"] = missing };
            if (options.Sheet is not null)
            {
                details["sheet"] = options.Sheet;
            }

            throw new IpCityException(options.ErrorCode, $"{options.Label}表头缺少: {string.Join("、", missing)}。", 400, details);
        }

        var rows = new List<SheetRow>(raw.Count);
        for (var i = 0; i < raw.Count; i++)
        {
            var row = raw[i];
            var cells = map.ToDictionary(m => m.Key, m => Cell(row.TryGetValue(m.Value, out var v) ? v : null), StringComparer.Ordinal);
            if (!cells.Values.All(string.IsNullOrWhiteSpace))
            {
                rows.Add(new SheetRow(i + 2, cells));
            }
        }

        return rows;
    }

    /// <summary>
    /// A .csv through the platform's own RFC 4180 reader and encoding detection (UTF-8 with or without BOM, GB 18030 /
    /// GBK — what Excel on Chinese Windows writes), not the spreadsheet library's CSV reader, which mis-split a cell
    /// holding only a quote and failed on rows longer than the header (found by the fuzz replay and the round-trip
    /// property). Rows are keyed by header text; extra cells are ignored, missing ones blank.
    /// </summary>
    private static (List<IDictionary<string, object?>> Rows, List<string> Columns) ReadCsv(string path, int maxRows)
    {
        var (encoding, _) = TextEncodingDetector.Detect(path);
        string firstLine;
        using (var first = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: false))
        {
            firstLine = first.ReadLine() ?? string.Empty;
        }

        using var reader = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: false);
        var csv = new CsvRecordReader(reader, CsvRecordReader.Pick(firstLine));
        var header = csv.Read() ?? [];
        var rows = new List<IDictionary<string, object?>>();
        while (rows.Count < maxRows && csv.Read() is { } record)
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                row.TryAdd(header[i], i < record.Count ? record[i] : null);
            }

            rows.Add(row);
        }

        return (rows, header.Where(h => h.Length > 0).Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>The sheet names of an .xlsx (zip-checked first).</summary>
    public static IReadOnlyList<string> SheetNames(string path, SheetOptions options)
    {
        Open(path, options with { AllowCsv = false });
        try
        {
            return MiniExcel.GetSheetNames(path);
        }
        catch (Exception ex) when (Unreadable(ex))
        {
            throw new IpCityException(options.ErrorCode, $"无法读取{options.Label}: {ex.Message}", 400);
        }
    }

    /// <summary>The headers of the sheet, as <see cref="Header"/> normalises them.</summary>
    public static IReadOnlyList<string> Headers(string path, SheetOptions options)
    {
        var type = Open(path, options);
        try
        {
            var columns = type == ExcelType.CSV ? ReadCsv(path, 0).Columns : MiniExcel.GetColumns(path, useHeaderRow: true, sheetName: options.Sheet, excelType: type);
            return columns.Select(Header).ToList();
        }
        catch (Exception ex) when (Unreadable(ex))
        {
            throw new IpCityException(options.ErrorCode, $"无法读取{options.Label}: {ex.Message}", 400);
        }
    }

    /// <summary>A header as written, without surrounding space, a byte-order mark or the * of a required column.</summary>
    public static string Header(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column.Trim().TrimStart('\uFEFF').Replace("*", string.Empty, StringComparison.Ordinal).Trim();
    }

    /// <summary>A cell as text: dates yyyy-MM-dd, numbers without exponent, our own formula escape removed.</summary>
    public static string? Cell(object? value)
    {
        var text = value switch
        {
            null => null,
            DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            double n => n.ToString("0.##########", CultureInfo.InvariantCulture),
            decimal m => m.ToString("0.##########", CultureInfo.InvariantCulture),
            _ => Export.CsvCells.Unescape(Convert.ToString(value, CultureInfo.InvariantCulture))?.Trim(),
        };
        return text;

        // Our exports put an apostrophe before = + - @ TAB CR (spec 18): read back, the cell is what was written.
    }

    private static ExcelType Open(string path, SheetOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".csv" && options.AllowCsv)
        {
            return ExcelType.CSV;
        }

        if (extension != ".xlsx")
        {
            throw new IpCityException(options.ErrorCode, options.AllowCsv ? $"{options.Label}须为 .xlsx 或 .csv。" : $"{options.Label}须为 .xlsx。", 400);
        }

        ZipGuard.Check(path);
        return ExcelType.XLSX;
    }

    /// <summary>What the spreadsheet library throws for a damaged or ragged file (the fuzz replay found a CSV row with
    /// more cells than the header raising KeyNotFoundException and the library's own column exceptions).</summary>
    private static bool Unreadable(Exception ex) =>
        ex is InvalidDataException or IOException or InvalidOperationException or FormatException or System.Xml.XmlException or ArgumentException or KeyNotFoundException
        || ex.GetType().Namespace == "MiniExcelLibs.Exceptions";
}

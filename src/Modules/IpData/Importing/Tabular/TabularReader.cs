using System.Globalization;
using System.Text;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Import;
using IpCity.BuildingBlocks.Xml;
using MiniExcelLibs;

namespace IpCity.IpData.Importing.Tabular;

/// <summary>One data row: its spreadsheet row number (header = 1) and its values by field.</summary>
internal sealed record TabularRow(long Row, IReadOnlyDictionary<string, string> Values);

/// <summary>
/// Reads CSV (UTF-8, UTF-8 with BOM, GBK/GB18030 — detected) and XLSX exports row by row, mapping headers
/// to fields through the alias table. Missing required columns are refused up front with
/// IMPORT_MISSING_COLUMN naming the column.
/// </summary>
internal static class TabularReader
{
    public static bool Handles(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".csv" or ".tsv" or ".txt" or ".xlsx";

    public static IEnumerable<TabularRow> Read(string path, HeaderAliases aliases, ZipGuard.Limits? archiveLimits = null)
    {
        return Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? ReadXlsx(path, aliases, archiveLimits)
            : ReadCsv(path, aliases);
    }

    private static Dictionary<int, string> MapHeaders(IReadOnlyList<string> headers, HeaderAliases aliases, string file)
    {
        var map = new Dictionary<int, string>();
        for (var i = 0; i < headers.Count; i++)
        {
            if (aliases.FieldOf(headers[i] ?? string.Empty) is { } field && !map.ContainsValue(field))
            {
                map[i] = field;
            }
        }

        var missing = aliases.Required.Where(r => !map.ContainsValue(r)).ToList();
        if (missing.Count > 0)
        {
            var names = string.Join("、", missing.Select(m => aliases.Display.GetValueOrDefault(m, m)));
            throw new IpCityException("IMPORT_MISSING_COLUMN", $"{file}: 缺少必需的列: {names} (missing required column)", 400,
                new Dictionary<string, object?> { ["file"] = file, ["columns"] = missing.Select(m => aliases.Display.GetValueOrDefault(m, m)).ToList() });
        }

        return map;
    }

    private static IEnumerable<TabularRow> ReadCsv(string path, HeaderAliases aliases)
    {
        var file = Path.GetFileName(path);
        var (encoding, _) = TextEncodingDetector.Detect(path);
        char delimiter;
        using (var first = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: false))
        {
            var firstLine = new StringBuilder();
            try
            {
                // The header line only: a bad byte further on is reported with its row by the reader below.
                for (var c = first.Read(); c >= 0 && c != '\n' && firstLine.Length < 1 << 16; c = first.Read())
                {
                    firstLine.Append((char)c);
                }
            }
            catch (DecoderFallbackException)
            {
                throw new IpCityException("CSV_ENCODING", $"{file}: 无法识别的文件编码 (row 1)", 400, new Dictionary<string, object?> { ["row"] = 1 });
            }

            delimiter = CsvRecordReader.Pick(firstLine.ToString());
        }

        using var reader = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: false);
        var csv = new CsvRecordReader(reader, delimiter);
        List<string>? header;
        try
        {
            header = csv.Read();
        }
        catch (DecoderFallbackException)
        {
            throw EncodingError(path, encoding, delimiter, []);
        }

        if (header is null)
        {
            throw new IpCityException("IMPORT_EMPTY", $"{file}: 文件为空 (no header row)", 400);
        }

        var map = MapHeaders(header, aliases, file);
        long row = 1;
        while (true)
        {
            List<string>? cells;
            try
            {
                cells = csv.Read();
            }
            catch (DecoderFallbackException)
            {
                // The decoder works in blocks, so the row being read when it throws may precede the bad one: find it.
                throw EncodingError(path, encoding, delimiter, header);
            }

            if (cells is null)
            {
                yield break;
            }

            row++;
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (index, field) in map)
            {
                var v = index < cells.Count ? cells[index] : null;
                if (!string.IsNullOrWhiteSpace(v))
                {
                    values[field] = v.Trim();
                }
            }

            if (values.Count > 0)
            {
                yield return new TabularRow(row, values);
            }
        }
    }

    /// <summary>
    /// Names the first row and column holding bytes that are invalid in the detected encoding, by decoding the file
    /// again with a marker character in place of each bad sequence (error path only).
    /// </summary>
    private static IpCityException EncodingError(string path, Encoding strict, char delimiter, IReadOnlyList<string> header)
    {
        const string Marker = "\uFFFF";
        var file = Path.GetFileName(path);
        var lenient = (Encoding)strict.Clone();
        lenient.DecoderFallback = new DecoderReplacementFallback(Marker);
        using var reader = new StreamReader(path, lenient, detectEncodingFromByteOrderMarks: false);
        var csv = new CsvRecordReader(reader, delimiter);
        long row = 0;
        while (csv.Read() is { } cells)
        {
            row++;
            var column = cells.FindIndex(c => c.Contains(Marker, StringComparison.Ordinal));
            if (column >= 0)
            {
                var field = column < header.Count ? header[column] : $"第 {column + 1} 列";
                return new IpCityException("CSV_ENCODING", $"{file}: 第 {row} 行 {field} 含有无效字节 (invalid bytes for the detected encoding)", 400,
                    new Dictionary<string, object?> { ["file"] = file, ["row"] = row, ["field"] = field });
            }
        }

        return new IpCityException("CSV_ENCODING", $"{file}: 含有无效字节 (invalid bytes for the detected encoding)", 400, new Dictionary<string, object?> { ["file"] = file });
    }

    private static IEnumerable<TabularRow> ReadXlsx(string path, HeaderAliases aliases, ZipGuard.Limits? limits)
    {
        ZipGuard.Check(path, limits);
        var file = Path.GetFileName(path);
        using var stream = File.OpenRead(path);
        Dictionary<int, string>? map = null;
        long row = 0;
        using var records = stream.Query(useHeaderRow: false).GetEnumerator();
        while (NextXlsxRecord(records, path, row))
        {
            var record = (IDictionary<string, object?>)records.Current;
            row++;
            var cells = record.Values.ToList();
            if (map is null)
            {
                map = MapHeaders(cells.Select(c => Convert.ToString(c, CultureInfo.InvariantCulture) ?? string.Empty).ToList(), aliases, file);
                continue;
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (index, field) in map)
            {
                var v = index < cells.Count ? CellText(cells[index]) : null;
                if (!string.IsNullOrWhiteSpace(v))
                {
                    values[field] = v.Trim();
                }
            }

            if (values.Count > 0)
            {
                yield return new TabularRow(row, values);
            }
        }

        if (map is null)
        {
            throw new IpCityException("IMPORT_EMPTY", $"{file}: 文件为空 (no header row)", 400);
        }
    }

    /// <summary>
    /// Advances the spreadsheet reader; a container whose entries do not match their central directory
    /// (a lying size or CRC: .NET stops at the declared size) or a sheet that is not well-formed XML is
    /// refused with a named error instead of an internal one.
    /// </summary>
    private static bool NextXlsxRecord(IEnumerator<dynamic> records, string path, long row)
    {
        var file = Path.GetFileName(path);
        try
        {
            return records.MoveNext();
        }
        catch (InvalidDataException ex)
        {
            throw new IpCityException(ZipGuard.ArchiveLimit, $"{file}: 压缩包内容与目录不符 (archive entry does not match its central directory: {ex.Message})", 400,
                new Dictionary<string, object?> { ["file"] = file });
        }
        catch (InvalidOperationException)
        {
            // A zip without a readable worksheet (no workbook part, no sheet): found by the fuzz replay.
            throw new IpCityException(XlsxMalformed, $"{file}: 工作簿中没有可读取的工作表 (the workbook has no readable worksheet)", 400,
                new Dictionary<string, object?> { ["file"] = file });
        }
        catch (System.Xml.XmlException ex)
        {
            // A truncated sheet is what a directory that under-declares a size produces: name that first.
            ZipGuard.VerifyEntries(path);
            throw new IpCityException(XlsxMalformed, $"{file}: 第 {row + 1} 行附近的工作表 XML 无效 (the sheet is not well-formed XML: {ex.Message})", 400,
                new Dictionary<string, object?> { ["file"] = file, ["row"] = row + 1 });
        }
    }

    public const string XlsxMalformed = "XLSX_MALFORMED";

    private static string? CellText(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double n when n == Math.Floor(n) && Math.Abs(n) < 1e15 => ((long)n).ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}

using System.Globalization;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Xml;
using MiniExcelLibs;

namespace IpCity.Services.Agencies;

/// <summary>One data row of an import sheet: the spreadsheet row number (header = 1) and its cells by field name.</summary>
internal sealed record ImportRow(int Row, IReadOnlyDictionary<string, string?> Cells)
{
    public string? this[string field] => Cells.TryGetValue(field, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
}

/// <summary>
/// The import workbook: a sheet of agencies (机构) and/or a sheet of persons (人员, one row per engagement), found
/// by sheet name or, for a single unnamed sheet, by its headers. Headers are matched through their aliases (a
/// trailing * marking required columns is ignored). The README of the module lists the columns.
/// </summary>
internal static class AgencyImportFile
{
    public const string InvalidCode = "AGENCY_IMPORT_INVALID";
    public const int MaxRows = 20_000;
    public const string AgencySheet = "机构";
    public const string PersonSheet = "人员";

    public static readonly IReadOnlyDictionary<string, string[]> AgencyHeaders = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["name"] = ["机构名称", "名称"],
        ["creditCode"] = ["统一社会信用代码", "信用代码"],
        ["patentLicenceNumber"] = ["专利代理机构执业许可证号", "执业许可证号"],
        ["trademarkFilingNumber"] = ["商标代理机构备案号", "备案号"],
        ["address"] = ["地址", "机构地址"],
        ["status"] = ["状态", "执业状态"],
        ["statusSince"] = ["状态日期", "状态生效日期"],
        ["parentCreditCode"] = ["上级机构统一社会信用代码", "总机构统一社会信用代码"],
    };

    public static readonly IReadOnlyList<string> AgencyRequired = ["name", "creditCode"];

    public static readonly IReadOnlyDictionary<string, string[]> PersonHeaders = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["name"] = ["姓名"],
        ["idNumber"] = ["身份证号", "身份证号码", "居民身份证号码"],
        ["certificateNumber"] = ["执业证号", "执业证书号"],
        ["qualificationNumber"] = ["资格证号", "资格证书号"],
        ["qualifiedOn"] = ["资格取得日期"],
        ["qualificationRevokedOn"] = ["资格终止日期"],
        ["address"] = ["住址", "地址"],
        ["agencyCreditCode"] = ["所在机构统一社会信用代码", "机构统一社会信用代码"],
        ["role"] = ["岗位"],
        ["from"] = ["入职日期", "从业起始日期"],
        ["to"] = ["离职日期", "从业终止日期"],
    };

    public static readonly IReadOnlyList<string> PersonRequired = ["name"];

    private static readonly string[] s_agencySheetNames = [AgencySheet, "代理机构", "agencies"];
    private static readonly string[] s_personSheetNames = [PersonSheet, "从业人员", "persons", "practitioners"];

    public sealed record Workbook(IReadOnlyList<ImportRow>? Agencies, IReadOnlyList<ImportRow>? Persons);

    public static Workbook Read(string path)
    {
        if (!string.Equals(Path.GetExtension(path), ".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            throw new IpCityException(InvalidCode, "导入文件须为 .xlsx。", 400);
        }

        ZipGuard.Check(path);
        List<string> sheets;
        try
        {
            sheets = MiniExcel.GetSheetNames(path);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or InvalidOperationException or FormatException or System.Xml.XmlException or ArgumentException)
        {
            throw new IpCityException(InvalidCode, $"无法读取导入文件: {ex.Message}", 400);
        }

        var agencySheet = sheets.FirstOrDefault(s => s_agencySheetNames.Contains(s.Trim(), StringComparer.OrdinalIgnoreCase));
        var personSheet = sheets.FirstOrDefault(s => s_personSheetNames.Contains(s.Trim(), StringComparer.OrdinalIgnoreCase));
        if (agencySheet is null && personSheet is null && sheets.Count == 1)
        {
            var columns = Columns(path, sheets[0]);
            if (columns.Any(c => AgencyHeaders["creditCode"].Contains(c)) && columns.Any(c => AgencyHeaders["name"].Contains(c)))
            {
                agencySheet = sheets[0];
            }
            else if (columns.Any(c => PersonHeaders["name"].Contains(c)))
            {
                personSheet = sheets[0];
            }
        }

        if (agencySheet is null && personSheet is null)
        {
            throw new IpCityException(InvalidCode, "未找到“机构”或“人员”工作表 (或表头不符合模板)。", 400, new Dictionary<string, object?> { ["sheets"] = sheets });
        }

        var agencies = agencySheet is null ? null : Rows(path, agencySheet, AgencyHeaders, AgencyRequired);
        var persons = personSheet is null ? null : Rows(path, personSheet, PersonHeaders, PersonRequired);
        if ((agencies?.Count ?? 0) + (persons?.Count ?? 0) > MaxRows)
        {
            throw new IpCityException(InvalidCode, $"导入文件超过 {MaxRows.ToString(CultureInfo.InvariantCulture)} 行, 请分批导入。", 400);
        }

        return new Workbook(agencies, persons);
    }

    private static List<string> Columns(string path, string sheet)
    {
        try
        {
            return MiniExcel.GetColumns(path, useHeaderRow: true, sheetName: sheet).Select(Header).ToList();
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or InvalidOperationException or FormatException or System.Xml.XmlException or ArgumentException)
        {
            throw new IpCityException(InvalidCode, $"无法读取工作表 {sheet}: {ex.Message}", 400);
        }
    }

    private static string Header(string column) => column.Trim().TrimStart('\uFEFF').Replace("*", string.Empty, StringComparison.Ordinal).Trim();

    private static List<ImportRow> Rows(string path, string sheet, IReadOnlyDictionary<string, string[]> aliases, IReadOnlyList<string> required)
    {
        List<IDictionary<string, object?>> raw;
        try
        {
            raw = MiniExcel.Query(path, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>().Take(MaxRows + 1).ToList();
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or InvalidOperationException or FormatException or System.Xml.XmlException or ArgumentException)
        {
            throw new IpCityException(InvalidCode, $"无法读取工作表 {sheet}: {ex.Message}", 400);
        }

        if (raw.Count > MaxRows)
        {
            throw new IpCityException(InvalidCode, $"工作表 {sheet} 超过 {MaxRows.ToString(CultureInfo.InvariantCulture)} 行, 请分批导入。", 400);
        }

        var columns = raw.Count > 0 ? raw[0].Keys.ToList() : Columns(path, sheet);
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
            throw new IpCityException(InvalidCode, $"工作表 {sheet} 表头缺少: {string.Join("、", missing)}。", 400, new Dictionary<string, object?> { ["sheet"] = sheet, ["missingHeaders"] = missing });
        }

        var rows = new List<ImportRow>(raw.Count);
        for (var i = 0; i < raw.Count; i++)
        {
            var cells = map.ToDictionary(m => m.Key, m => Cell(raw[i].TryGetValue(m.Value, out var v) ? v : null), StringComparer.Ordinal);
            if (cells.Values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            rows.Add(new ImportRow(i + 2, cells));
        }

        return rows;
    }

    private static string? Cell(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double n => n.ToString("0.##########", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim(),
    };

    private static readonly string[] s_dateFormats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日"];

    /// <summary>A date cell: ISO or common Chinese forms, or an Excel serial number.</summary>
    public static bool TryDate(string? value, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        var v = value.Trim();
        if (DateOnly.TryParseExact(v, s_dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            day = d;
            return true;
        }

        if (double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 10_000 and < 80_000 && serial == Math.Floor(serial))
        {
            day = DateOnly.FromDateTime(DateTime.FromOADate(serial));
            return true;
        }

        return false;
    }
}

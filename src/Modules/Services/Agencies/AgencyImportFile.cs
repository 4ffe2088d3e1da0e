using System.Globalization;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Import;

namespace IpCity.Services.Agencies;

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

    public sealed record Workbook(IReadOnlyList<SheetRow>? Agencies, IReadOnlyList<SheetRow>? Persons);

    public static Workbook Read(string path)
    {
        var sheets = SheetReader.SheetNames(path, new SheetOptions(InvalidCode, MaxRows, "导入文件"));
        var agencySheet = sheets.FirstOrDefault(s => s_agencySheetNames.Contains(s.Trim(), StringComparer.OrdinalIgnoreCase));
        var personSheet = sheets.FirstOrDefault(s => s_personSheetNames.Contains(s.Trim(), StringComparer.OrdinalIgnoreCase));
        if (agencySheet is null && personSheet is null && sheets.Count == 1)
        {
            var columns = SheetReader.Headers(path, Sheet(sheets[0]));
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

        var agencies = agencySheet is null ? null : SheetReader.Read(path, AgencyHeaders, AgencyRequired, Sheet(agencySheet));
        var persons = personSheet is null ? null : SheetReader.Read(path, PersonHeaders, PersonRequired, Sheet(personSheet));
        if ((agencies?.Count ?? 0) + (persons?.Count ?? 0) > MaxRows)
        {
            throw new IpCityException(InvalidCode, $"导入文件超过 {MaxRows.ToString(CultureInfo.InvariantCulture)} 行, 请分批导入。", 400);
        }

        return new Workbook(agencies, persons);
    }

    private static SheetOptions Sheet(string name) => new(InvalidCode, MaxRows, $"工作表 {name} ", Sheet: name);

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

using System.Globalization;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Xml;
using MiniExcelLibs;

namespace IpCity.Protection.Registers;

/// <summary>One data row of an imported list: the spreadsheet row number (header = 1) and its cells by field name.</summary>
internal sealed record RegisterFileRow(int Row, IReadOnlyDictionary<string, string?> Cells)
{
    public string? this[string field] => Cells.TryGetValue(field, out var v) ? v : null;
}

/// <summary>Reads an .xlsx (zip-checked first) or .csv list with a header row; headers map to fields through their aliases.</summary>
internal static class RegisterFile
{
    public const string InvalidCode = "REGISTER_FILE_INVALID";
    public const int MaxRows = 5000;

    public static IReadOnlyList<RegisterFileRow> Read(string path, IReadOnlyDictionary<string, string[]> aliases, IReadOnlyList<string> required)
    {
        var type = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".xlsx" => ExcelType.XLSX,
            ".csv" => ExcelType.CSV,
            _ => throw new IpCityException(InvalidCode, "名录文件须为 .xlsx 或 .csv。", 400),
        };
        if (type == ExcelType.XLSX)
        {
            ZipGuard.Check(path);
        }

        List<IDictionary<string, object?>> raw;
        try
        {
            raw = MiniExcel.Query(path, useHeaderRow: true, excelType: type).Cast<IDictionary<string, object?>>().Take(MaxRows + 1).ToList();
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or InvalidOperationException or FormatException or System.Xml.XmlException or ArgumentException)
        {
            throw new IpCityException(InvalidCode, $"无法读取名录文件: {ex.Message}", 400);
        }

        if (raw.Count > MaxRows)
        {
            throw new IpCityException(InvalidCode, $"名录文件超过 {MaxRows.ToString(CultureInfo.InvariantCulture)} 行, 请分批导入。", 400);
        }

        var columns = raw.Count > 0 ? raw[0].Keys.ToList() : MiniExcel.GetColumns(path, useHeaderRow: true, excelType: type).ToList();
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            var header = column.Trim().TrimStart('\uFEFF').Replace("*", string.Empty, StringComparison.Ordinal);
            var field = aliases.FirstOrDefault(a => a.Key.Equals(header, StringComparison.OrdinalIgnoreCase) || a.Value.Contains(header, StringComparer.OrdinalIgnoreCase)).Key;
            if (field is not null)
            {
                map.TryAdd(field, column);
            }
        }

        var missing = required.Where(f => !map.ContainsKey(f)).Select(f => aliases[f][0]).ToList();
        if (missing.Count > 0)
        {
            throw new IpCityException(InvalidCode, $"名录表头缺少: {string.Join("、", missing)}。", 400, new Dictionary<string, object?> { ["missingHeaders"] = missing });
        }

        var rows = new List<RegisterFileRow>(raw.Count);
        for (var i = 0; i < raw.Count; i++)
        {
            var cells = map.ToDictionary(m => m.Key, m => Cell(raw[i].TryGetValue(m.Value, out var v) ? v : null), StringComparer.Ordinal);
            if (cells.Values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            rows.Add(new RegisterFileRow(i + 2, cells));
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
}

/// <summary>The columns of the resolution-body list (import aliases; the export writes the first alias of each).</summary>
internal static class ResolutionBodyFile
{
    public static readonly IReadOnlyDictionary<string, string[]> Headers = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["name"] = ["名称", "机构名称"],
        ["kind"] = ["类型", "机构类型"],
        ["districtCode"] = ["服务区域代码", "行政区划代码", "区县", "所属区县", "district"],
        ["address"] = ["地址"],
        ["contact"] = ["联系人"],
        ["phone"] = ["联系电话", "电话"],
        ["fields"] = ["领域", "业务领域"],
        ["active"] = ["启用", "是否启用", "状态"],
    };

    public static readonly IReadOnlyList<string> Required = ["name", "kind", "districtCode"];

    public static readonly IReadOnlyList<string> ExportHeader = ["名称", "类型", "服务区域代码", "服务区域", "地址", "联系人", "联系电话", "领域", "启用"];

    public static Contracts.ResolutionBodyRequest ToRequest(RegisterFileRow row, Overseas.FieldProblems problems) => new(
        row["name"] ?? string.Empty,
        row["kind"] ?? string.Empty,
        row["districtCode"] ?? string.Empty,
        row["address"],
        row["contact"],
        row["phone"],
        Overseas.RegisterText.Split(row["fields"]).ToList(),
        Flag(row["active"], problems));

    private static bool Flag(string? value, Overseas.FieldProblems problems)
    {
        switch (value?.Trim().ToUpperInvariant())
        {
            case null or "" or "是" or "启用" or "有效" or "TRUE" or "1" or "Y" or "YES":
                return true;
            case "否" or "停用" or "无效" or "FALSE" or "0" or "N" or "NO":
                return false;
            default:
                problems.Add("active", $"“{value}” 不是有效的启用标志 (是 / 否)。");
                return true;
        }
    }
}

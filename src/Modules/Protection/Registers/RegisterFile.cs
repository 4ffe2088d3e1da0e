using IpCity.BuildingBlocks.Import;

namespace IpCity.Protection.Registers;

/// <summary>The registers' lists (.xlsx or .csv), read through the shared sheet reader.</summary>
internal static class RegisterFile
{
    public const string InvalidCode = "REGISTER_FILE_INVALID";
    public const int MaxRows = 5000;

    public static IReadOnlyList<SheetRow> Read(string path, IReadOnlyDictionary<string, string[]> aliases, IReadOnlyList<string> required) =>
        SheetReader.Read(path, aliases, required, new SheetOptions(InvalidCode, MaxRows, "名录文件", AllowCsv: true));
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

    public static Contracts.ResolutionBodyRequest ToRequest(SheetRow row, Overseas.FieldProblems problems) => new(
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

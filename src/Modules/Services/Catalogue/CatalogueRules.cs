using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using IpCity.BuildingBlocks.Errors;
using IpCity.Organisations.Contracts;
using IpCity.Services.Contracts;

namespace IpCity.Services.Catalogue;

/// <summary>Settings of the catalogue area (configuration section "Services").</summary>
internal sealed class CatalogueSettings
{
    /// <summary>"Services:Requests:DueSoonDays": an open request due within this many calendar days is DueSoon (default 2).</summary>
    public int DueSoonDays { get; init; } = 2;

    /// <summary>
    /// "Services:Catalogue:LoadStarterOnFirstUse": load the STARTER list on the first read (catalogue, outlets, a request)
    /// while the catalogue has never held an item (default true). An import or a new item before any read means the
    /// office has its own list: no starter is loaded then.
    /// </summary>
    public bool LoadStarterOnFirstUse { get; init; } = true;

    /// <summary>"Services:Catalogue:StarterPath": the starter file (default reference/services/catalogue-starter.json beside the application).</summary>
    public string StarterPath { get; init; } = Path.Combine(AppContext.BaseDirectory, "reference", "services", "catalogue-starter.json");
}

/// <summary>Field problems of one input row (the API answers them as one 400; imports report them per row).</summary>
internal sealed class FieldProblems
{
    private readonly List<CatalogueImportIssue> _items = [];

    public IReadOnlyList<CatalogueImportIssue> Items => _items;

    public bool Any => _items.Count > 0;

    public void Add(string field, string? value, string reason) => _items.Add(new CatalogueImportIssue(0, field, value, reason));

    public string? Text(string? value, string field, string label, int max, bool required = false)
    {
        var v = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (v is null)
        {
            if (required)
            {
                Add(field, value, $"请填写{label}。");
            }

            return null;
        }

        if (v.Length > max)
        {
            Add(field, v[..Math.Min(v.Length, 50)], $"{label}不超过 {max.ToString(CultureInfo.InvariantCulture)} 字。");
            return null;
        }

        if (v.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
        {
            Add(field, null, $"{label}含有控制字符。");
            return null;
        }

        return v;
    }

    /// <summary>One 400 with every problem: code, message and details.issues = [{field, value, reason}].</summary>
    public void ThrowIfAny(string code, string message)
    {
        if (Any)
        {
            throw new IpCityException(code, message + " " + string.Join("; ", _items.Select(i => i.Reason)), 400, new Dictionary<string, object?>
            {
                ["field"] = _items[0].Field,
                ["issues"] = _items.Select(i => new Dictionary<string, object?> { ["field"] = i.Field, ["value"] = i.Value, ["reason"] = i.Reason }).ToList(),
            });
        }
    }
}

/// <summary>Rules shared by the catalogue, outlets and requests: dates, parsing of codes and labels, hashing and masking.</summary>
internal static partial class CatalogueRules
{
    public const string SourceStarter = "STARTER";
    public const string SourceImport = "Import";
    public const string SourceManual = "Manual";
    public const string DefaultFee = "不收费";
    public const int MaxTimeLimit = 365;

    /// <summary>Nanchang (Asia/Shanghai, no daylight saving time): the city's date is UTC+8.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$")]
    public static partial Regex CodePattern();

    [GeneratedRegex("^1[3-9][0-9]{9}$")]
    private static partial Regex MobilePattern();

    [GeneratedRegex("^(0[0-9]{2,3}-?)?[0-9]{7,8}(-[0-9]{1,6})?$")]
    private static partial Regex LandlinePattern();

    [GeneratedRegex("^(400|800)-?[0-9]{3}-?[0-9]{4}$")]
    private static partial Regex ServiceLinePattern();

    [GeneratedRegex("(?<![0-9])1[3-9][0-9]{9}(?![0-9])")]
    private static partial Regex MobileInText();

    public static string? Channel(string? value) => value?.Trim() switch
    {
        null or "" => null,
        var v when ServiceChannels.All.Contains(v, StringComparer.OrdinalIgnoreCase) => ServiceChannels.All.First(c => c.Equals(v, StringComparison.OrdinalIgnoreCase)),
        "网上" or "网上办理" or "线上" or "在线" or "网办" or "网上申请" => ServiceChannels.Online,
        "窗口" or "窗口办理" or "现场" or "线下" => ServiceChannels.Window,
        "邮寄" or "邮寄办理" or "快递" => ServiceChannels.Mail,
        _ => string.Empty,
    };

    public static string? Status(string? value) => value?.Trim() switch
    {
        null or "" => null,
        var v when ServiceItemStatuses.All.Contains(v, StringComparer.OrdinalIgnoreCase) => ServiceItemStatuses.All.First(c => c.Equals(v, StringComparison.OrdinalIgnoreCase)),
        "在办" or "有效" or "启用" or "正常" => ServiceItemStatuses.Active,
        "暂停" or "暂停办理" => ServiceItemStatuses.Suspended,
        "取消" or "已取消" or "废止" => ServiceItemStatuses.Abolished,
        _ => string.Empty,
    };

    public static string? TimeUnit(string? value) => value?.Trim() switch
    {
        null or "" => null,
        var v when ServiceTimeLimitUnits.All.Contains(v, StringComparer.OrdinalIgnoreCase) => ServiceTimeLimitUnits.All.First(c => c.Equals(v, StringComparison.OrdinalIgnoreCase)),
        "工作日" or "个工作日" => ServiceTimeLimitUnits.WorkingDays,
        "日" or "天" or "自然日" or "日历日" => ServiceTimeLimitUnits.Days,
        _ => string.Empty,
    };

    public static string? OutletKind(string? value) => value?.Trim() switch
    {
        null or "" => null,
        var v when ServiceOutletKinds.All.Contains(v, StringComparer.OrdinalIgnoreCase) => ServiceOutletKinds.All.First(c => c.Equals(v, StringComparison.OrdinalIgnoreCase)),
        "知识产权保护中心" or "保护中心" => ServiceOutletKinds.ProtectionCentre,
        "TISC" or "技术与创新支持中心" or "技术与创新支持中心 (TISC)" or "技术与创新支持中心(TISC)" => ServiceOutletKinds.Tisc,
        "高校国家知识产权信息服务中心" or "高校知识产权信息服务中心" => ServiceOutletKinds.UniversityInfoCentre,
        "维权援助工作站" or "维权援助" or "知识产权维权援助工作站" => ServiceOutletKinds.RightsAidStation,
        "商标受理窗口" or "商标受理" => ServiceOutletKinds.TrademarkWindow,
        "其他" => ServiceOutletKinds.Other,
        _ => string.Empty,
    };

    /// <summary>A list cell: items split on new lines, '|', '；', ';', '、' (materials also keep commas inside an item).</summary>
    public static IReadOnlyList<string> SplitList(string? value, bool commas = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [];
        }

        char[] separators = commas ? ['\n', '\r', '|', '；', ';', '、', ',', '，'] : ['\n', '\r', '|', '；', ';'];
        return value.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
    }

    public static IReadOnlyList<string> Lines(string stored) =>
        string.IsNullOrEmpty(stored) ? [] : stored.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static IReadOnlyList<string> Bars(string stored) =>
        string.IsNullOrEmpty(stored) ? [] : stored.Split('|', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A contact or outlet phone: a mobile (11 digits), a landline (0791-86xxxxxx) or a 400/800 line; spaces removed.</summary>
    public static string? Phone(string? value, FieldProblems problems, string field, bool required)
    {
        var v = value is null ? null : new string(value.Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (string.IsNullOrEmpty(v))
        {
            if (required)
            {
                problems.Add(field, value, "请填写联系电话。");
            }

            return null;
        }

        if (!(MobilePattern().IsMatch(v) || LandlinePattern().IsMatch(v) || ServiceLinePattern().IsMatch(v)))
        {
            problems.Add(field, v.Length > 20 ? v[..20] : v, "电话格式不正确 (手机 11 位, 或固定电话如 0791-86123456)。");
            return null;
        }

        return v;
    }

    public static bool IsMobile(string value) => MobilePattern().IsMatch(value);

    /// <summary>SECURITY.md P4: a mobile as 3 + 4 × * + 4 (138****5678); another number keeps its first 3 and last 4 characters.</summary>
    public static string MaskPhone(string phone)
    {
        var v = phone.Trim();
        return v.Length <= 7 ? new string('*', v.Length) : string.Concat(v.AsSpan(0, 3), new string('*', v.Length - 7), v.AsSpan(v.Length - 4));
    }

    /// <summary>Mobile numbers inside free text masked (outlet phones shown to the public, notes).</summary>
    public static string? MaskMobilesIn(string? text) => text is null ? null : MobileInText().Replace(text, m => MaskPhone(m.Value));

    /// <summary>张三 → 张*, 欧阳小明 → 欧***.</summary>
    public static string MaskName(string name)
    {
        var v = name.Trim();
        var info = new StringInfo(v);
        return info.LengthInTextElements <= 1 ? "*" : info.SubstringByTextElements(0, 1) + new string('*', info.LengthInTextElements - 1);
    }

    public static string Hash(params string?[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\u001f", parts.Select(p => p ?? "\u0000")))));

    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseDay(string? value)
    {
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v))
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日"];
        return DateOnly.TryParseExact(v, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : DateOnly.MinValue;
    }
}

/// <summary>
/// The org units the catalogue names (per scope): the responsible unit of an item (any unit in force) and an outlet's
/// county-level district; names of historical units are still resolved for display.
/// </summary>
internal sealed class CatalogueUnits
{
    private readonly IOrgUnitDirectory _units;
    private readonly TimeProvider _clock;
    private IReadOnlyList<OrgUnitDto>? _all;

    public CatalogueUnits(IOrgUnitDirectory units, TimeProvider clock)
    {
        _units = units;
        _clock = clock;
    }

    /// <summary>Every unit (historical ones included), streets left out.</summary>
    public async Task<IReadOnlyList<OrgUnitDto>> AllAsync(CancellationToken ct) => _all ??= await _units.GetUnitsAsync(null, false, ct);

    private async Task<IEnumerable<OrgUnitDto>> InForceAsync(CancellationToken ct)
    {
        var today = CatalogueRules.Today(_clock);
        return (await AllAsync(ct)).Where(u => (u.ValidFrom is null || u.ValidFrom <= today) && (u.ValidTo is null || u.ValidTo >= today));
    }

    /// <summary>The county-level units in force (districts and counties), in code order: the map's areas.</summary>
    public async Task<IReadOnlyList<OrgUnitDto>> CountiesAsync(CancellationToken ct) =>
        (await InForceAsync(ct)).Where(u => u.Kind is "District" or "County").OrderBy(u => u.Code, StringComparer.Ordinal).ToList();

    /// <summary>A unit in force today by code, name or short name.</summary>
    public async Task<OrgUnitDto?> FindAsync(string? codeOrName, CancellationToken ct)
    {
        var v = codeOrName?.Trim();
        if (string.IsNullOrEmpty(v))
        {
            return null;
        }

        var all = (await InForceAsync(ct)).ToList();
        return all.FirstOrDefault(u => u.Code == v) ?? all.FirstOrDefault(u => u.Name == v || u.ShortName == v);
    }

    public async Task<string> NameAsync(string code, CancellationToken ct) => (await AllAsync(ct)).FirstOrDefault(u => u.Code == code)?.Name ?? code;

    /// <summary>A responsible unit: the city or any unit in force below it (streets excluded), by code or name.</summary>
    public async Task<string> ResponsibleAsync(string? value, FieldProblems problems, string field, CancellationToken ct)
    {
        var unit = await FindAsync(value, ct);
        if (unit is null)
        {
            problems.Add(field, value, string.IsNullOrWhiteSpace(value) ? "请填写责任单位 (市局或区县的行政区划代码)。" : $"未知的责任单位 “{value.Trim()}” (须为现行单位)。");
            return string.Empty;
        }

        return unit.Code;
    }

    /// <summary>An outlet's district: a county-level unit in force (district or county), by code or name.</summary>
    public async Task<string> DistrictAsync(string? value, FieldProblems problems, string field, CancellationToken ct)
    {
        var unit = await FindAsync(value, ct);
        if (unit is null || unit.Kind is not ("District" or "County"))
        {
            problems.Add(field, value, string.IsNullOrWhiteSpace(value) ? "请填写所在区县。" : $"“{value.Trim()}” 不是现行的县级行政区 (区/县)。");
            return string.Empty;
        }

        return unit.Code;
    }

    /// <summary>A district officer's unit and everything below it.</summary>
    public async Task<IReadOnlySet<string>> ScopeAsync(string? unitCode, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(unitCode) ? new HashSet<string>() : await _units.GetSubtreeAsync(unitCode, ct);
}

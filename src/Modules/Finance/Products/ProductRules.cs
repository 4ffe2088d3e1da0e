using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Finance.Contracts;
using IpCity.IpData.Contracts;
using IpCity.Organisations.Contracts;

namespace IpCity.Finance.Products;

/// <summary>Seeds, defaults and arithmetic of the Products area.</summary>
internal static class ProductRules
{
    /// <summary>
    /// Default share of the outstanding loss the fund compensates: 0.4 (UNCONFIRMED, general practice of city funds;
    /// the city office sets the value per year, and every claim stores the value it was computed with).
    /// </summary>
    public const decimal DefaultShare = 0.4m;

    /// <summary>Default per-loan ceiling of the compensation: 500 万元 (UNCONFIRMED; per-year parameter).</summary>
    public const decimal DefaultCeilingWan = 500m;

    public static IEnumerable<InsuranceKind> DefaultInsuranceKinds() =>
    [
        new() { Code = InsuranceKindCodes.PatentEnforcement, Name = "专利执行保险", SortOrder = 10 },
        new() { Code = InsuranceKindCodes.PatentInfringementLoss, Name = "专利被侵权损失保险", SortOrder = 20 },
        new() { Code = InsuranceKindCodes.InfringementLiability, Name = "侵权责任保险", SortOrder = 30 },
        new() { Code = InsuranceKindCodes.PledgeFinancingGuarantee, Name = "知识产权质押融资保证保险", SortOrder = 40 },
        new() { Code = InsuranceKindCodes.OverseasInfringementLiability, Name = "海外侵权责任险", SortOrder = 50 },
        new() { Code = InsuranceKindCodes.TrademarkInfringementLoss, Name = "商标被侵权损失保险", SortOrder = 60 },
    ];

    /// <summary>min(outstanding loss × share, ceiling), rounded to 0.0001 万元 (1 元); Capped when the ceiling applied.</summary>
    public static (decimal Amount, bool Capped) Compensable(decimal outstandingLossWan, decimal share, decimal ceilingWan)
    {
        var raw = Math.Round(outstandingLossWan * share, 4, MidpointRounding.AwayFromZero);
        return raw > ceilingWan ? (ceilingWan, true) : (raw, false);
    }

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), ChinaTime).DateTime);

    private static TimeZoneInfo ChinaTime { get; } = FindChinaTime();

    private static TimeZoneInfo FindChinaTime()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("UTC+8", TimeSpan.FromHours(8), "UTC+8", "UTC+8");
        }
    }

    /// <summary>Lower-case hex SHA-256 of the parts joined by U+001F.</summary>
    public static string Hash(params string?[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts.Select(p => p ?? string.Empty)))));

    public static string Amount(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    public static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>Upper-case credit code without spaces.</summary>
    public static string NormaliseCode(string? code) => (code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Trim().ToUpperInvariant();

    public static bool ValidCreditCode(string code) => CreditCodes.IsValid(code);

    /// <summary>Officers only (city, district, department).</summary>
    public static void RequireOfficer(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsOfficer)
        {
            throw new IpCityException("FINANCE_OFFICER_ONLY", "仅市局、区县和部门人员可查看。", 403);
        }
    }

    /// <summary>City or district officers (a district officer needs a unit).</summary>
    public static void RequireWriter(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsCity && !(actor.IsDistrict && actor.UnitCode is { Length: > 0 }))
        {
            throw new IpCityException("FINANCE_WRITER_ROLE", "仅市局或区县人员可登记。", 403);
        }
    }

    public static void RequireCity(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsCity)
        {
            throw new IpCityException("FINANCE_CITY_ONLY", "此操作须由市局人员办理。", 403);
        }
    }

    public static AuditEntry Denied(Actor actor, string objectType, string id) =>
        new(AuditEvents.AccessDenied, AuditOutcome.Denied, objectType, id, $"role={actor.Role} unit={actor.UnitCode ?? "-"}: outside the actor's view or does not exist");
}

/// <summary>
/// Field problems of one request or import row: a request with problems is refused (400, the first problem as the
/// message, all in the details); an import row with problems is reported (row, field, value, reason) and skipped.
/// </summary>
internal sealed class ProductProblems
{
    private readonly List<(string Field, string? Value, string Reason)> _items = [];

    public bool Any => _items.Count > 0;

    public IReadOnlyList<(string Field, string? Value, string Reason)> Items => _items;

    public void Add(string field, string? value, string reason) => _items.Add((field, value, reason));

    public bool Has(string field) => _items.Any(i => i.Field == field);

    public IpCityException ToException(string code) => new(
        code,
        _items[0].Reason,
        400,
        new Dictionary<string, object?>
        {
            ["field"] = _items[0].Field,
            ["errors"] = _items.Select(i => new Dictionary<string, string?> { ["field"] = i.Field, ["value"] = i.Value, ["reason"] = i.Reason }).ToList(),
        });

    public string Text(string? value, string field, string label, int max, bool required = true)
    {
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v))
        {
            if (required)
            {
                Add(field, value, $"请填写{label}。");
            }

            return string.Empty;
        }

        if (v.Length > max)
        {
            Add(field, v[..Math.Min(v.Length, 50)], $"{label}超过 {max.ToString(CultureInfo.InvariantCulture)} 字。");
        }

        return v;
    }

    public string? Optional(string? value, string field, string label, int max)
    {
        var v = Text(value, field, label, max, required: false);
        return v.Length == 0 ? null : v;
    }

    public string CreditCode(string? value, string field)
    {
        var code = ProductRules.NormaliseCode(value);
        if (code.Length == 0)
        {
            Add(field, value, "请填写统一社会信用代码。");
        }
        else if (!ProductRules.ValidCreditCode(code))
        {
            Add(field, value, "统一社会信用代码不正确 (18 位, GB 32100 校验位)。");
        }

        return code;
    }

    /// <summary>A non-negative amount with at most 4 decimals; <paramref name="positive"/> refuses zero.</summary>
    public decimal Amount(decimal? value, string field, string label, bool positive, decimal max = 100_000_000m)
    {
        if (value is not { } v)
        {
            Add(field, null, $"请填写{label}。");
            return 0;
        }

        if (v < 0 || (positive && v == 0) || v > max || v != Math.Round(v, 4))
        {
            Add(field, ProductRules.Amount(v), $"{label}须为{(positive ? "大于 0" : "不小于 0")}的数 (最多 4 位小数)。");
        }

        return v;
    }
}

/// <summary>District look-up through the org-unit directory (per request): a county-level unit or functional zone by code or name.</summary>
internal sealed class ProductDistricts
{
    private readonly IOrgUnitDirectory _units;
    private IReadOnlyList<OrgUnitDto>? _all;

    public ProductDistricts(IOrgUnitDirectory units)
    {
        _units = units;
    }

    public async Task<OrgUnitDto?> FindAsync(string? codeOrName, CancellationToken ct)
    {
        var v = codeOrName?.Trim();
        if (string.IsNullOrEmpty(v))
        {
            return null;
        }

        _all ??= (await _units.GetUnitsAsync(null, false, ct)).Where(u => u.Kind != "Municipality").ToList();
        return _all.FirstOrDefault(u => u.Code == v) ?? _all.FirstOrDefault(u => u.Name == v || u.ShortName == v);
    }

    public async Task<string?> NameAsync(string code, CancellationToken ct) => (await FindAsync(code, ct))?.Name;

    /// <summary>The district's code; a problem when unknown, or when a district officer names another district.</summary>
    public async Task<string> CodeAsync(Actor actor, string? codeOrName, ProductProblems problems, string field, CancellationToken ct)
    {
        var unit = await FindAsync(codeOrName, ct);
        if (unit is null)
        {
            problems.Add(field, codeOrName, string.IsNullOrWhiteSpace(codeOrName) ? "请填写所属区县 (行政区划代码或名称)。" : "未知的区县。");
            return string.Empty;
        }

        if (actor.IsDistrict && unit.Code != actor.UnitCode)
        {
            problems.Add(field, codeOrName, "区县人员只能登记本区县的企业。");
        }

        return unit.Code;
    }

    /// <summary>The code of a district filter; unknown → 400 UNKNOWN_ORG_UNIT.</summary>
    public async Task<string?> FilterAsync(string? codeOrName, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(codeOrName))
        {
            return null;
        }

        var unit = await FindAsync(codeOrName, ct)
            ?? throw new IpCityException(ErrorCodes.UnknownOrgUnit, "未知的区县。", 400, new Dictionary<string, object?> { ["field"] = "district" });
        return unit.Code;
    }
}

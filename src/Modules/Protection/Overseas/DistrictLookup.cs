using IpCity.BuildingBlocks.Errors;
using IpCity.Organisations.Contracts;

namespace IpCity.Protection.Overseas;

/// <summary>Org units for the registers (per request): a district by code or name, its name, and a district officer's subtree.</summary>
internal sealed class DistrictLookup
{
    private readonly IOrgUnitDirectory _units;
    private IReadOnlyList<OrgUnitDto>? _all;

    public DistrictLookup(IOrgUnitDirectory units)
    {
        _units = units;
    }

    /// <summary>The unit in force (no streets) with that code, name or short name; null when none.</summary>
    public async Task<OrgUnitDto?> FindAsync(string? codeOrName, CancellationToken ct)
    {
        var v = codeOrName?.Trim();
        if (string.IsNullOrEmpty(v))
        {
            return null;
        }

        _all ??= await _units.GetUnitsAsync(null, false, ct);
        return _all.FirstOrDefault(u => u.Code == v) ?? _all.FirstOrDefault(u => u.Name == v || u.ShortName == v);
    }

    public async Task<string?> NameAsync(string code, CancellationToken ct) => (await FindAsync(code, ct))?.Name;

    /// <summary>The district's code (checked through the org-unit directory); a problem when unknown.</summary>
    public async Task<string> CodeAsync(string? codeOrName, FieldProblems problems, string field, CancellationToken ct)
    {
        var unit = await FindAsync(codeOrName, ct);
        if (unit is null)
        {
            problems.Add(field, string.IsNullOrWhiteSpace(codeOrName) ? "请填写服务区域 (行政区划代码)。" : $"未知的行政区划 “{codeOrName.Trim()}”。");
            return string.Empty;
        }

        return unit.Code;
    }

    /// <summary>The district officer's unit and everything below it.</summary>
    public async Task<IReadOnlySet<string>> ScopeAsync(string? unitCode, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(unitCode) ? new HashSet<string>() : await _units.GetSubtreeAsync(unitCode, ct);

    /// <summary>An unknown unit in a filter: refused with UNKNOWN_ORG_UNIT.</summary>
    public static IpCityException Unknown(string value) =>
        new(ErrorCodes.UnknownOrgUnit, $"未知的行政区划 “{value}”。", 400, new Dictionary<string, object?> { ["field"] = "district" });
}

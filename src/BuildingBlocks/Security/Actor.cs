using System.Security.Claims;

namespace IpCity.BuildingBlocks.Security;

/// <summary>
/// Who acts on a module's records, from the sign-in claims: the highest business role (CityOfficer,
/// DistrictOfficer, DeptOfficer, Enterprise; "Other" for administrators, "Public" when anonymous), the unit a
/// district or department officer belongs to, the enterprise (统一社会信用代码) an Enterprise account acts
/// for, and the security labels it holds. Modules scope every read and write by it.
/// </summary>
public sealed record Actor(string Name, string Role, string? UnitCode, string? EnterpriseCode, IReadOnlyList<string> Labels)
{
    private static readonly string[] s_order = [Roles.CityOfficer, Roles.DistrictOfficer, Roles.DeptOfficer, Roles.Enterprise];

    public static Actor From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var role = s_order.FirstOrDefault(user.IsInRole) ?? (user.Identity?.IsAuthenticated == true ? "Other" : Roles.Public);
        return new Actor(
            user.Identity?.Name ?? "anonymous",
            role,
            user.FindFirst(Policies.UnitClaim)?.Value,
            user.FindFirst(Policies.EnterpriseClaim)?.Value,
            user.FindAll(Policies.LabelClaim).Select(c => c.Value).ToList());
    }

    /// <summary>The CLI and background jobs: acts as the city office.</summary>
    public static Actor System(string name) => new(name, Roles.CityOfficer, null, null, []);

    public bool IsCity => Role == Roles.CityOfficer;

    public bool IsDistrict => Role == Roles.DistrictOfficer;

    public bool IsDept => Role == Roles.DeptOfficer;

    public bool IsEnterprise => Role == Roles.Enterprise;

    public bool IsOfficer => Role is Roles.CityOfficer or Roles.DistrictOfficer or Roles.DeptOfficer;

    public bool Holds(string label) => Labels.Contains(label, StringComparer.Ordinal);
}

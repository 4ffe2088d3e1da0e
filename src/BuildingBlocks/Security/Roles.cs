namespace IpCity.BuildingBlocks.Security;

/// <summary>
/// The platform roles. Public is the anonymous visitor and never an account role. The three
/// administrators are separated (三权分立): an account holds at most one of them and no business role.
/// </summary>
public static class Roles
{
    public const string Public = "Public";
    public const string Enterprise = "Enterprise";
    public const string DistrictOfficer = "DistrictOfficer";
    public const string DeptOfficer = "DeptOfficer";
    public const string CityOfficer = "CityOfficer";
    public const string SysAdmin = "SysAdmin";
    public const string SecAdmin = "SecAdmin";
    public const string AuditAdmin = "AuditAdmin";

    public static readonly IReadOnlyList<string> AccountRoles =
        [Enterprise, DistrictOfficer, DeptOfficer, CityOfficer, SysAdmin, SecAdmin, AuditAdmin];

    public static readonly IReadOnlyList<string> All = [Public, .. AccountRoles];

    public static readonly IReadOnlySet<string> Admins = new HashSet<string>(StringComparer.Ordinal) { SysAdmin, SecAdmin, AuditAdmin };

    public static bool IsAdmin(string role) => Admins.Contains(role);

    public static bool IsKnown(string role) => AccountRoles.Contains(role);
}

/// <summary>Authorization policy names that modules put on their endpoints. The host defines them.</summary>
public static class Policies
{
    /// <summary>Any signed-in account that has finished its second factor where one is required.</summary>
    public const string SignedIn = "SignedIn";
    public const string Officer = "Officer";
    public const string CityOfficer = "CityOfficer";
    public const string SysAdmin = "SysAdmin";
    public const string SecAdmin = "SecAdmin";
    public const string AuditAdmin = "AuditAdmin";
    public const string Enterprise = "Enterprise";

    /// <summary>May upload data files for import: CityOfficer and DistrictOfficer.</summary>
    public const string DataImporter = "DataImporter";

    /// <summary>Handles protection cases: CityOfficer and DistrictOfficer.</summary>
    public const string CaseHandler = "CaseHandler";

    /// <summary>Reads protection cases within their scope: CityOfficer, DistrictOfficer and Enterprise (its own cases).</summary>
    public const string CaseReader = "CaseReader";

    /// <summary>Reads business registers within their scope: the three officer roles and Enterprise (its own records); never the administrators.</summary>
    public const string BusinessReader = "BusinessReader";

    /// <summary>Claim set on a sign-in once its TOTP code was verified.</summary>
    public const string MfaClaim = "ipcity:mfa";
    public const string SessionClaim = "ipcity:sid";
    public const string UnitClaim = "ipcity:unit";

    /// <summary>The enterprise (统一社会信用代码) an Enterprise account acts for.</summary>
    public const string EnterpriseClaim = "ipcity:enterprise";

    /// <summary>A security label the account holds (one claim per label), e.g. <see cref="Labels.Confidential"/>.</summary>
    public const string LabelClaim = "ipcity:label";

    /// <summary>Set while the account's password is past its maximum age: only a password change is allowed.</summary>
    public const string PasswordExpiredClaim = "ipcity:pwd-expired";
}

/// <summary>
/// Security labels (密级标识) granted to accounts by the security administrator: a record carrying a label is
/// visible only to accounts holding it, on top of their role and unit.
/// </summary>
public static class Labels
{
    /// <summary>涉密/敏感案件: confidential cases of the protection register.</summary>
    public const string Confidential = "Confidential";

    public static readonly IReadOnlyList<string> All = [Confidential];

    public static bool IsKnown(string label) => All.Contains(label);

    /// <summary>The labels of a stored comma-separated list (unknown or empty entries dropped).</summary>
    public static IReadOnlyList<string> Parse(string? stored) =>
        string.IsNullOrWhiteSpace(stored) ? [] : stored.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(IsKnown).Distinct(StringComparer.Ordinal).ToList();
}

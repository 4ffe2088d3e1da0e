namespace IpCity.Access.Contracts;

public sealed record AuditVerifyResult(bool Ok, long RowsVerified, long? FirstBrokenSeq, string? Problem);

/// <summary>Checks the audit chain (SECURITY.md spec 26).</summary>
public interface IAuditVerifier
{
    Task<AuditVerifyResult> VerifyAsync(IProgress<long>? progress = null, CancellationToken ct = default);
}

/// <summary>What a retention purge removed (or, as a dry run, would remove): every row older than the cutoff, up to and including <paramref name="ThroughSeq"/>.</summary>
public sealed record AuditPurgeResult(DateTime CutoffUtc, int RetentionDays, long Rows, long? ThroughSeq, bool DryRun);

/// <summary>
/// Removes audit rows older than the retention period (Access:Audit:RetentionDays, default 3 years, never below 180
/// days; SECURITY.md spec 26) without breaking verification: the purge is itself an audit row in the chain that
/// records where the remaining chain starts.
/// </summary>
public interface IAuditPurger
{
    Task<AuditPurgeResult> PurgeAsync(bool dryRun, CancellationToken ct = default);
}

public sealed record AuditEventDto(
    long Seq,
    DateTime OccurredAtUtc,
    string? ActorId,
    string? ActorName,
    string? Role,
    string? UnitCode,
    string? ClientIp,
    string EventType,
    string? ObjectType,
    string? ObjectId,
    string Outcome,
    string? TraceId,
    string? Detail,
    string Hash);

public sealed record AuditQuery(
    DateTime? FromUtc = null,
    DateTime? ToUtc = null,
    string? Actor = null,
    string? EventType = null,
    string? Outcome = null,
    string? ObjectId = null,
    int Page = 1,
    int PageSize = 50);

public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total);

public interface IAuditQueries
{
    Task<Paged<AuditEventDto>> QueryAsync(AuditQuery query, CancellationToken ct = default);

    /// <summary>All matching rows in order (for export), unpaged.</summary>
    IAsyncEnumerable<AuditEventDto> StreamAsync(AuditQuery query, CancellationToken ct = default);
}

public sealed record UserDto(
    Guid Id,
    string UserName,
    string DisplayName,
    IReadOnlyList<string> Roles,
    string? UnitCode,
    string? Department,
    string? EnterpriseCode,
    bool IsDisabled,
    bool TotpEnrolled,
    DateTime? LockedUntilUtc,
    DateTime CreatedAtUtc,
    bool IsDemo,
    IReadOnlyList<string>? Labels = null);

public sealed record CreateUserRequest(
    string UserName,
    string DisplayName,
    string Role,
    string? Password = null,
    string? UnitCode = null,
    string? Department = null,
    string? EnterpriseCode = null,
    string? PhoneNumber = null,
    IReadOnlyList<string>? Labels = null);

/// <summary>The security labels an account holds (replaces the set).</summary>
public sealed record SetLabelsRequest(IReadOnlyList<string> Labels);

/// <summary>A created account. The password (when generated) and TOTP seed are shown once and never stored in clear.</summary>
public sealed record CreatedUser(UserDto User, string? GeneratedPassword, string? TotpSecret, string? TotpUri);

/// <summary>Account and role administration (SecAdmin; the CLI for the first administrator and demo accounts).</summary>
public interface IAccountAdmin
{
    Task<CreatedUser> CreateUserAsync(CreateUserRequest request, bool isDemo = false, CancellationToken ct = default);

    Task<IReadOnlyList<UserDto>> ListUsersAsync(CancellationToken ct = default);

    Task<UserDto> GetUserAsync(Guid id, CancellationToken ct = default);

    Task<UserDto> GrantRoleAsync(Guid id, string role, CancellationToken ct = default);

    Task<UserDto> RevokeRoleAsync(Guid id, string role, CancellationToken ct = default);

    Task<UserDto> SetDisabledAsync(Guid id, bool disabled, CancellationToken ct = default);

    /// <summary>Sets the account's security labels (e.g. Confidential); unknown labels are refused, the change audited.</summary>
    Task<UserDto> SetLabelsAsync(Guid id, IReadOnlyList<string> labels, CancellationToken ct = default);

    /// <summary>
    /// Sets a new password (generated when none is given) and returns it once. By default it is a one-time
    /// password that must be changed at the next sign-in.
    /// </summary>
    Task<string> ResetPasswordAsync(Guid id, string? newPassword = null, bool mustChange = true, CancellationToken ct = default);

    Task<bool> AnyAdministratorAsync(CancellationToken ct = default);
}

public sealed record SignInOutcome(Guid UserId, Guid SessionId, string UserName, IReadOnlyList<string> Roles, bool TotpRequired, bool PasswordExpired);

/// <summary>Sign-in logic behind the login page and the login API.</summary>
public interface ISignInService
{
    Task<SignInOutcome> PasswordSignInAsync(string userName, string password, string? totpCode, CancellationToken ct = default);

    Task VerifyTotpAsync(Guid sessionId, string code, CancellationToken ct = default);

    Task SignOutAsync(Guid sessionId, CancellationToken ct = default);

    Task ChangePasswordAsync(Guid userId, string currentPassword, string newPassword, CancellationToken ct = default);

    /// <summary>The principal to put in the sign-in cookie: only the user and the server-side session id.</summary>
    System.Security.Claims.ClaimsPrincipal CookiePrincipal(SignInOutcome outcome);
}

namespace IpCity.BuildingBlocks.Auditing;

public enum AuditOutcome
{
    Success,
    Failure,
    Denied,
}

/// <summary>
/// One auditable event. Never put passwords, TOTP codes, full ID or mobile numbers in it. The actor comes
/// from the request; <paramref name="ActorName"/>/<paramref name="ActorId"/> name it where the request has
/// no signed-in user yet (sign-in attempts).
/// </summary>
public sealed record AuditEntry(
    string EventType,
    AuditOutcome Outcome,
    string? ObjectType = null,
    string? ObjectId = null,
    string? Detail = null,
    string? ActorName = null,
    string? ActorId = null);

/// <summary>
/// Append-only, hash-chained audit trail (SECURITY.md specs 25-26). Implemented by the Access module.
/// Writes fail closed: a failed write throws, so the caller's change does not happen.
/// </summary>
public interface IAuditTrail
{
    Task RecordAsync(AuditEntry entry, CancellationToken ct = default);
}

/// <summary>Well-known audit event types.</summary>
public static class AuditEvents
{
    public const string LoginSucceeded = "LoginSucceeded";
    public const string LoginFailed = "LoginFailed";
    public const string AccountLocked = "AccountLocked";
    public const string Logout = "Logout";
    public const string TotpFailed = "TotpFailed";
    public const string TotpVerified = "TotpVerified";
    public const string AccessDenied = "AccessDenied";
    public const string UserCreated = "UserCreated";
    public const string UserDisabled = "UserDisabled";
    public const string UserEnabled = "UserEnabled";
    public const string RoleGranted = "RoleGranted";
    public const string RoleRevoked = "RoleRevoked";
    public const string PasswordChanged = "PasswordChanged";
    public const string PasswordReset = "PasswordReset";
    public const string AuditQueried = "AuditQueried";
    public const string AuditVerified = "AuditVerified";
    public const string AuditPurged = "AuditPurged";
    public const string AttachmentsSwept = "AttachmentsSwept";
    public const string SealedFieldsVerified = "SealedFieldsVerified";
    public const string DataIntegrityFailed = "DataIntegrityFailed";
    public const string Exported = "Exported";
    public const string ProfileLoaded = "ProfileLoaded";
    public const string DemoLoaded = "DemoLoaded";
    public const string DatabaseMigrated = "DatabaseMigrated";
    public const string BackupCompleted = "BackupCompleted";
    public const string BackupFailed = "BackupFailed";
    public const string RestoreCompleted = "RestoreCompleted";

    /// <summary>A restore into a scratch location to prove backups restore (the restore-test record GB/T 28448 asks for).</summary>
    public const string RestoreDrillCompleted = "RestoreDrillCompleted";
}

namespace IpCity.BuildingBlocks.Errors;

/// <summary>Stable error codes. Codes are part of the public API: never rename one.</summary>
public static class ErrorCodes
{
    public const string Validation = "VALIDATION_FAILED";
    public const string NotFound = "NOT_FOUND";
    public const string Internal = "INTERNAL_ERROR";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string InvalidCredentials = "INVALID_CREDENTIALS";
    public const string AccountLocked = "ACCOUNT_LOCKED";
    public const string AccountDisabled = "ACCOUNT_DISABLED";
    public const string TotpRequired = "TOTP_REQUIRED";
    public const string TotpInvalid = "TOTP_INVALID";
    public const string PasswordChangeRequired = "PWD_EXPIRED";
    public const string PasswordTooShort = "PWD_TOO_SHORT";
    public const string PasswordClasses = "PWD_CLASSES";
    public const string PasswordCommon = "PWD_COMMON";
    public const string PasswordContext = "PWD_CONTEXT";
    public const string PasswordReused = "PWD_REUSED";
    public const string PasswordTooLong = "PWD_TOO_LONG";
    public const string RoleSeparation = "ROLE_SEPARATION";
    public const string UnknownRole = "UNKNOWN_ROLE";
    public const string ReservedUserName = "USERNAME_RESERVED";
    public const string DuplicateUserName = "USERNAME_TAKEN";
    public const string RateLimited = "RATE_LIMITED";
    public const string CsrfFailed = "CSRF_FAILED";
    public const string UnknownField = "UNKNOWN_FIELD";
    public const string MalformedRequest = "MALFORMED_REQUEST";
    public const string DbDurability = "DB_DURABILITY";
    public const string AuditRetentionMin = "AUDIT_RETENTION_MIN_180D";
    public const string AuditWriteFailed = "AUDIT_WRITE_FAILED";
    public const string AuditChainBroken = "AUDIT_CHAIN_BROKEN";
    /// <summary>A sealed (SM4-GCM) field failed its authentication tag: the value is never returned (SECURITY.md spec 27).</summary>
    public const string DataIntegrityFailed = "DATA_INTEGRITY_FAILED";
    public const string ProfileInvalid = "PROFILE_INVALID";
    public const string UnknownOrgUnit = "UNKNOWN_ORG_UNIT";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
}

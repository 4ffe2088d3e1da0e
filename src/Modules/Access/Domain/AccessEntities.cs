using Microsoft.AspNetCore.Identity;

namespace IpCity.Access.Domain;

/// <summary>An account. Lockout and TOTP state are ours (driven by TimeProvider), the hash is Identity's PBKDF2.</summary>
internal sealed class AppUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Org unit a DistrictOfficer is scoped to (the unit and everything below it).</summary>
    public string? UnitCode { get; set; }

    /// <summary>Member department of the leading group, for DeptOfficers.</summary>
    public string? Department { get; set; }

    /// <summary>Enterprise an Enterprise account acts for (统一社会信用代码).</summary>
    public string? EnterpriseCode { get; set; }

    /// <summary>Security labels held (comma-separated, see <see cref="IpCity.BuildingBlocks.Security.Labels"/>); granted by the SecAdmin.</summary>
    public string? Labels { get; set; }

    public bool IsDisabled { get; set; }

    public int FailedLogins { get; set; }

    public DateTime? LockedUntilUtc { get; set; }

    /// <summary>TOTP seed, SM4-GCM encrypted with its algorithm id (SECURITY.md spec 5).</summary>
    public string? TotpSecretCipher { get; set; }

    /// <summary>Last accepted TOTP time step: a code is never accepted twice.</summary>
    public long TotpLastStep { get; set; }

    public int TotpFailures { get; set; }

    public DateTime PasswordChangedAtUtc { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public bool IsDemo { get; set; }
}

internal sealed class AppRole : IdentityRole<Guid>
{
    public AppRole()
    {
    }

    public AppRole(string name)
        : base(name)
    {
    }
}

internal sealed class PasswordHistoryEntry
{
    public long Id { get; set; }

    public Guid UserId { get; set; }

    public required string PasswordHash { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>A server-side sign-in: the cookie only carries its id, so logout and disabling revoke it at once.</summary>
internal sealed class UserSession
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime LastSeenAtUtc { get; set; }

    public DateTime? RevokedAtUtc { get; set; }

    public bool MfaVerified { get; set; }

    public string? ClientIp { get; set; }
}

/// <summary>One row of the append-only, HMAC-SM3 hash-chained audit trail.</summary>
internal sealed class AuditEvent
{
    public long Seq { get; set; }

    public DateTime OccurredAtUtc { get; set; }

    public string? ActorId { get; set; }

    public string? ActorName { get; set; }

    public string? Role { get; set; }

    public string? UnitCode { get; set; }

    public string? ClientIp { get; set; }

    public required string EventType { get; set; }

    public string? ObjectType { get; set; }

    public string? ObjectId { get; set; }

    public required string Outcome { get; set; }

    public string? TraceId { get; set; }

    public string? Detail { get; set; }

    public required string PrevHash { get; set; }

    public required string Hash { get; set; }

    public required string Alg { get; set; }
}

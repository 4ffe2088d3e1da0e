using System.ComponentModel.DataAnnotations;

namespace IpCity.Access;

/// <summary>The "Access" configuration section (bound and validated by the host).</summary>
public sealed class AccessOptions
{
    public PasswordPolicyOptions Password { get; set; } = new();

    public LockoutPolicyOptions Lockout { get; set; } = new();

    public SessionPolicyOptions Session { get; set; } = new();

    public TotpPolicyOptions Totp { get; set; } = new();

    public AuditPolicyOptions Audit { get; set; } = new();

    /// <summary>Login attempts per client IP and minute before 429 (SECURITY.md spec 3).</summary>
    [Range(1, 10000)]
    public int LoginPerMinutePerIp { get; set; } = 30;

    /// <summary>Cookies get the __Host- prefix and Secure when true (serve over TLS; the demo on http://127.0.0.1 sets false).</summary>
    public bool SecureCookies { get; set; } = true;
}

public enum PasswordProfile
{
    /// <summary>等保 profile (SECURITY.md P1): composition rules, 90-day age, history of 5, plus the ASVS checks.</summary>
    Dengbao,

    /// <summary>ASVS-only: no composition rules and no forced rotation; blocklist and length checks stay.</summary>
    Asvs,
}

public sealed class PasswordPolicyOptions
{
    public PasswordProfile Profile { get; set; } = PasswordProfile.Dengbao;

    [Range(8, 64)]
    public int MinLength { get; set; } = 8;

    [Range(12, 64)]
    public int AdminMinLength { get; set; } = 12;

    [Range(64, 1024)]
    public int MaxLength { get; set; } = 128;

    [Range(1, 4)]
    public int RequiredClasses { get; set; } = 3;

    [Range(1, 3650)]
    public int MaxAgeDays { get; set; } = 90;

    [Range(0, 24)]
    public int History { get; set; } = 5;

    public List<string> ContextWords { get; set; } = ["nanchang", "zscq", "ipcity", "知识产权", "南昌", "123456", "password", "admin"];
}

public sealed class LockoutPolicyOptions
{
    [Range(3, 10)]
    public int MaxFailures { get; set; } = 5;

    [Range(1, 1440)]
    public int Minutes { get; set; } = 15;
}

public sealed class SessionPolicyOptions
{
    /// <summary>Idle timeout: 15 minutes by default (SECURITY.md §5 and spec 4); 等保 practice is 10-30 minutes.</summary>
    [Range(5, 30)]
    public int IdleMinutes { get; set; } = 15;

    [Range(1, 24)]
    public int AbsoluteHours { get; set; } = 8;
}

public sealed class TotpPolicyOptions
{
    public bool RequiredForAdmins { get; set; } = true;

    [Range(0, 2)]
    public int AllowedDriftSteps { get; set; } = 1;

    [Range(3, 10)]
    public int MaxFailures { get; set; } = 5;

    public string Issuer { get; set; } = "IpCity";
}

public sealed class AuditPolicyOptions
{
    /// <summary>Audit retention (SECURITY.md P2): default 3 years, never below 180 days.</summary>
    public int RetentionDays { get; set; } = 1095;

    public const int MinimumRetentionDays = 180;
}

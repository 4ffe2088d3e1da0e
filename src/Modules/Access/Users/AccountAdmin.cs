using System.Security.Cryptography;
using System.Text.RegularExpressions;
using IpCity.Access.Contracts;
using IpCity.Access.Data;
using IpCity.Access.Domain;
using IpCity.Access.Passwords;
using IpCity.Access.SignIn;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IpCity.Access.Users;

/// <summary>
/// Accounts and roles. 三权分立: an account holds at most one administrator role and no business role
/// beside it (409 ROLE_SEPARATION). No account may be called admin, sa, root and the like.
/// Every change and its audit row commit together (fail closed).
/// </summary>
internal sealed partial class AccountAdmin : IAccountAdmin
{
    private static readonly HashSet<string> s_reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "admin", "administrator", "sa", "root", "system", "sysadmin", "secadmin", "auditadmin", "superuser", "guest", "test",
    };

    private readonly AccessDbContext _db;
    private readonly UserManager<AppUser> _users;
    private readonly IPasswordHasher<AppUser> _hasher;
    private readonly PasswordPolicy _policy;
    private readonly TotpCodes _totp;
    private readonly IAuditTrail _audit;
    private readonly TimeProvider _clock;
    private readonly AccessOptions _options;

    public AccountAdmin(AccessDbContext db, UserManager<AppUser> users, IPasswordHasher<AppUser> hasher, PasswordPolicy policy, TotpCodes totp, IAuditTrail audit, TimeProvider clock, IOptions<AccessOptions> options)
    {
        _db = db;
        _users = users;
        _hasher = hasher;
        _policy = policy;
        _totp = totp;
        _audit = audit;
        _clock = clock;
        _options = options.Value;
    }

    [GeneratedRegex(@"^[\p{L}\p{Nd}._@-]{2,64}$")]
    private static partial Regex UserNamePattern();

    public async Task<CreatedUser> CreateUserAsync(CreateUserRequest request, bool isDemo = false, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var userName = (request.UserName ?? string.Empty).Trim();
        if (!UserNamePattern().IsMatch(userName))
        {
            throw IpCityException.Validation("用户名须为 2-64 个字母、数字或 . _ @ - 字符。", new Dictionary<string, object?> { ["field"] = "userName" });
        }

        if (s_reserved.Contains(userName))
        {
            throw new IpCityException(ErrorCodes.ReservedUserName, $"用户名 '{userName}' 为保留名称，不能使用。", 400);
        }

        if (!Roles.IsKnown(request.Role))
        {
            throw new IpCityException(ErrorCodes.UnknownRole, $"Unknown role '{request.Role}'.", 400);
        }

        if (request.Role == Roles.DistrictOfficer && string.IsNullOrWhiteSpace(request.UnitCode))
        {
            throw IpCityException.Validation("区县用户必须指定所属单位 (unitCode)。", new Dictionary<string, object?> { ["field"] = "unitCode" });
        }

        if (request.Labels?.FirstOrDefault(l => !Labels.IsKnown(l)) is { } unknownLabel)
        {
            throw new IpCityException("LABEL_UNKNOWN", $"未知密级标识: {unknownLabel} (可用: {string.Join(", ", Labels.All)})", 400, new Dictionary<string, object?> { ["field"] = "labels" });
        }

        var normalized = _users.NormalizeName(userName);
        if (await _db.Users.AnyAsync(u => u.NormalizedUserName == normalized, ct))
        {
            throw IpCityException.Conflict(ErrorCodes.DuplicateUserName, $"用户名 '{userName}' 已存在。");
        }

        var now = _clock.GetUtcNow().UtcDateTime;
        var user = new AppUser
        {
            Id = Guid.NewGuid(),
            UserName = userName,
            NormalizedUserName = normalized,
            DisplayName = string.IsNullOrWhiteSpace(request.DisplayName) ? userName : request.DisplayName.Trim(),
            UnitCode = request.UnitCode,
            Department = request.Department,
            EnterpriseCode = request.EnterpriseCode,
            PhoneNumber = request.PhoneNumber,
            Labels = request.Labels is { Count: > 0 } labels ? string.Join(',', labels.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)) : null,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            CreatedAtUtc = now,
            PasswordChangedAtUtc = now,
            IsDemo = isDemo,
        };
        var isAdmin = Roles.IsAdmin(request.Role);
        var generated = request.Password is null ? GeneratePassword() : null;
        var password = request.Password ?? generated!;
        _policy.Validate(password, user, isAdmin, []);
        user.PasswordHash = _hasher.HashPassword(user, password);
        string? secret = null;
        if (isAdmin)
        {
            var (s, cipher) = _totp.NewSecret();
            secret = s;
            user.TotpSecretCipher = cipher;
        }

        var role = await EnsureRoleAsync(request.Role, ct);
        _db.Users.Add(user);
        _db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = role.Id });
        await using (var tx = await _db.Database.BeginTransactionAsync(ct))
        {
            await _db.SaveChangesAsync(ct);
            await _audit.RecordAsync(new AuditEntry(AuditEvents.UserCreated, AuditOutcome.Success, "User", user.Id.ToString(), $"userName={userName}; role={request.Role}"), ct);
            await tx.CommitAsync(ct);
        }

        var dto = await GetUserAsync(user.Id, ct);
        return new CreatedUser(dto, generated, secret, secret is null ? null : TotpCodes.Uri(_options.Totp.Issuer, userName, secret));
    }

    public async Task<IReadOnlyList<UserDto>> ListUsersAsync(CancellationToken ct = default)
    {
        var users = await _db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct);
        var roles = await RoleMapAsync(ct);
        return users.Select(u => ToDto(u, roles)).ToList();
    }

    public async Task<UserDto> GetUserAsync(Guid id, CancellationToken ct = default)
    {
        var user = await _db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct) ?? throw IpCityException.NotFound("User");
        return ToDto(user, await RoleMapAsync(ct));
    }

    public async Task<UserDto> GrantRoleAsync(Guid id, string role, CancellationToken ct = default)
    {
        if (!Roles.IsKnown(role))
        {
            throw new IpCityException(ErrorCodes.UnknownRole, $"Unknown role '{role}'.", 400);
        }

        var user = await _db.Users.FirstOrDefaultAsync(u => u.Id == id, ct) ?? throw IpCityException.NotFound("User");
        var current = (await RoleMapAsync(ct)).GetValueOrDefault(id) ?? [];
        if (current.Contains(role))
        {
            return ToDto(user, await RoleMapAsync(ct));
        }

        if ((Roles.IsAdmin(role) && current.Count > 0) || current.Any(Roles.IsAdmin))
        {
            throw IpCityException.Conflict(ErrorCodes.RoleSeparation, "三权分立：系统管理员、安全管理员、审计管理员不能由同一账户兼任，也不能兼任业务角色。");
        }

        if (role == Roles.DistrictOfficer && string.IsNullOrWhiteSpace(user.UnitCode))
        {
            throw IpCityException.Validation("区县用户必须指定所属单位 (unitCode)。");
        }

        var entity = await EnsureRoleAsync(role, ct);
        _db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = id, RoleId = entity.Id });
        await using (var tx = await _db.Database.BeginTransactionAsync(ct))
        {
            await _db.SaveChangesAsync(ct);
            await _audit.RecordAsync(new AuditEntry(AuditEvents.RoleGranted, AuditOutcome.Success, "User", id.ToString(), "role=" + role), ct);
            await tx.CommitAsync(ct);
        }

        return await GetUserAsync(id, ct);
    }

    public async Task<UserDto> SetLabelsAsync(Guid id, IReadOnlyList<string> labels, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var unknown = labels.Where(l => !Labels.IsKnown(l)).ToList();
        if (unknown.Count > 0)
        {
            throw new IpCityException("LABEL_UNKNOWN", $"未知密级标识: {string.Join(", ", unknown)} (可用: {string.Join(", ", Labels.All)})", 400,
                new Dictionary<string, object?> { ["labels"] = unknown });
        }

        var user = await _db.Users.FirstOrDefaultAsync(u => u.Id == id, ct) ?? throw IpCityException.NotFound("User");
        var before = user.Labels ?? string.Empty;
        user.Labels = labels.Count == 0 ? null : string.Join(',', labels.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        await using (var tx = await _db.Database.BeginTransactionAsync(ct))
        {
            await _db.SaveChangesAsync(ct);
            await _audit.RecordAsync(new AuditEntry("LabelsChanged", AuditOutcome.Success, "User", id.ToString(), $"{before} → {user.Labels ?? string.Empty}"), ct);
            await tx.CommitAsync(ct);
        }

        return await GetUserAsync(id, ct);
    }

    public async Task<UserDto> RevokeRoleAsync(Guid id, string role, CancellationToken ct = default)
    {
        _ = await _db.Users.FirstOrDefaultAsync(u => u.Id == id, ct) ?? throw IpCityException.NotFound("User");
        var link = await (from ur in _db.UserRoles
                          join r in _db.Roles on ur.RoleId equals r.Id
                          where ur.UserId == id && r.Name == role
                          select ur).FirstOrDefaultAsync(ct);
        if (link is null)
        {
            return await GetUserAsync(id, ct);
        }

        _db.UserRoles.Remove(link);
        await using (var tx = await _db.Database.BeginTransactionAsync(ct))
        {
            await _db.SaveChangesAsync(ct);
            await _audit.RecordAsync(new AuditEntry(AuditEvents.RoleRevoked, AuditOutcome.Success, "User", id.ToString(), "role=" + role), ct);
            await tx.CommitAsync(ct);
        }

        return await GetUserAsync(id, ct);
    }

    public async Task<UserDto> SetDisabledAsync(Guid id, bool disabled, CancellationToken ct = default)
    {
        var user = await _db.Users.FirstOrDefaultAsync(u => u.Id == id, ct) ?? throw IpCityException.NotFound("User");
        user.IsDisabled = disabled;
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        var now = _clock.GetUtcNow().UtcDateTime;
        await using (var tx = await _db.Database.BeginTransactionAsync(ct))
        {
            if (disabled)
            {
                await _db.Sessions.Where(s => s.UserId == id && s.RevokedAtUtc == null).ExecuteUpdateAsync(s => s.SetProperty(p => p.RevokedAtUtc, now), ct);
            }

            await _db.SaveChangesAsync(ct);
            await _audit.RecordAsync(new AuditEntry(disabled ? AuditEvents.UserDisabled : AuditEvents.UserEnabled, AuditOutcome.Success, "User", id.ToString()), ct);
            await tx.CommitAsync(ct);
        }

        return await GetUserAsync(id, ct);
    }

    public async Task<string> ResetPasswordAsync(Guid id, string? newPassword = null, bool mustChange = true, CancellationToken ct = default)
    {
        var user = await _db.Users.FirstOrDefaultAsync(u => u.Id == id, ct) ?? throw IpCityException.NotFound("User");
        var password = newPassword ?? GeneratePassword();
        if (newPassword is not null)
        {
            var roles = (await RoleMapAsync(ct)).GetValueOrDefault(id) ?? [];
            _policy.Validate(newPassword, user, roles.Any(Roles.IsAdmin), []);
        }

        var now = _clock.GetUtcNow().UtcDateTime;
        if (user.PasswordHash is not null)
        {
            _db.PasswordHistory.Add(new PasswordHistoryEntry { UserId = id, PasswordHash = user.PasswordHash, CreatedAtUtc = now });
        }

        user.PasswordHash = _hasher.HashPassword(user, password);

        // A reset password is one-time: it is already expired, so the user must choose a new one.
        user.PasswordChangedAtUtc = mustChange ? now.AddDays(-_options.Password.MaxAgeDays - 1) : now;
        user.FailedLogins = 0;
        user.LockedUntilUtc = null;
        await using (var tx = await _db.Database.BeginTransactionAsync(ct))
        {
            await _db.Sessions.Where(s => s.UserId == id && s.RevokedAtUtc == null).ExecuteUpdateAsync(s => s.SetProperty(p => p.RevokedAtUtc, now), ct);
            await _db.SaveChangesAsync(ct);
            await _audit.RecordAsync(new AuditEntry(AuditEvents.PasswordReset, AuditOutcome.Success, "User", id.ToString()), ct);
            await tx.CommitAsync(ct);
        }

        return password;
    }

    public async Task<bool> AnyAdministratorAsync(CancellationToken ct = default) =>
        await (from ur in _db.UserRoles
               join r in _db.Roles on ur.RoleId equals r.Id
               where r.Name == Roles.SecAdmin || r.Name == Roles.SysAdmin || r.Name == Roles.AuditAdmin
               select ur).AnyAsync(ct);

    /// <summary>A random password that always meets the 等保 profile (4 classes, 16 characters).</summary>
    internal static string GeneratePassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        const string lower = "abcdefghijkmnopqrstuvwxyz";
        const string digits = "23456789";
        const string symbols = "!#%+=?@^_~";
        const string all = upper + lower + digits + symbols;
        var chars = new char[16];
        chars[0] = upper[RandomNumberGenerator.GetInt32(upper.Length)];
        chars[1] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        chars[2] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        chars[3] = symbols[RandomNumberGenerator.GetInt32(symbols.Length)];
        for (var i = 4; i < chars.Length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private async Task<AppRole> EnsureRoleAsync(string name, CancellationToken ct)
    {
        var role = await _db.Roles.FirstOrDefaultAsync(r => r.Name == name, ct);
        if (role is not null)
        {
            return role;
        }

        role = new AppRole(name) { Id = Guid.NewGuid(), NormalizedName = name.ToUpperInvariant() };
        _db.Roles.Add(role);
        return role;
    }

    private async Task<Dictionary<Guid, List<string>>> RoleMapAsync(CancellationToken ct)
    {
        var rows = await (from ur in _db.UserRoles
                          join r in _db.Roles on ur.RoleId equals r.Id
                          select new { ur.UserId, r.Name }).ToListAsync(ct);
        return rows.GroupBy(r => r.UserId).ToDictionary(g => g.Key, g => g.Select(x => x.Name!).OrderBy(x => x, StringComparer.Ordinal).ToList());
    }

    private static UserDto ToDto(AppUser u, Dictionary<Guid, List<string>> roles) =>
        new(u.Id, u.UserName!, u.DisplayName, roles.GetValueOrDefault(u.Id) ?? [], u.UnitCode, u.Department, u.EnterpriseCode, u.IsDisabled, u.TotpSecretCipher is not null, u.LockedUntilUtc, u.CreatedAtUtc, u.IsDemo,
            Labels.Parse(u.Labels));
}

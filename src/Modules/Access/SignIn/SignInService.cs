using IpCity.Access.Contracts;
using IpCity.Access.Data;
using IpCity.Access.Domain;
using IpCity.Access.Passwords;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IpCity.Access.SignIn;

/// <summary>
/// Password sign-in with lockout (5 failures → 15 min, SECURITY.md spec 2), TOTP for administrators
/// (spec 5), and server-side sessions (spec 4). An unknown user name gets the same answer as a wrong password.
/// </summary>
internal sealed class SignInService : ISignInService
{
    private static readonly string s_dummyHash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), "dummy-password-for-timing");
    private readonly AccessDbContext _db;
    private readonly UserManager<AppUser> _users;
    private readonly IPasswordHasher<AppUser> _hasher;
    private readonly PasswordPolicy _policy;
    private readonly TotpCodes _totp;
    private readonly IAuditTrail _audit;
    private readonly IRequestContext _request;
    private readonly TimeProvider _clock;
    private readonly AccessOptions _options;

    public SignInService(AccessDbContext db, UserManager<AppUser> users, IPasswordHasher<AppUser> hasher, PasswordPolicy policy, TotpCodes totp, IAuditTrail audit, IRequestContext request, TimeProvider clock, IOptions<AccessOptions> options)
    {
        _db = db;
        _users = users;
        _hasher = hasher;
        _policy = policy;
        _totp = totp;
        _audit = audit;
        _request = request;
        _clock = clock;
        _options = options.Value;
    }

    public async Task<SignInOutcome> PasswordSignInAsync(string userName, string password, string? totpCode, CancellationToken ct = default)
    {
        userName = (userName ?? string.Empty).Trim();
        password ??= string.Empty;
        var now = _clock.GetUtcNow().UtcDateTime;
        var normalized = _users.NormalizeName(userName);
        var user = string.IsNullOrEmpty(normalized) ? null : await _db.Users.FirstOrDefaultAsync(u => u.NormalizedUserName == normalized, ct);
        if (user is null)
        {
            _hasher.VerifyHashedPassword(new AppUser(), s_dummyHash, password);
            await _audit.RecordAsync(new AuditEntry(AuditEvents.LoginFailed, AuditOutcome.Failure, "User", userName, "unknown user", ActorName: userName), ct);
            throw InvalidCredentials();
        }

        if (user.LockedUntilUtc is { } until && until > now)
        {
            await _audit.RecordAsync(new AuditEntry(AuditEvents.LoginFailed, AuditOutcome.Failure, "User", user.Id.ToString(), "account locked", user.UserName, user.Id.ToString()), ct);
            throw Locked(until, now);
        }

        var verified = user.PasswordHash is not null && _hasher.VerifyHashedPassword(user, user.PasswordHash, password) != PasswordVerificationResult.Failed;
        if (!verified || user.IsDisabled)
        {
            if (user.IsDisabled)
            {
                await _audit.RecordAsync(new AuditEntry(AuditEvents.LoginFailed, AuditOutcome.Failure, "User", user.Id.ToString(), "account disabled", user.UserName, user.Id.ToString()), ct);
                throw InvalidCredentials();
            }

            user.FailedLogins++;
            var lockNow = user.FailedLogins >= _options.Lockout.MaxFailures;
            if (lockNow)
            {
                user.LockedUntilUtc = now.AddMinutes(_options.Lockout.Minutes);
                user.FailedLogins = 0;
            }

            await using (var tx = await _db.Database.BeginTransactionAsync(ct))
            {
                await _db.SaveChangesAsync(ct);
                await _audit.RecordAsync(new AuditEntry(AuditEvents.LoginFailed, AuditOutcome.Failure, "User", user.Id.ToString(), "wrong password", user.UserName, user.Id.ToString()), ct);
                if (lockNow)
                {
                    await _audit.RecordAsync(new AuditEntry(AuditEvents.AccountLocked, AuditOutcome.Success, "User", user.Id.ToString(), $"locked for {_options.Lockout.Minutes} min after {_options.Lockout.MaxFailures} failures", user.UserName, user.Id.ToString()), ct);
                }

                await tx.CommitAsync(ct);
            }

            throw lockNow ? Locked(user.LockedUntilUtc!.Value, now) : InvalidCredentials();
        }

        var roles = await RolesOfAsync(user.Id, ct);
        var isAdmin = roles.Any(Roles.IsAdmin);
        var mfa = false;
        if (isAdmin && _options.Totp.RequiredForAdmins && !string.IsNullOrEmpty(totpCode))
        {
            mfa = await CheckTotpAsync(user, totpCode, now, ct);
        }

        user.FailedLogins = 0;
        user.LockedUntilUtc = null;
        var session = new UserSession
        {
            Id = Guid.NewGuid(),
            UserId = user.Id,
            CreatedAtUtc = now,
            LastSeenAtUtc = now,
            MfaVerified = mfa,
            ClientIp = _request.ClientIp,
        };
        _db.Sessions.Add(session);
        await using (var tx = await _db.Database.BeginTransactionAsync(ct))
        {
            await _db.SaveChangesAsync(ct);
            await _audit.RecordAsync(new AuditEntry(AuditEvents.LoginSucceeded, AuditOutcome.Success, "User", user.Id.ToString(), mfa ? "password+totp" : "password", user.UserName, user.Id.ToString()), ct);
            await tx.CommitAsync(ct);
        }

        return new SignInOutcome(user.Id, session.Id, user.UserName!, roles, isAdmin && _options.Totp.RequiredForAdmins && !mfa, _policy.IsExpired(user, now));
    }

    public async Task VerifyTotpAsync(Guid sessionId, string code, CancellationToken ct = default)
    {
        var session = await _db.Sessions.FirstOrDefaultAsync(s => s.Id == sessionId && s.RevokedAtUtc == null, ct)
            ?? throw new IpCityException(ErrorCodes.Unauthenticated, "未登录或会话已失效。", 401);
        var user = await _db.Users.FirstAsync(u => u.Id == session.UserId, ct);
        var now = _clock.GetUtcNow().UtcDateTime;
        if (await CheckTotpAsync(user, code, now, ct))
        {
            session.MfaVerified = true;
            await using var tx = await _db.Database.BeginTransactionAsync(ct);
            await _db.SaveChangesAsync(ct);
            await _audit.RecordAsync(new AuditEntry(AuditEvents.TotpVerified, AuditOutcome.Success, "User", user.Id.ToString()), ct);
            await tx.CommitAsync(ct);
            return;
        }

        if (user.LockedUntilUtc is { } until && until > now)
        {
            throw Locked(until, now);
        }

        throw new IpCityException(ErrorCodes.TotpInvalid, "动态验证码错误或已使用。The code is wrong or was already used.", 401);
    }

    public async Task SignOutAsync(Guid sessionId, CancellationToken ct = default)
    {
        var session = await _db.Sessions.FirstOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null || session.RevokedAtUtc is not null)
        {
            return;
        }

        session.RevokedAtUtc = _clock.GetUtcNow().UtcDateTime;
        await using var tx = await _db.Database.BeginTransactionAsync(ct);
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry(AuditEvents.Logout, AuditOutcome.Success, "User", session.UserId.ToString()), ct);
        await tx.CommitAsync(ct);
    }

    public async Task ChangePasswordAsync(Guid userId, string currentPassword, string newPassword, CancellationToken ct = default)
    {
        var user = await _db.Users.FirstOrDefaultAsync(u => u.Id == userId, ct) ?? throw IpCityException.NotFound("User");
        if (user.PasswordHash is null || _hasher.VerifyHashedPassword(user, user.PasswordHash, currentPassword ?? string.Empty) == PasswordVerificationResult.Failed)
        {
            await _audit.RecordAsync(new AuditEntry(AuditEvents.PasswordChanged, AuditOutcome.Failure, "User", user.Id.ToString(), "wrong current password"), ct);
            throw InvalidCredentials();
        }

        var roles = await RolesOfAsync(user.Id, ct);
        var history = await _db.PasswordHistory.Where(h => h.UserId == user.Id).OrderByDescending(h => h.Id).Select(h => h.PasswordHash).Take(_options.Password.History).ToListAsync(ct);
        _policy.Validate(newPassword, user, roles.Any(Roles.IsAdmin), history.Prepend(user.PasswordHash));
        var now = _clock.GetUtcNow().UtcDateTime;
        _db.PasswordHistory.Add(new PasswordHistoryEntry { UserId = user.Id, PasswordHash = user.PasswordHash, CreatedAtUtc = now });
        user.PasswordHash = _hasher.HashPassword(user, newPassword);
        user.PasswordChangedAtUtc = now;
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        await using var tx = await _db.Database.BeginTransactionAsync(ct);
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry(AuditEvents.PasswordChanged, AuditOutcome.Success, "User", user.Id.ToString()), ct);
        await tx.CommitAsync(ct);
    }

    public System.Security.Claims.ClaimsPrincipal CookiePrincipal(SignInOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return SessionValidator.CookiePrincipal(outcome.UserId, outcome.SessionId, outcome.UserName, AccessModule.Scheme);
    }

    private async Task<bool> CheckTotpAsync(AppUser user, string code, DateTime now, CancellationToken ct)
    {
        long? step = user.TotpSecretCipher is null ? null : _totp.Verify(user.TotpSecretCipher, code, now, _options.Totp.AllowedDriftSteps);
        if (step is { } s && s > user.TotpLastStep)
        {
            user.TotpLastStep = s;
            user.TotpFailures = 0;
            return true;
        }

        user.TotpFailures++;
        var lockNow = user.TotpFailures >= _options.Totp.MaxFailures;
        if (lockNow)
        {
            user.LockedUntilUtc = now.AddMinutes(_options.Lockout.Minutes);
            user.TotpFailures = 0;
            await _db.Sessions.Where(x => x.UserId == user.Id && x.RevokedAtUtc == null).ExecuteUpdateAsync(x => x.SetProperty(p => p.RevokedAtUtc, now), ct);
        }

        await using var tx = await _db.Database.BeginTransactionAsync(ct);
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry(AuditEvents.TotpFailed, AuditOutcome.Failure, "User", user.Id.ToString(), step is null ? "wrong code" : "code reused"), ct);
        if (lockNow)
        {
            await _audit.RecordAsync(new AuditEntry(AuditEvents.AccountLocked, AuditOutcome.Success, "User", user.Id.ToString(), "too many TOTP failures"), ct);
        }

        await tx.CommitAsync(ct);
        return false;
    }

    private async Task<List<string>> RolesOfAsync(Guid userId, CancellationToken ct) =>
        await (from ur in _db.UserRoles
               join r in _db.Roles on ur.RoleId equals r.Id
               where ur.UserId == userId
               select r.Name!).ToListAsync(ct);

    private static IpCityException InvalidCredentials() =>
        new(ErrorCodes.InvalidCredentials, "用户名或密码错误。Wrong user name or password.", 401);

    private static IpCityException Locked(DateTime until, DateTime now) =>
        new(ErrorCodes.AccountLocked, $"账户已锁定，请 {Math.Ceiling((until - now).TotalMinutes)} 分钟后再试。The account is locked; try again later.", 423,
            new Dictionary<string, object?> { ["lockedUntilUtc"] = until, ["retryAfterSeconds"] = (int)Math.Ceiling((until - now).TotalSeconds) });
}

using System.Security.Claims;
using IpCity.Access.Data;
using IpCity.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IpCity.Access.SignIn;

/// <summary>
/// Runs on every authenticated request: the cookie only names a server-side session; roles, unit and the
/// second factor are read from the store each time, so revocation, disabling and role changes apply at once.
/// Idle (30 min) and absolute (8 h) limits are checked against TimeProvider.
/// </summary>
internal sealed class SessionValidator
{
    private readonly AccessDbContext _db;
    private readonly TimeProvider _clock;
    private readonly AccessOptions _options;
    private readonly Passwords.PasswordPolicy _policy;

    public SessionValidator(AccessDbContext db, TimeProvider clock, IOptions<AccessOptions> options, Passwords.PasswordPolicy policy)
    {
        _db = db;
        _clock = clock;
        _options = options.Value;
        _policy = policy;
    }

    public static ClaimsPrincipal CookiePrincipal(Guid userId, Guid sessionId, string userName, string scheme) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, userId.ToString()),
                new Claim(ClaimTypes.Name, userName),
                new Claim(Policies.SessionClaim, sessionId.ToString()),
            ],
            scheme));

    public async Task<ClaimsPrincipal?> ValidateAsync(ClaimsPrincipal cookie, string scheme, CancellationToken ct)
    {
        if (!Guid.TryParse(cookie.FindFirstValue(Policies.SessionClaim), out var sid))
        {
            return null;
        }

        var session = await _db.Sessions.FirstOrDefaultAsync(s => s.Id == sid, ct);
        if (session is null || session.RevokedAtUtc is not null)
        {
            return null;
        }

        var now = _clock.GetUtcNow().UtcDateTime;
        var idle = now - session.LastSeenAtUtc > TimeSpan.FromMinutes(_options.Session.IdleMinutes);
        var tooOld = now - session.CreatedAtUtc > TimeSpan.FromHours(_options.Session.AbsoluteHours);
        var user = await _db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == session.UserId, ct);
        if (idle || tooOld || user is null || user.IsDisabled || (user.LockedUntilUtc is { } l && l > now))
        {
            session.RevokedAtUtc = now;
            await _db.SaveChangesAsync(ct);
            return null;
        }

        if (now - session.LastSeenAtUtc > TimeSpan.FromSeconds(30))
        {
            session.LastSeenAtUtc = now;
            await _db.SaveChangesAsync(ct);
        }

        var roles = await (from ur in _db.UserRoles
                           join r in _db.Roles on ur.RoleId equals r.Id
                           where ur.UserId == user.Id
                           select r.Name!).ToListAsync(ct);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new(ClaimTypes.Name, user.UserName!),
            new(Policies.SessionClaim, session.Id.ToString()),
        };
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        if (session.MfaVerified)
        {
            claims.Add(new Claim(Policies.MfaClaim, "totp"));
        }

        if (_policy.IsExpired(user, now))
        {
            claims.Add(new Claim(Policies.PasswordExpiredClaim, "true"));
        }

        if (user.UnitCode is not null)
        {
            claims.Add(new Claim(Policies.UnitClaim, user.UnitCode));
        }

        if (user.EnterpriseCode is not null)
        {
            claims.Add(new Claim(Policies.EnterpriseClaim, user.EnterpriseCode));
        }

        foreach (var label in Labels.Parse(user.Labels))
        {
            claims.Add(new Claim(Policies.LabelClaim, label));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>Hook for <see cref="CookieAuthenticationEvents.OnValidatePrincipal"/>.</summary>
    public static async Task OnValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var validator = context.HttpContext.RequestServices.GetRequiredService<SessionValidator>();
        var principal = context.Principal is null ? null : await validator.ValidateAsync(context.Principal, context.Scheme.Name, context.HttpContext.RequestAborted);
        if (principal is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
            return;
        }

        context.ReplacePrincipal(principal);
        context.ShouldRenew = false;
    }
}

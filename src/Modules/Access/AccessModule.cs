using System.Threading.RateLimiting;
using IpCity.Access.Auditing;
using IpCity.Access.Contracts;
using IpCity.Access.Data;
using IpCity.Access.Domain;
using IpCity.Access.Passwords;
using IpCity.Access.SignIn;
using IpCity.Access.Users;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Crypto;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.BuildingBlocks.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IpCity.Access;

public static class AccessModule
{
    public const string Scheme = "IpCity";
    public const string LoginRateLimit = "login";

    /// <summary>
    /// Registers accounts, sign-in, sessions, authorization policies (deny by default) and the audit trail.
    /// Needs <see cref="StorageOptions"/> and an <see cref="IRequestContext"/> from the host.
    /// </summary>
    public static IServiceCollection AddAccess(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<AccessOptions>().BindConfiguration("Access").ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AccessOptions>, AccessOptionsValidator>());
        services.AddDbContext<AccessDbContext>((sp, o) => ModuleDb.Configure(o, sp.GetRequiredService<StorageOptions>(), AccessDbContext.Module));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IModuleDatabase, AccessDatabase>());

        services.TryAddSingleton(sp => new KeyRing(sp.GetRequiredService<StorageOptions>().KeysDirectory));
        services.TryAddSingleton(sp => new AuditKey(sp.GetRequiredService<KeyRing>().Get("audit-hmac-sm3", 32)));
        services.TryAddSingleton(sp => new Sm4Gcm(sp.GetRequiredService<KeyRing>().Get("field-sm4", 16)));
        // The platform's SM2 signing key (signed report manifests); its public key is printed by 'ipcity report key'.
        services.TryAddSingleton(sp => Sm2.FromSecret(sp.GetRequiredService<KeyRing>().Get("signing-sm2", 32)));
        services.TryAddSingleton<AuditFaults>();
        services.AddSealedFields<AccessDbContext>("access.users", ["TotpSecretCipher"],
            db => db.Users.AsNoTracking().Where(u => u.TotpSecretCipher != null).Select(u => new SealedRow(u.Id.ToString("D"), new[] { u.TotpSecretCipher })));
        services.TryAddScoped<IAuditTrail, AuditTrail>();
        services.TryAddScoped<IAuditVerifier, AuditVerifier>();
        services.TryAddScoped<IAuditPurger, AuditPurger>();
        services.TryAddScoped<IAuditQueries, AuditQueries>();

        services.AddIdentityCore<AppUser>(o =>
            {
                // Our PasswordPolicy applies the 等保/ASVS rules; Identity's own checks are switched off.
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredLength = 1;
                o.Password.RequiredUniqueChars = 1;
                o.User.AllowedUserNameCharacters = string.Empty;
                o.Lockout.AllowedForNewUsers = false;
            })
            .AddRoles<AppRole>()
            .AddEntityFrameworkStores<AccessDbContext>();
        services.TryAddScoped<PasswordPolicy>();
        services.TryAddSingleton<TotpCodes>();
        services.TryAddScoped<SessionValidator>();
        services.TryAddScoped<ISignInService, SignInService>();
        services.TryAddScoped<IAccountAdmin, AccountAdmin>();

        services.AddAuthentication(Scheme).AddCookie(Scheme);
        services.AddOptions<CookieAuthenticationOptions>(Scheme).Configure<IOptions<AccessOptions>>((o, access) =>
        {
            var secure = access.Value.SecureCookies;
            o.Cookie.Name = secure ? "__Host-IpCity" : "IpCity";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.Cookie.Path = "/";
            o.ExpireTimeSpan = TimeSpan.FromHours(access.Value.Session.AbsoluteHours);
            o.SlidingExpiration = false;
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/Denied";
            o.Events.OnValidatePrincipal = SessionValidator.OnValidatePrincipal;
            o.Events.OnRedirectToLogin = ctx => ApiOrRedirect(ctx, StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, "未登录或会话已失效。Sign in first.");
            o.Events.OnRedirectToAccessDenied = ctx => ApiOrRedirect(ctx, StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, "无权执行此操作。You are not allowed to do this.");
        });

        services.AddAuthorization();
        services.AddOptions<AuthorizationOptions>().Configure<IOptions<AccessOptions>>((o, access) =>
        {
            var totp = access.Value.Totp.RequiredForAdmins;
            o.FallbackPolicy = new AuthorizationPolicyBuilder(Scheme).RequireAuthenticatedUser().Build();
            o.AddPolicy(Policies.SignedIn, p => p.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser());
            o.AddPolicy(Policies.Officer, p => p.AddAuthenticationSchemes(Scheme).RequireRole(Roles.DistrictOfficer, Roles.DeptOfficer, Roles.CityOfficer));
            o.AddPolicy(Policies.BusinessReader, p => p.AddAuthenticationSchemes(Scheme).RequireRole(Roles.DistrictOfficer, Roles.DeptOfficer, Roles.CityOfficer, Roles.Enterprise));
            o.AddPolicy(Policies.CityOfficer, p => p.AddAuthenticationSchemes(Scheme).RequireRole(Roles.CityOfficer));
            o.AddPolicy(Policies.Enterprise, p => p.AddAuthenticationSchemes(Scheme).RequireRole(Roles.Enterprise));
            o.AddPolicy(Policies.DataImporter, p => p.AddAuthenticationSchemes(Scheme).RequireRole(Roles.CityOfficer, Roles.DistrictOfficer));
            o.AddPolicy(Policies.CaseHandler, p => p.AddAuthenticationSchemes(Scheme).RequireRole(Roles.CityOfficer, Roles.DistrictOfficer));
            o.AddPolicy(Policies.CaseReader, p => p.AddAuthenticationSchemes(Scheme).RequireRole(Roles.CityOfficer, Roles.DistrictOfficer, Roles.Enterprise));
            foreach (var admin in new[] { Policies.SysAdmin, Policies.SecAdmin, Policies.AuditAdmin })
            {
                o.AddPolicy(admin, p =>
                {
                    p.AddAuthenticationSchemes(Scheme).RequireRole(admin);
                    if (totp)
                    {
                        p.RequireClaim(Policies.MfaClaim);
                    }
                });
            }
        });
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AuditDenialsHandler>();

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<AccessOptions>>((o, access) =>
            o.AddPolicy(LoginRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = access.Value.LoginPerMinutePerIp, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
        return services;
    }

    /// <summary>Maps /auth, /access and /audit under the host's prefix (the host uses "/api").</summary>
    public static IEndpointRouteBuilder MapAccessEndpoints(this IEndpointRouteBuilder endpoints)
    {
        AuthEndpoints.Map(endpoints);
        UserEndpoints.Map(endpoints);
        AuditEndpoints.Map(endpoints);
        return endpoints;
    }

    private static async Task ApiOrRedirect(RedirectContext<CookieAuthenticationOptions> ctx, int status, string code, string title)
    {
        if (ctx.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            ctx.Response.StatusCode = status;
            var problems = ctx.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = ctx.HttpContext,
                ProblemDetails = { Status = status, Title = title, Extensions = { ["code"] = code } },
            });
            return;
        }

        ctx.Response.Redirect(ctx.RedirectUri);
    }
}

internal sealed class AccessOptionsValidator : IValidateOptions<AccessOptions>
{
    public ValidateOptionsResult Validate(string? name, AccessOptions options) =>
        options.Audit.RetentionDays < AuditPolicyOptions.MinimumRetentionDays
            ? ValidateOptionsResult.Fail($"{ErrorCodes.AuditRetentionMin}: Access:Audit:RetentionDays must be at least {AuditPolicyOptions.MinimumRetentionDays} (网络安全法 §21); got {options.Audit.RetentionDays}.")
            : ValidateOptionsResult.Success;
}

using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;

namespace IpCity.Web.Hosting;

/// <summary>While a password is past its maximum age (等保: 90 days) only changing it, signing out and /me are allowed.</summary>
internal static class PasswordExpiryGate
{
    private static readonly string[] s_allowed = ["/Account/Password", "/Account/Logout", "/api/auth/password", "/api/auth/logout", "/api/auth/me", "/api/auth/antiforgery", "/assets", "/health"];

    public static IApplicationBuilder UsePasswordExpiryGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.HasClaim(c => c.Type == Policies.PasswordExpiredClaim)
            && !s_allowed.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                throw new IpCityException(ErrorCodes.PasswordChangeRequired, "密码已过期，请先修改密码。The password has expired; change it first.", 403);
            }

            context.Response.Redirect("/Account/Password");
            return;
        }

        await next();
    });
}

using System.Security.Claims;
using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IpCity.Access.SignIn;

public sealed record LoginRequest(string UserName, string Password, string? TotpCode = null);

public sealed record LoginResponse(string UserName, IReadOnlyList<string> Roles, bool TotpRequired, bool PasswordExpired);

public sealed record TotpRequest(string Code);

public sealed record ChangePasswordRequest(string CurrentPassword, string NewPassword);

public sealed record AntiforgeryResponse(string Token, string HeaderName);

public sealed record MeResponse(string UserId, string UserName, IReadOnlyList<string> Roles, bool TotpVerified, string? UnitCode);

internal static class AuthEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth");

        auth.MapGet("/antiforgery", (HttpContext http, IAntiforgery antiforgery) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(http);
            return Results.Ok(new AntiforgeryResponse(tokens.RequestToken!, tokens.HeaderName!));
        }).AllowAnonymous().WithName("GetAntiforgeryToken");

        auth.MapPost("/login", async (LoginRequest request, HttpContext http, ISignInService signIn, CancellationToken ct) =>
        {
            var outcome = await signIn.PasswordSignInAsync(request.UserName, request.Password, request.TotpCode, ct);
            await http.SignInAsync(AccessModule.Scheme, signIn.CookiePrincipal(outcome));
            return Results.Ok(new LoginResponse(outcome.UserName, outcome.Roles, outcome.TotpRequired, outcome.PasswordExpired));
        }).AllowAnonymous().RequireRateLimiting(AccessModule.LoginRateLimit).WithName("Login");

        auth.MapPost("/logout", async (HttpContext http, ISignInService signIn, CancellationToken ct) =>
        {
            if (Guid.TryParse(http.User.FindFirstValue(Policies.SessionClaim), out var sid))
            {
                await signIn.SignOutAsync(sid, ct);
            }

            await http.SignOutAsync(AccessModule.Scheme);
            return Results.NoContent();
        }).RequireAuthorization(Policies.SignedIn).WithName("Logout");

        auth.MapPost("/totp", async (TotpRequest request, HttpContext http, ISignInService signIn, CancellationToken ct) =>
        {
            var sid = Guid.Parse(http.User.FindFirstValue(Policies.SessionClaim)!);
            await signIn.VerifyTotpAsync(sid, request.Code, ct);
            return Results.NoContent();
        }).RequireAuthorization(Policies.SignedIn).RequireRateLimiting(AccessModule.LoginRateLimit).WithName("VerifyTotp");

        auth.MapGet("/me", (ClaimsPrincipal user) => Results.Ok(new MeResponse(
            user.FindFirstValue(ClaimTypes.NameIdentifier)!,
            user.Identity!.Name!,
            user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList(),
            user.HasClaim(c => c.Type == Policies.MfaClaim),
            user.FindFirstValue(Policies.UnitClaim)))).RequireAuthorization(Policies.SignedIn).WithName("Me");

        auth.MapPost("/password", async (ChangePasswordRequest request, ClaimsPrincipal user, ISignInService signIn, CancellationToken ct) =>
        {
            if (string.IsNullOrEmpty(request.NewPassword))
            {
                throw IpCityException.Validation("newPassword is required");
            }

            await signIn.ChangePasswordAsync(Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!), request.CurrentPassword, request.NewPassword, ct);
            return Results.NoContent();
        }).RequireAuthorization(Policies.SignedIn).WithName("ChangePassword");
    }
}

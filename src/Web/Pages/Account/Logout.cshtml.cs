using System.Security.Claims;
using IpCity.Access;
using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Account;

/// <summary>Server-side logout: the session row is revoked, so a replayed cookie no longer works.</summary>
public sealed class LogoutModel : PageModel
{
    private readonly ISignInService _signIn;

    public LogoutModel(ISignInService signIn)
    {
        _signIn = signIn;
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Guid.TryParse(User.FindFirstValue(Policies.SessionClaim), out var sid))
        {
            await _signIn.SignOutAsync(sid, ct);
        }

        await HttpContext.SignOutAsync(AccessModule.Scheme);
        return Redirect("/");
    }
}

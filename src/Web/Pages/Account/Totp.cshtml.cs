using System.Security.Claims;
using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace IpCity.Web.Pages.Account;

[EnableRateLimiting(IpCity.Access.AccessModule.LoginRateLimit)]
public sealed class TotpModel : PageModel
{
    private readonly ISignInService _signIn;

    public TotpModel(ISignInService signIn)
    {
        _signIn = signIn;
    }

    [BindProperty]
    public string Code { get; set; } = string.Empty;

    public string? ErrorMessage { get; private set; }

    public string? ErrorCode { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            await _signIn.VerifyTotpAsync(Guid.Parse(User.FindFirstValue(Policies.SessionClaim)!), Code, ct);
            return Redirect("/");
        }
        catch (IpCityException ex) when (ex.Code is ErrorCodes.TotpInvalid or ErrorCodes.AccountLocked)
        {
            ErrorCode = ex.Code;
            ErrorMessage = ex.Code == ErrorCodes.AccountLocked ? "账户已锁定，请稍后再试。" : "验证码错误或已使用。";
            return Page();
        }
    }
}

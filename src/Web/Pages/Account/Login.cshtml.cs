using IpCity.Access;
using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Errors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace IpCity.Web.Pages.Account;

[EnableRateLimiting(AccessModule.LoginRateLimit)]
public sealed class LoginModel : PageModel
{
    private readonly ISignInService _signIn;

    public LoginModel(ISignInService signIn)
    {
        _signIn = signIn;
    }

    [BindProperty]
    public string UserName { get; set; } = string.Empty;

    [BindProperty]
    public string Password { get; set; } = string.Empty;

    [BindProperty]
    public string? TotpCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? ErrorMessage { get; private set; }

    public string? ErrorCode { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var outcome = await _signIn.PasswordSignInAsync(UserName, Password, TotpCode, ct);
            await HttpContext.SignInAsync(AccessModule.Scheme, _signIn.CookiePrincipal(outcome));
            if (outcome.PasswordExpired)
            {
                return Redirect("/Account/Password");
            }

            if (outcome.TotpRequired)
            {
                return Redirect("/Account/Totp");
            }

            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }
        catch (IpCityException ex) when (ex.Code is ErrorCodes.InvalidCredentials or ErrorCodes.AccountLocked or ErrorCodes.TotpInvalid)
        {
            ErrorCode = ex.Code;
            ErrorMessage = ex.Code == ErrorCodes.AccountLocked
                ? "账户已锁定：连续多次登录失败，请 15 分钟后再试。"
                : "用户名或密码错误。";
            Response.StatusCode = ex.Status;
            Password = string.Empty;
            return Page();
        }
    }
}

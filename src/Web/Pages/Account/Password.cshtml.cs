using System.Security.Claims;
using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Account;

public sealed class PasswordModel : PageModel
{
    private readonly ISignInService _signIn;

    public PasswordModel(ISignInService signIn)
    {
        _signIn = signIn;
    }

    [BindProperty]
    public string CurrentPassword { get; set; } = string.Empty;

    [BindProperty]
    public string NewPassword { get; set; } = string.Empty;

    public bool Expired => User.HasClaim(c => c.Type == Policies.PasswordExpiredClaim);

    public bool Done { get; private set; }

    public string? ErrorMessage { get; private set; }

    public string? ErrorCode { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            await _signIn.ChangePasswordAsync(Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!), CurrentPassword, NewPassword, ct);
            Done = true;
            return Page();
        }
        catch (IpCityException ex)
        {
            ErrorCode = ex.Code;
            ErrorMessage = ex.Message;
            return Page();
        }
    }
}

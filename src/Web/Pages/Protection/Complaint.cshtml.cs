using IpCity.BuildingBlocks.Errors;
using IpCity.Protection.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Protection;

/// <summary>公众服务平台 · 投诉举报: anyone files a complaint or report (anonymous for counterfeiting and trademark infringement) and follows it with the tracking code.</summary>
[AllowAnonymous]
public sealed class ComplaintModel : PageModel
{
    private readonly ICaseRegister _cases;

    public ComplaintModel(ICaseRegister cases)
    {
        _cases = cases;
    }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public ComplaintReceipt? Receipt { get; private set; }

    public ComplaintStatusDto? Status { get; private set; }

    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Code))
        {
            return;
        }

        try
        {
            Status = await _cases.ComplaintStatusAsync(Code, ct);
        }
        catch (IpCityException ex) when (ex.Status == 404)
        {
            Message = ex.Message;
        }
    }

    public async Task<IActionResult> OnPostAsync(string type, string title, string description, string? unitCode, bool anonymous, string? complainantName, string? complainantId,
        string? complainantContact, string respondentName, string? respondentId, string? number, string? numberKind, CancellationToken ct)
    {
        try
        {
            var links = string.IsNullOrWhiteSpace(number) ? null : new[] { new CaseLinkInput(numberKind == "Trademark" ? "Trademark" : "Patent", number) };
            Receipt = await _cases.FileComplaintAsync(new ComplaintRequest(type, title ?? string.Empty, description ?? string.Empty, unitCode, anonymous, complainantName, complainantId, complainantContact,
                respondentName ?? string.Empty, respondentId, links), ct);
        }
        catch (IpCityException ex) when (ex.Status is 400 or 409)
        {
            Message = $"{ex.Code}: {ex.Message}";
        }

        return Page();
    }
}

using IpCity.BuildingBlocks.Errors;
using IpCity.Protection.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Protection;

/// <summary>
/// 公示名单 (public): the published credit records, masked; while no personal-information impact assessment is on
/// record (CREDIT_PIA_REQUIRED) a notice instead of a list.
/// </summary>
[AllowAnonymous]
public sealed class CreditListModel : PageModel
{
    private readonly ICreditSupervision _credit;

    public CreditListModel(ICreditSupervision credit)
    {
        _credit = credit;
    }

    public PublicCreditList? List { get; private set; }

    public bool AssessmentMissing { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        try
        {
            List = await _credit.PublicListAsync(ct);
        }
        catch (IpCityException ex) when (ex.Code == "CREDIT_PIA_REQUIRED")
        {
            AssessmentMissing = true;
        }
    }
}

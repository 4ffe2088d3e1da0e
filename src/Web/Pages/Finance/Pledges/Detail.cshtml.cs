using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Finance.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Finance.Pledges;

/// <summary>One loan: its registrations, pledged items (linked to the data center) and how each was reconciled.</summary>
[Authorize(Policy = Policies.BusinessReader)]
public sealed class DetailModel : PageModel
{
    private readonly IPledgeRegister _pledges;

    public DetailModel(IPledgeRegister pledges)
    {
        _pledges = pledges;
    }

    public PledgeLoanDetail? Loan { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        try
        {
            Loan = await _pledges.GetAsync(Actor.From(User), id, ct);
            return Page();
        }
        catch (IpCityException e) when (e.Status == 404)
        {
            return NotFound();
        }
    }
}

using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.IpData.Contracts;
using IpCity.Services.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Services.Enterprise;

/// <summary>One of the firm's own patents with its status and events; another firm's patent is 404.</summary>
[Authorize(Policy = Policies.Enterprise)]
public sealed class PatentModel : PageModel
{
    private readonly IEnterprisePortal _portal;

    public PatentModel(IEnterprisePortal portal)
    {
        _portal = portal;
    }

    public PatentStatusDto? Patent { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        try
        {
            Patent = await _portal.PatentAsync(Actor.From(User), id, ct);
            return Page();
        }
        catch (IpCityException e) when (e.Status is 404 or 403)
        {
            return NotFound();
        }
    }
}

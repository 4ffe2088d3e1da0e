using IpCity.BuildingBlocks.Security;
using IpCity.Services.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Services.Enterprise;

/// <summary>企业自助: the signed-in firm's portfolio, deadlines, pledges, conversion matches, cases and credit records.</summary>
[Authorize(Policy = Policies.Enterprise)]
public sealed class IndexModel : PageModel
{
    private readonly IEnterprisePortal _portal;

    public IndexModel(IEnterprisePortal portal)
    {
        _portal = portal;
    }

    public EnterpriseOverview? Overview { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        try
        {
            Overview = await _portal.OverviewAsync(Actor.From(User), ct);
        }
        catch (IpCity.BuildingBlocks.Errors.IpCityException e) when (e.Status == 403)
        {
            Problem = e.Message;
        }
    }
}

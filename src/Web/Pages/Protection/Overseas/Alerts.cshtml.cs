using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Protection.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Protection.Overseas;

/// <summary>
/// 海外风险预警 for one firm: its foreign patent family members by country with the recent overseas disputes and
/// guides there. Officers ask for any firm; an enterprise account only for its own (the service answers 404 otherwise).
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class AlertsModel : PageModel
{
    private readonly IOverseasQueries _overseas;

    public AlertsModel(IOverseasQueries overseas)
    {
        _overseas = overseas;
    }

    [BindProperty(SupportsGet = true)]
    public string? Enterprise { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Years { get; set; }

    public OverseasRiskAlertDto? Alert { get; private set; }

    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = ProtectionActor.From(User);
        if (string.IsNullOrWhiteSpace(Enterprise) && actor.IsEnterprise && actor.EnterpriseCode is { Length: > 0 } own)
        {
            Enterprise = own;
        }

        if (string.IsNullOrWhiteSpace(Enterprise))
        {
            return;
        }

        try
        {
            Alert = await _overseas.AlertsAsync(actor, Enterprise.Trim(), Years, ct);
        }
        catch (IpCityException ex) when (ex.Status is 400 or 404)
        {
            Message = ex.Status == 404 ? "未找到该企业的专利数据, 或无权查询该企业。" : $"{ex.Code}: {ex.Message}";
        }
    }
}

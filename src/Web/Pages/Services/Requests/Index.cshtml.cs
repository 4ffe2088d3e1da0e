using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Services.Contracts;
using IpCity.Web.Pages.Services.Catalogue;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Services.Requests;

/// <summary>
/// 网上申请: the queue of the officer's unit (the city office sees all) with due dates, days left and timing, or an
/// enterprise's own requests ("我的申请").
/// </summary>
[Authorize(Policy = Policies.CaseReader)]
public sealed class IndexModel : PageModel
{
    private readonly IServiceRequests _requests;

    public IndexModel(IServiceRequests requests)
    {
        _requests = requests;
    }

    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Timing { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public ServiceRequestPage? Requests { get; private set; }

    public string? Message { get; private set; }

    public bool IsEnterprise => User.IsInRole(Roles.Enterprise);

    public string Query => string.Join("&amp;", new[] { ("state", State), ("timing", Timing) }
        .Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => p.Item1 + "=" + Uri.EscapeDataString(p.Item2!)));

    public async Task OnGetAsync(CancellationToken ct)
    {
        try
        {
            Requests = await _requests.ListAsync(Actor.From(User), new ServiceRequestQuery(State, Timing, null, null, PageNumber, 50), ct);
        }
        catch (IpCityException ex) when (ex.Status == 400)
        {
            Message = CatalogueText.Message(ex);
        }
    }
}

using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Services.Contracts;
using IpCity.Web.Pages.Services.Catalogue;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Services.Requests;

/// <summary>网上申请 (Enterprise): choose an item that can be applied for online, describe the request, give a contact; the number and due date come back.</summary>
[Authorize(Policy = Policies.Enterprise)]
public sealed class NewModel : PageModel
{
    private readonly IServiceCatalogue _catalogue;
    private readonly IServiceRequests _requests;

    public NewModel(IServiceCatalogue catalogue, IServiceRequests requests)
    {
        _catalogue = catalogue;
        _requests = requests;
    }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public IReadOnlyList<ServiceItemDto> Items { get; private set; } = [];

    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(string? subject, string? description, string? contactName, string? contactPhone, CancellationToken ct)
    {
        try
        {
            var r = await _requests.SubmitAsync(Actor.From(User), new SubmitServiceRequest(Code ?? string.Empty, subject ?? string.Empty, description, contactName ?? string.Empty, contactPhone ?? string.Empty), ct);
            return Redirect("/Services/Requests/Detail?id=" + r.Id + "&submitted=true");
        }
        catch (IpCityException ex) when (ex.Status is 400 or 403 or 404 or 409)
        {
            Message = CatalogueText.Message(ex);
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Items = (await _catalogue.ListAsync(Actor.From(User), new ServiceItemQuery(PageSize: 500), ct)).Items.Where(i => i.OnlineRequests).ToList();
}

using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Protection.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Protection.Overseas;

/// <summary>海外维权: search of the overseas disputes of local firms (district officers: their district only), paged, with the CSV export.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class IndexModel : PageModel
{
    private readonly IOverseasQueries _overseas;

    public IndexModel(IOverseasQueries overseas)
    {
        _overseas = overseas;
    }

    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Country { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public int P { get; set; } = 1;

    public RegisterPage<OverseasDisputeDto>? Disputes { get; private set; }

    public OverseasReferenceDto? Reference { get; private set; }

    public string? Message { get; private set; }

    private IEnumerable<KeyValuePair<string, string?>> Filters =>
        [new("q", Q), new("country", Country), new("type", Type), new("status", Status)];

    public string Query => PageQuery.Of(Filters);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Reference = _overseas.Reference();
        try
        {
            Disputes = await _overseas.SearchDisputesAsync(ProtectionActor.From(User), new OverseasDisputeQuery(Q, Country, Type, Status, null, Math.Max(1, P), PageSize), ct);
        }
        catch (IpCityException ex) when (ex.Status is 400 or 404)
        {
            Message = $"{ex.Code}: {ex.Message}";
        }
    }
}

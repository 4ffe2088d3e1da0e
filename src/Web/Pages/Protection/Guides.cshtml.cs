using IpCity.BuildingBlocks.Errors;
using IpCity.Protection.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Protection;

/// <summary>
/// 海外维权指引 (public): country laws, regulations, practice guides and risk warnings, and the experts and service
/// bodies, searched by country and IP field (contact details masked for non-officers by the service).
/// </summary>
[AllowAnonymous]
public sealed class GuidesModel : PageModel
{
    private readonly IOverseasQueries _overseas;

    public GuidesModel(IOverseasQueries overseas)
    {
        _overseas = overseas;
    }

    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Country { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Field { get; set; }

    [BindProperty(SupportsGet = true)]
    public int P { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public int E { get; set; } = 1;

    public OverseasReferenceDto? Reference { get; private set; }

    public RegisterPage<CountryGuideDto>? Guides { get; private set; }

    public RegisterPage<ServiceBodyDto>? Experts { get; private set; }

    public string? Message { get; private set; }

    private IEnumerable<KeyValuePair<string, string?>> Filters => [new("q", Q), new("country", Country), new("field", Field)];

    public string Query => PageQuery.Of(Filters);

    public string FieldLabel(string code) => Reference?.Fields.FirstOrDefault(f => f.Code == code)?.Label ?? code;

    public string CountryLabel(string code) => Reference?.Countries.FirstOrDefault(f => f.Code == code)?.Label ?? code;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Reference = _overseas.Reference();
        try
        {
            Guides = await _overseas.SearchGuidesAsync(new CountryGuideQuery(Q, Country, null, Field, Math.Max(1, P), PageSize), ct);
            Experts = await _overseas.SearchServiceBodiesAsync(ProtectionActor.From(User), new ServiceBodyQuery(Q, Country, Field, null, Math.Max(1, E), PageSize), ct);
        }
        catch (IpCityException ex) when (ex.Status is 400)
        {
            Message = $"{ex.Code}: {ex.Message}";
        }
    }
}

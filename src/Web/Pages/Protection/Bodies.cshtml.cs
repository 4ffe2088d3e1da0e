using IpCity.BuildingBlocks.Errors;
using IpCity.Protection.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Protection;

/// <summary>
/// 纠纷解决机构名录: visitors and enterprises see the active bodies with their district (phones masked, the
/// portal list); officers see the full register (inactive bodies too, phones in clear) with the CSV export.
/// </summary>
[AllowAnonymous]
public sealed class BodiesModel : PageModel
{
    private readonly IOverseasQueries _overseas;

    public BodiesModel(IOverseasQueries overseas)
    {
        _overseas = overseas;
    }

    public const int PageSize = 30;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Field { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Active { get; set; }

    [BindProperty(SupportsGet = true)]
    public int P { get; set; } = 1;

    public bool IsOfficer { get; private set; }

    public OverseasReferenceDto? Reference { get; private set; }

    public RegisterPage<ResolutionBodyDto>? Bodies { get; private set; }

    public string? Message { get; private set; }

    private IEnumerable<KeyValuePair<string, string?>> Filters =>
        [new("q", Q), new("kind", Kind), new("field", Field), new("active", IsOfficer && Active is "true" or "false" ? Active : null)];

    public string Query => PageQuery.Of(Filters);

    public string FieldLabel(string code) => Reference?.Fields.FirstOrDefault(f => f.Code == code)?.Label ?? code;

    public async Task OnGetAsync(CancellationToken ct)
    {
        IsOfficer = ProtectionActor.From(User).IsOfficer;
        Reference = _overseas.Reference();
        try
        {
            var active = IsOfficer && Active is "true" or "false" ? bool.Parse(Active!) : (bool?)null;
            Bodies = await _overseas.SearchBodiesAsync(ProtectionActor.From(User), new ResolutionBodyQuery(Q, Kind, null, Field, IsOfficer ? active : true, Math.Max(1, P), PageSize), portal: !IsOfficer, ct);
        }
        catch (IpCityException ex) when (ex.Status is 400)
        {
            Message = $"{ex.Code}: {ex.Message}";
        }
    }
}

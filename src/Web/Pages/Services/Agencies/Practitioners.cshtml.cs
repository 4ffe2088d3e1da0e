using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Services.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Services.Agencies;

/// <summary>从业人员: persons in the officer's view (names and ID numbers masked) with category/date filters and exports; officers register persons.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class PractitionersModel : PageModel
{
    private readonly IAgencyRegister _register;

    public PractitionersModel(IAgencyRegister register)
    {
        _register = register;
    }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? AgencyId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? On { get; set; }

    [BindProperty(SupportsGet = true)]
    public int P { get; set; } = 1;

    public PractitionerPage? Persons { get; private set; }

    public IReadOnlyList<AgencySummaryDto> Agencies { get; private set; } = [];

    public string? Message { get; private set; }

    public bool CanWrite => User.IsInRole(Roles.CityOfficer) || User.IsInRole(Roles.DistrictOfficer);

    public string Query => AgencyText.Query(("q", Q), ("agencyId", AgencyId?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("category", Category), ("on", On is { } d ? AgencyText.Date(d) : null));

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = Actor.From(User);
        Persons = await _register.ListPractitionersAsync(actor, new PractitionerQuery(AgencyText.NullIfEmpty(Q), AgencyId, AgencyText.NullIfEmpty(Category), On, Math.Max(1, P), 50), ct);
        if (CanWrite)
        {
            Agencies = (await _register.ListAgenciesAsync(actor, new AgencyQuery(PageSize: 500), ct)).Items;
        }
    }

    public async Task<IActionResult> OnPostCreateAsync(string name, string? idNumber, string? certificateNumber, string? qualificationNumber, DateOnly? qualifiedOn, string? address,
        long? engagementAgencyId, string? role, DateOnly? from, CancellationToken ct)
    {
        try
        {
            var first = engagementAgencyId is { } agency && from is { } start ? new EngagementRequest(agency, role ?? string.Empty, start, null) : null;
            var created = await _register.CreatePractitionerAsync(Actor.From(User), new PractitionerRequest(name ?? string.Empty, AgencyText.NullIfEmpty(idNumber), AgencyText.NullIfEmpty(certificateNumber),
                AgencyText.NullIfEmpty(qualificationNumber), qualifiedOn, null, AgencyText.NullIfEmpty(address), first), ct);
            return RedirectToPage("Person", new { id = created.Practitioner.Id });
        }
        catch (IpCityException ex) when (ex.Status is 400 or 403 or 404 or 409)
        {
            Message = $"{ex.Code}: {ex.Message}";
            await OnGetAsync(ct);
            return Page();
        }
    }
}

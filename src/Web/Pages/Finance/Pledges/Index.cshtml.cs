using IpCity.BuildingBlocks.Security;
using IpCity.Finance.Contracts;
using IpCity.Organisations.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Finance.Pledges;

/// <summary>质押融资: the loans in the reader's scope with filters and exports, the year's statistics by unit with the 普惠 band, the city office's upload.</summary>
[Authorize(Policy = Policies.BusinessReader)]
public sealed class IndexModel : PageModel
{
    private readonly IPledgeRegister _pledges;
    private readonly IOrgUnitDirectory _directory;

    public IndexModel(IPledgeRegister pledges, IOrgUnitDirectory directory)
    {
        _pledges = pledges;
        _directory = directory;
    }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Band { get; set; }

    [BindProperty(SupportsGet = true)]
    public int P { get; set; } = 1;

    public PledgePage? Loans { get; private set; }

    public PledgeStatistics? Statistics { get; private set; }

    public IReadOnlyList<FinanceParameterDto> Parameters { get; private set; } = [];

    public IReadOnlyList<OrgUnitDto> Units { get; private set; } = [];

    public bool IsCity => User.IsInRole(Roles.CityOfficer);

    public bool IsOfficer => User.IsInRole(Roles.CityOfficer) || User.IsInRole(Roles.DistrictOfficer) || User.IsInRole(Roles.DeptOfficer);

    public string Query => string.Join('&', new[]
    {
        Year is { } y ? "year=" + y.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        Unit is { Length: > 0 } ? "unit=" + Uri.EscapeDataString(Unit) : null,
        Q is { Length: > 0 } ? "q=" + Uri.EscapeDataString(Q) : null,
        Band is "inclusive" or "large" ? "inclusive=" + (Band == "inclusive" ? "true" : "false") : null,
    }.Where(x => x is not null));

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = Actor.From(User);
        bool? inclusive = Band switch { "inclusive" => true, "large" => false, _ => null };
        Loans = await _pledges.ListAsync(actor, new PledgeQuery(Year, Unit is { Length: > 0 } ? Unit : null, Q is { Length: > 0 } ? Q : null, inclusive, null, Math.Max(1, P), 50), ct);
        if (IsOfficer)
        {
            Statistics = await _pledges.StatisticsAsync(actor, Year ?? DateTime.UtcNow.Year - 1, ct);
            Parameters = await _pledges.ParametersAsync(ct);
            Units = (await _directory.GetUnitsAsync(null, includeStreets: false, ct)).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        }
    }
}

using System.Globalization;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Finance.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Finance.Products;

/// <summary>风险补偿资金池: claims in the officer's view, the yearly position, the yearly parameters, and the form to enter a bank's claim.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class FundModel : PageModel
{
    private readonly IRiskCompensationFund _fund;

    public FundModel(IRiskCompensationFund fund)
    {
        _fund = fund;
    }

    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public int P { get; set; } = 1;

    public ProductPage<FundClaimDto>? Claims { get; private set; }

    public IReadOnlyList<FundYearPosition> Position { get; private set; } = [];

    public IReadOnlyList<FundParameterDto> Parameters { get; private set; } = [];

    public string? Message { get; private set; }

    public bool CanFile => User.IsInRole(Roles.CityOfficer) || User.IsInRole(Roles.DistrictOfficer);

    public bool IsCity => User.IsInRole(Roles.CityOfficer);

    public string Query => ProductText.Query(("state", State), ("year", Year?.ToString(CultureInfo.InvariantCulture)));

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = Actor.From(User);
        Claims = await _fund.ListAsync(actor, new FundClaimQuery(string.IsNullOrWhiteSpace(State) ? null : State, null, Year, null, Math.Max(1, P), 50), ct);
        Position = await _fund.PositionAsync(actor, ct);
        Parameters = await _fund.ListParametersAsync(ct);
    }

    public async Task<IActionResult> OnPostFileAsync(string? loanContractNumber, string? pledgorName, string? pledgorCreditCode, string? districtCode, string? lender,
        decimal? principal, decimal? outstandingLoss, DateOnly? defaultedOn, string? note, CancellationToken ct)
    {
        try
        {
            var claim = await _fund.FileAsync(Actor.From(User), new FileFundClaimRequest(loanContractNumber ?? string.Empty, pledgorName ?? string.Empty, pledgorCreditCode ?? string.Empty,
                districtCode ?? string.Empty, lender ?? string.Empty, principal ?? 0, outstandingLoss ?? 0, defaultedOn ?? default, note), ct);
            return RedirectToPage("FundClaim", new { id = claim.Id });
        }
        catch (IpCityException ex) when (ex.Status is 400 or 403 or 409)
        {
            Message = $"{ex.Code}: {ex.Message}";
            await OnGetAsync(ct);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostParameterAsync(int year, decimal? share, decimal? ceiling, string? status, string? source, string? note, CancellationToken ct)
    {
        try
        {
            await _fund.SetParameterAsync(Actor.From(User), year, new SetFundParameterRequest(share ?? 0, ceiling ?? 0, status ?? string.Empty, source, note), ct);
            return RedirectToPage();
        }
        catch (IpCityException ex) when (ex.Status is 400 or 403 or 409)
        {
            Message = $"{ex.Code}: {ex.Message}";
            await OnGetAsync(ct);
            return Page();
        }
    }
}

using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Finance.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Finance.Transfers;

/// <summary>转化项目: offers of university and institute patents (开放许可, listings) in the officer's scope, and the entry form that also runs the matching.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class OffersModel : PageModel
{
    private readonly IConversionOffers _offers;

    public OffersModel(IConversionOffers offers)
    {
        _offers = offers;
    }

    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public int P { get; set; } = 1;

    public OfferPage? Offers { get; private set; }

    public MatchingWeights? Weights { get; private set; }

    public string? Message { get; private set; }

    public bool CanEnter => User.IsInRole(Roles.CityOfficer) || User.IsInRole(Roles.DistrictOfficer);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Offers = await _offers.ListAsync(Actor.From(User), new OfferQuery(TransferText.NullIfEmpty(State), null, Math.Max(1, P), 50), ct);
        Weights = _offers.Weights;
    }

    public async Task<IActionResult> OnPostCreateAsync(string? patentNumber, string? mode, string? feeTerms, decimal? askingPriceWan, string? keywords, string? industryCode, string? unitCode, CancellationToken ct)
    {
        try
        {
            var words = (keywords ?? string.Empty).Split([',', '，', '、', ' ', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var created = await _offers.CreateAsync(Actor.From(User), new CreateOfferRequest(patentNumber, mode, TransferText.NullIfEmpty(feeTerms), askingPriceWan, words,
                TransferText.NullIfEmpty(industryCode), TransferText.NullIfEmpty(unitCode)), ct);
            return Redirect("/Finance/Offers/Detail?id=" + created.Offer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        catch (IpCityException ex) when (ex.Status is 400 or 403 or 409)
        {
            Message = $"{ex.Code}: {ex.Message}";
            await OnGetAsync(ct);
            return Page();
        }
    }
}

using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Finance.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Finance.Transfers;

/// <summary>One offer: the matched firms with the breakdown of their scores, the interests, re-matching and the state actions.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class OfferDetailModel : PageModel
{
    private readonly IConversionOffers _offers;

    public OfferDetailModel(IConversionOffers offers)
    {
        _offers = offers;
    }

    public OfferDetail? Detail { get; private set; }

    public string? Message { get; private set; }

    public string? Done { get; private set; }

    public bool CanManage => User.IsInRole(Roles.CityOfficer) || User.IsInRole(Roles.DistrictOfficer);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        try
        {
            Detail = await _offers.GetAsync(Actor.From(User), id, ct);
            return Page();
        }
        catch (IpCityException ex) when (ex.Status == 404)
        {
            return NotFound();
        }
    }

    public Task<IActionResult> OnPostMatchAsync(long id, CancellationToken ct) =>
        ActAsync(id, () => _offers.MatchAsync(Actor.From(User), id, ct), "已按当前权重重新匹配。", ct);

    public Task<IActionResult> OnPostStateAsync(long id, string? state, string? note, long? transferId, CancellationToken ct) =>
        ActAsync(id, () => _offers.ChangeStateAsync(Actor.From(User), id, new ChangeOfferStateRequest(state, TransferText.NullIfEmpty(note), transferId), ct), "状态已更新。", ct);

    private async Task<IActionResult> ActAsync(long id, Func<Task<OfferDetail>> action, string done, CancellationToken ct)
    {
        try
        {
            Detail = await action();
            Done = done;
            return Page();
        }
        catch (IpCityException ex) when (ex.Status is 400 or 403 or 409)
        {
            Message = $"{ex.Code}: {ex.Message}";
            return await OnGetAsync(id, ct);
        }
        catch (IpCityException ex) when (ex.Status == 404)
        {
            return NotFound();
        }
    }
}

using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Finance.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Finance.Transfers;

/// <summary>本企业的匹配项目: the offers the account's firm was matched to (score and breakdown) with the interest form, and the offers of its own patents with the interests received.</summary>
[Authorize(Policy = Policies.Enterprise)]
public sealed class MineModel : PageModel
{
    private readonly IConversionOffers _offers;

    public MineModel(IConversionOffers offers)
    {
        _offers = offers;
    }

    public EnterpriseTransferView? View { get; private set; }

    public string? Message { get; private set; }

    public string? Done { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        try
        {
            View = await _offers.MineAsync(Actor.From(User), ct);
        }
        catch (IpCityException ex) when (ex.Status == 403)
        {
            // An Enterprise account without a credit code has no firm to match.
            Message = $"{ex.Code}: {ex.Message}";
        }
    }

    public Task<IActionResult> OnPostInterestAsync(long id, string? note, CancellationToken ct) =>
        ActAsync(() => _offers.ExpressInterestAsync(Actor.From(User), id, new ExpressInterestRequest(TransferText.NullIfEmpty(note)), ct), "意向已提交。", ct);

    public Task<IActionResult> OnPostOfferAsync(string? patentNumber, string? mode, string? feeTerms, decimal? askingPriceWan, string? keywords, CancellationToken ct) =>
        ActAsync(
            () => _offers.CreateAsync(Actor.From(User), new CreateOfferRequest(patentNumber, mode, TransferText.NullIfEmpty(feeTerms), askingPriceWan,
                (keywords ?? string.Empty).Split([',', '，', '、', ' ', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)), ct),
            "转化项目已登记。",
            ct);

    private async Task<IActionResult> ActAsync<T>(Func<Task<T>> action, string done, CancellationToken ct)
    {
        try
        {
            await action();
            Done = done;
        }
        catch (IpCityException ex) when (ex.Status is 400 or 403 or 404 or 409)
        {
            Message = $"{ex.Code}: {ex.Message}";
        }

        await OnGetAsync(ct);
        return Page();
    }
}

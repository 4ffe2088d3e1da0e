using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Finance.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Finance.Products;

/// <summary>
/// A fund claim: the loan, the stored parameters and the compensable amount, evidence, history, and the forms for
/// the next step the account may take (evidence: city and district officers; review: the district officer;
/// decision and payment: the city office). Every form carries the version it was shown with.
/// </summary>
[Authorize(Policy = Policies.Officer)]
public sealed class FundClaimModel : PageModel
{
    private readonly IRiskCompensationFund _fund;

    public FundClaimModel(IRiskCompensationFund fund)
    {
        _fund = fund;
    }

    public FundClaimDto? Claim { get; private set; }

    public string? Message { get; private set; }

    public bool IsCity => User.IsInRole(Roles.CityOfficer);

    public bool IsDistrict => User.IsInRole(Roles.DistrictOfficer);

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (id is not { } claimId)
        {
            return NotFound();
        }

        try
        {
            Claim = await _fund.GetAsync(Actor.From(User), claimId, ct);
            return Page();
        }
        catch (IpCityException ex) when (ex.Status == 404)
        {
            return NotFound();
        }
    }

    public Task<IActionResult> OnPostReviewAsync(Guid id, int version, bool approve, string? note, CancellationToken ct) =>
        ActAsync(id, a => _fund.ReviewAsync(a, id, new FundClaimReviewRequest(version, approve, note), ct), ct);

    public Task<IActionResult> OnPostDecideAsync(Guid id, int version, bool approve, string? note, CancellationToken ct) =>
        ActAsync(id, a => _fund.DecideAsync(a, id, new FundClaimDecisionRequest(version, approve, note), ct), ct);

    public Task<IActionResult> OnPostPayAsync(Guid id, int version, DateOnly? paidOn, decimal? amount, string? reference, CancellationToken ct) =>
        ActAsync(id, a => _fund.PayAsync(a, id, new FundClaimPaymentRequest(version, paidOn ?? default, amount ?? 0, reference), ct), ct);

    public async Task<IActionResult> OnPostEvidenceAsync(Guid id, IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            Message = "请选择证据文件。";
            return await OnGetAsync(id, ct);
        }

        return await ActAsync(id, async a =>
        {
            await using var stream = file.OpenReadStream();
            return await _fund.AttachAsync(a, id, file.FileName, stream, ct);
        }, ct);
    }

    private async Task<IActionResult> ActAsync<T>(Guid id, Func<Actor, Task<T>> action, CancellationToken ct)
    {
        try
        {
            await action(Actor.From(User));
            return RedirectToPage("FundClaim", new { id });
        }
        catch (IpCityException ex) when (ex.Status == 404)
        {
            return NotFound();
        }
        catch (IpCityException ex) when (ex.Status is 400 or 403 or 409 or 413 or 415)
        {
            Message = $"{ex.Code}: {ex.Message}";
            return await OnGetAsync(id, ct);
        }
    }
}

using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Protection.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Protection.Credit;

/// <summary>
/// A credit record for officers: the record, measures, every transition, repair applications and objections, with
/// forms for the next steps the service accepts from the account (listing decision and new acts: city office;
/// notice and measures: officers in view; repair review: city office; objection review: officers).
/// </summary>
[Authorize(Policy = Policies.Officer)]
public sealed class DetailModel : PageModel
{
    private readonly ICreditSupervision _credit;

    public DetailModel(ICreditSupervision credit)
    {
        _credit = credit;
    }

    public CreditRecordDto? Record { get; private set; }

    public IReadOnlyList<CreditMeasureTypeDto> MeasureTypes { get; private set; } = [];

    public string? Message { get; private set; }

    public bool IsCity => User.IsInRole(Roles.CityOfficer);

    public bool Undecided => Record is { DecidedOn: null } r && r.State is CreditStates.Recorded or CreditStates.Proposed;

    public bool InForce => Record is { } r && CreditStates.InForce.Contains(r.State);

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (id is not { } recordId)
        {
            return NotFound();
        }

        try
        {
            await LoadAsync(recordId, ct);
            return Page();
        }
        catch (IpCityException ex) when (ex.Status == 404)
        {
            return NotFound();
        }
    }

    public Task<IActionResult> OnPostDecideAsync(Guid id, bool approve, string? legalBasis, string? documentNumber, DateOnly? decidedOn, string? reason, CancellationToken ct) =>
        ActAsync(id, a => _credit.DecideAsync(a, id, new CreditDecisionRequest(approve, legalBasis ?? string.Empty, documentNumber ?? string.Empty, decidedOn ?? default, reason), ct), ct);

    public Task<IActionResult> OnPostNoticeAsync(Guid id, DateOnly? servedOn, string? channel, string? documentNumber, CancellationToken ct) =>
        ActAsync(id, a => _credit.RecordNoticeAsync(a, id, new CreditNoticeRequest(servedOn ?? default, channel ?? string.Empty, documentNumber ?? string.Empty), ct), ct);

    public Task<IActionResult> OnPostMeasuresAsync(Guid id, string[]? measures, string? legalBasis, string? documentNumber, CancellationToken ct) =>
        ActAsync(id, a => _credit.SetMeasuresAsync(a, id, new SetCreditMeasuresRequest([.. (measures ?? []).Select(m => new CreditMeasureChoice(m, null))], legalBasis ?? string.Empty, documentNumber), ct), ct);

    public Task<IActionResult> OnPostNewActAsync(Guid id, DateOnly? decidedOn, string? legalBasis, string? documentNumber, string? note, CancellationToken ct) =>
        ActAsync(id, a => _credit.RecordNewActAsync(a, id, new CreditNewActRequest(decidedOn ?? default, legalBasis ?? string.Empty, documentNumber ?? string.Empty, note, null), ct), ct);

    public Task<IActionResult> OnPostReviewRepairAsync(Guid id, long repairId, bool approve, string? reason, string? documentNumber, string? legalBasis, CancellationToken ct) =>
        ActAsync(id, a => _credit.ReviewRepairAsync(a, repairId, new CreditReviewRequest(approve, reason ?? string.Empty, documentNumber, legalBasis), ct), ct);

    public Task<IActionResult> OnPostReviewObjectionAsync(Guid id, long objectionId, bool approve, string? reason, string? documentNumber, string? legalBasis, CancellationToken ct) =>
        ActAsync(id, a => _credit.ReviewObjectionAsync(a, objectionId, new CreditReviewRequest(approve, reason ?? string.Empty, documentNumber, legalBasis), ct), ct);

    private async Task<IActionResult> ActAsync<T>(Guid id, Func<ProtectionActor, Task<T>> action, CancellationToken ct)
    {
        try
        {
            await action(ProtectionActor.From(User));
            return RedirectToPage("Detail", new { id });
        }
        catch (IpCityException ex) when (ex.Status == 404)
        {
            return NotFound();
        }
        catch (IpCityException ex) when (ex.Status is 400 or 403 or 409)
        {
            Message = $"{ex.Code}: {ex.Message}";
            await LoadAsync(id, ct);
            return Page();
        }
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Record = await _credit.GetAsync(ProtectionActor.From(User), id, ct);
        MeasureTypes = (await _credit.ListMeasureTypesAsync(ct)).Where(m => m.Active).ToList();
    }
}

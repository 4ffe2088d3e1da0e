using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Protection.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Protection.Credit;

/// <summary>本企业的信用记录: the account's own listed records, with the repair application and the objection forms.</summary>
[Authorize(Policy = Policies.Enterprise)]
public sealed class MineModel : PageModel
{
    private readonly ICreditSupervision _credit;

    public MineModel(ICreditSupervision credit)
    {
        _credit = credit;
    }

    public IReadOnlyList<CreditRecordDto> Records { get; private set; } = [];

    public string? Message { get; private set; }

    public string? Done { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostRepairAsync(Guid id, bool penaltyFulfilled, bool harmRemoved, bool commitmentLetter, string? attachmentName, string? statement, CancellationToken ct) =>
        ActAsync(() => _credit.FileRepairAsync(ProtectionActor.From(User), id, new CreditRepairRequest(penaltyFulfilled, harmRemoved, commitmentLetter, NullIfEmpty(attachmentName), null, NullIfEmpty(statement)), ct), "信用修复申请已提交。", ct);

    public Task<IActionResult> OnPostObjectionAsync(Guid id, string? text, CancellationToken ct) =>
        ActAsync(() => _credit.FileObjectionAsync(ProtectionActor.From(User), id, new CreditObjectionRequest(text ?? string.Empty), ct), "异议已提交。", ct);

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

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Records = (await _credit.ListAsync(ProtectionActor.From(User), new CreditRecordQuery(PageSize: 200), ct)).Items;

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

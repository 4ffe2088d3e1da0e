using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Protection.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Protection.Cases;

/// <summary>One case: where it stands, its time limits with how each was computed, parties (masked), history, documents and the next moves.</summary>
[Authorize(Policy = Policies.CaseReader)]
public sealed class DetailModel : PageModel
{
    private readonly ICaseRegister _cases;

    public DetailModel(ICaseRegister cases)
    {
        _cases = cases;
    }

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public CaseDetailDto? Case { get; private set; }

    public string? Message { get; private set; }

    public bool IsError { get; private set; }

    public bool CanHandle => User.IsInRole(Roles.CityOfficer) || User.IsInRole(Roles.DistrictOfficer);

    public static string ActionName(string action) => action switch
    {
        CaseActions.File => "立案",
        CaseActions.Refuse => "不予立案",
        CaseActions.Investigate => "调查/审理",
        CaseActions.Notify => "告知",
        CaseActions.Decide => "作出决定",
        CaseActions.Mediate => "达成调解协议",
        CaseActions.Execute => "执行",
        CaseActions.Close => "结案",
        CaseActions.Withdraw => "撤回",
        CaseActions.Cancel => "撤销案件",
        CaseActions.Refer => "移送",
        CaseActions.Suspend => "中止",
        CaseActions.Resume => "恢复",
        CaseActions.Extend => "延长期限",
        "Receive" => "收案",
        _ => action,
    };

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => LoadAsync(false, null, ct);

    /// <summary>The parties in full, with the stated reason (handlers and the city office; audited).</summary>
    public Task<IActionResult> OnPostUnmaskAsync(string? reason, CancellationToken ct) => LoadAsync(true, reason, ct);

    private async Task<IActionResult> LoadAsync(bool unmask, string? reason, CancellationToken ct)
    {
        try
        {
            Case = await _cases.GetAsync(ProtectionActor.From(User), Id, unmask, reason, ct);
        }
        catch (IpCityException ex) when (ex.Status == 404)
        {
            return NotFound();
        }
        catch (IpCityException ex) when (ex.Status is 400 or 403)
        {
            Message = ex.Message;
            IsError = true;
            Case = await _cases.GetAsync(ProtectionActor.From(User), Id, false, null, ct);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostActAsync(string action, int version, DateOnly? on, string? note, string? documentNumber, string? reason, int? extensionAmount, PeriodUnit? extensionUnit, decimal? fine, string? channel, CancellationToken ct)
    {
        return await RunAsync(async () =>
        {
            var done = await _cases.ActAsync(ProtectionActor.From(User), Id, new CaseActionRequest(action, version, on, note, documentNumber, reason, extensionAmount, extensionUnit, null, channel, fine), ct);
            Message = $"已{ActionName(action)}: {done.Summary.StateName}";
        }, ct);
    }

    public async Task<IActionResult> OnPostHandlersAsync(string handlers, int version, CancellationToken ct) =>
        await RunAsync(async () =>
        {
            await _cases.AssignAsync(ProtectionActor.From(User), Id, new AssignHandlersRequest((handlers ?? string.Empty).Split([',', '，', ' '], StringSplitOptions.RemoveEmptyEntries), version), ct);
            Message = "承办人已更新";
        }, ct);

    public async Task<IActionResult> OnPostOutcomeAsync(long referralId, string? outcome, DateOnly on, bool judicialConfirmation, CancellationToken ct) =>
        await RunAsync(async () =>
        {
            await _cases.RecordReferralOutcomeAsync(ProtectionActor.From(User), Id, referralId, new ReferralOutcomeRequest(outcome ?? string.Empty, on, judicialConfirmation), ct);
            Message = "已记录移送结果";
        }, ct);

    public async Task<IActionResult> OnPostAttachAsync(IFormFile? file, string? kind, CancellationToken ct) =>
        await RunAsync(async () =>
        {
            if (file is null)
            {
                throw new IpCityException("CASE_ATTACHMENT_NO_FILE", "请选择文件。", 400);
            }

            await using var stream = file.OpenReadStream();
            var saved = await _cases.AttachAsync(ProtectionActor.From(User), Id, file.FileName, kind, stream, ct);
            Message = $"已上传 {saved.FileName} (SHA-256 {saved.Sha256[..12]}…)";
        }, ct);

    private async Task<IActionResult> RunAsync(Func<Task> work, CancellationToken ct)
    {
        try
        {
            await work();
        }
        catch (IpCityException ex) when (ex.Status is 400 or 403 or 409 or 413 or 415)
        {
            Message = $"{ex.Code}: {ex.Message}";
            IsError = true;
        }

        return await OnGetAsync(ct);
    }
}

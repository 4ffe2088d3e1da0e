using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Services.Contracts;
using IpCity.Web.Pages.Services.Catalogue;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Services.Requests;

/// <summary>
/// 申请详情: state, due date and timing, the steps so far and the files; the responsible unit's officers (and the city
/// office) accept, complete or reject and may reveal the contact with a reason; the enterprise withdraws and adds files.
/// Another unit's or another enterprise's request is 404.
/// </summary>
[Authorize(Policy = Policies.CaseReader)]
public sealed class DetailModel : PageModel
{
    private readonly IServiceRequests _requests;

    public DetailModel(IServiceRequests requests)
    {
        _requests = requests;
    }

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Submitted { get; set; }

    public ServiceRequestDto? Current { get; private set; }

    public string? Message { get; private set; }

    public string? Done { get; private set; }

    public bool IsEnterprise => User.IsInRole(Roles.Enterprise);

    public bool IsHandler => User.IsInRole(Roles.CityOfficer) || User.IsInRole(Roles.DistrictOfficer);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Submitted)
        {
            Done = "申请已提交。";
        }

        return await LoadAsync(false, null, ct);
    }

    public Task<IActionResult> OnPostUnmaskAsync(string? reason, CancellationToken ct) => LoadAsync(true, reason, ct);

    public Task<IActionResult> OnPostAcceptAsync(int version, string? note, CancellationToken ct) =>
        ActAsync(() => _requests.AcceptAsync(Actor.From(User), Id, new ServiceRequestActionRequest(version, Empty(note)), ct), "已受理。", ct);

    public Task<IActionResult> OnPostCompleteAsync(int version, string? note, CancellationToken ct) =>
        ActAsync(() => _requests.CompleteAsync(Actor.From(User), Id, new ServiceRequestActionRequest(version, Empty(note)), ct), "已办结。", ct);

    public Task<IActionResult> OnPostRejectAsync(int version, string? note, CancellationToken ct) =>
        ActAsync(() => _requests.RejectAsync(Actor.From(User), Id, new ServiceRequestActionRequest(version, Empty(note)), ct), "已作出不予办理决定。", ct);

    public Task<IActionResult> OnPostWithdrawAsync(int version, string? note, CancellationToken ct) =>
        ActAsync(() => _requests.WithdrawAsync(Actor.From(User), Id, new ServiceRequestActionRequest(version, Empty(note)), ct), "申请已撤回。", ct);

    public async Task<IActionResult> OnPostAttachAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            Message = "请选择要上传的文件。";
            return await LoadAsync(false, null, ct);
        }

        return await ActAsync(async () =>
        {
            await using var stream = file.OpenReadStream();
            return await _requests.AttachAsync(Actor.From(User), Id, file.FileName, stream, ct);
        }, "附件已上传。", ct);
    }

    private async Task<IActionResult> ActAsync<T>(Func<Task<T>> action, string done, CancellationToken ct)
    {
        try
        {
            await action();
            Done = done;
        }
        catch (IpCityException ex) when (ex.Status is 400 or 403 or 409 or 413 or 415)
        {
            Message = CatalogueText.Message(ex);
        }
        catch (IpCityException ex) when (ex.Status == 404)
        {
            return NotFound();
        }

        return await LoadAsync(false, null, ct);
    }

    private async Task<IActionResult> LoadAsync(bool unmask, string? reason, CancellationToken ct)
    {
        try
        {
            Current = await _requests.GetAsync(Actor.From(User), Id, unmask, reason, ct);
        }
        catch (IpCityException ex) when (ex.Status == 404)
        {
            return NotFound();
        }
        catch (IpCityException ex) when (ex.Status is 400 or 403)
        {
            Message = CatalogueText.Message(ex);
            Current = await _requests.GetAsync(Actor.From(User), Id, false, null, ct);
        }

        return Page();
    }

    private static string? Empty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Services.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Services.Agencies;

/// <summary>代理机构详情: status history and change, branches, persons (masked) with their engagements, supervision records.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class DetailModel : PageModel
{
    private readonly IAgencyRegister _register;

    public DetailModel(IAgencyRegister register)
    {
        _register = register;
    }

    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    public AgencyDetailDto? Agency { get; private set; }

    public string? Message { get; private set; }

    public bool CanWrite => User.IsInRole(Roles.CityOfficer) || User.IsInRole(Roles.DistrictOfficer);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            Agency = await _register.GetAgencyAsync(Actor.From(User), Id, ct);
            return Page();
        }
        catch (IpCityException ex) when (ex.Status == 404)
        {
            return NotFound();
        }
    }

    public Task<IActionResult> OnPostStatusAsync(string status, DateOnly effectiveOn, string? note, CancellationToken ct) =>
        ActAsync(() => _register.ChangeStatusAsync(Actor.From(User), Id, new ChangeAgencyStatusRequest(status ?? string.Empty, effectiveOn, AgencyText.NullIfEmpty(note)), ct), "已登记状态变更。", ct);

    public Task<IActionResult> OnPostUpdateAsync(string name, string creditCode, string? patentLicenceNumber, string? trademarkFilingNumber, string? address, string? parentCreditCode, CancellationToken ct) =>
        ActAsync(() => _register.UpdateAgencyAsync(Actor.From(User), Id, new AgencyRequest(name ?? string.Empty, creditCode ?? string.Empty, AgencyText.NullIfEmpty(patentLicenceNumber),
            AgencyText.NullIfEmpty(trademarkFilingNumber), AgencyText.NullIfEmpty(address), AgencyText.NullIfEmpty(parentCreditCode)), ct), "已保存。", ct);

    public Task<IActionResult> OnPostEndAsync(long practitionerId, long engagementId, DateOnly to, CancellationToken ct) =>
        ActAsync(() => _register.EndEngagementAsync(Actor.From(User), practitionerId, engagementId, new EndEngagementRequest(to), ct), "已结束该从业经历。", ct);

    public Task<IActionResult> OnPostSupervisionAsync(string kind, DateOnly on, string? unit, string? result, string? caseNumber, Guid? creditRecordId, string? note, CancellationToken ct) =>
        ActAsync(() => _register.AddAgencySupervisionAsync(Actor.From(User), Id, new SupervisionRequest(kind ?? string.Empty, on, AgencyText.NullIfEmpty(unit), AgencyText.NullIfEmpty(result),
            AgencyText.NullIfEmpty(caseNumber), creditRecordId, AgencyText.NullIfEmpty(note)), ct), "已登记监管记录。", ct);

    private async Task<IActionResult> ActAsync<T>(Func<Task<T>> action, string done, CancellationToken ct)
    {
        try
        {
            await action();
            Message = done;
        }
        catch (IpCityException ex) when (ex.Status is 400 or 403 or 404 or 409)
        {
            Message = $"{ex.Code}: {ex.Message}";
        }

        return await OnGetAsync(ct);
    }
}

using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Services.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Services.Agencies;

/// <summary>人员详情: qualification, engagements (add, end), supervision records; personal data masked.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class PersonModel : PageModel
{
    private readonly IAgencyRegister _register;

    public PersonModel(IAgencyRegister register)
    {
        _register = register;
    }

    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    public PractitionerDetailDto? Person { get; private set; }

    public IReadOnlyList<AgencySummaryDto> Agencies { get; private set; } = [];

    public string? Message { get; private set; }

    public bool CanWrite => User.IsInRole(Roles.CityOfficer) || User.IsInRole(Roles.DistrictOfficer);

    public bool CanErase => User.IsInRole(Roles.CityOfficer);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            var actor = Actor.From(User);
            Person = await _register.GetPractitionerAsync(actor, Id, ct);
            if (CanWrite)
            {
                Agencies = (await _register.ListAgenciesAsync(actor, new AgencyQuery(PageSize: 500), ct)).Items;
            }

            return Page();
        }
        catch (IpCityException ex) when (ex.Status == 404)
        {
            return NotFound();
        }
    }

    public Task<IActionResult> OnPostEngageAsync(long agencyId, string role, DateOnly from, DateOnly? to, CancellationToken ct) =>
        ActAsync(() => _register.AddEngagementAsync(Actor.From(User), Id, new EngagementRequest(agencyId, role ?? string.Empty, from, to), ct), "已登记从业经历。", ct);

    public Task<IActionResult> OnPostEndAsync(long engagementId, DateOnly to, CancellationToken ct) =>
        ActAsync(() => _register.EndEngagementAsync(Actor.From(User), Id, engagementId, new EndEngagementRequest(to), ct), "已结束该从业经历。", ct);

    /// <summary>Erases the person's personal data (the city office, with a reason).</summary>
    public Task<IActionResult> OnPostEraseAsync(string? reason, CancellationToken ct) =>
        ActAsync(() => _register.ErasePractitionerAsync(Actor.From(User), Id, reason, ct), "已删除该人员的个人信息; 统计仍计入。", ct);

    public Task<IActionResult> OnPostSupervisionAsync(string kind, DateOnly on, string? unit, string? result, string? caseNumber, Guid? creditRecordId, string? note, CancellationToken ct) =>
        ActAsync(() => _register.AddPractitionerSupervisionAsync(Actor.From(User), Id, new SupervisionRequest(kind ?? string.Empty, on, AgencyText.NullIfEmpty(unit), AgencyText.NullIfEmpty(result),
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

using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Services.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Services.Brands.Gis;

/// <summary>
/// 地理标志详情: the GI's public facts for everyone; for officers its authorised users and use supervision records (district
/// officers: firms of their unit) with forms to register users, revoke them and record checks (city and district officers).
/// </summary>
[AllowAnonymous]
public sealed class DetailModel : PageModel
{
    private readonly IGiRegister _register;

    public DetailModel(IGiRegister register)
    {
        _register = register;
    }

    [BindProperty(SupportsGet = true)]
    public string Key { get; set; } = string.Empty;

    public GiPublicDto? Gi { get; private set; }

    public GiDetailDto? Detail { get; private set; }

    public string? Message { get; private set; }

    public bool IsOfficer => User.IsInRole(Roles.CityOfficer) || User.IsInRole(Roles.DistrictOfficer) || User.IsInRole(Roles.DeptOfficer);

    public bool CanWrite => User.IsInRole(Roles.CityOfficer) || User.IsInRole(Roles.DistrictOfficer);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        try
        {
            Gi = await _register.GetPublicAsync(Key ?? string.Empty, ct);
            if (IsOfficer)
            {
                Detail = await _register.GetAsync(Actor.From(User), Key!, ct);
            }

            return Page();
        }
        catch (IpCityException ex) when (ex.Status is 404 or 409)
        {
            return NotFound();
        }
    }

    public Task<IActionResult> OnPostUserAsync(string firmName, string creditCode, string? approvalNumber, DateOnly? approvedOn, string? address, CancellationToken ct) =>
        ActAsync(() => _register.SaveUserAsync(Actor.From(User), Key, new GiUserRequest(firmName ?? string.Empty, creditCode ?? string.Empty, BrandText.NullIfEmpty(approvalNumber), approvedOn, BrandText.NullIfEmpty(address)), ct),
            "已登记授权使用人。", ct);

    public Task<IActionResult> OnPostRevokeAsync(long userId, DateOnly revokedOn, string? reason, CancellationToken ct) =>
        ActAsync(() => _register.RevokeUserAsync(Actor.From(User), userId, new RevokeGiUserRequest(revokedOn, BrandText.NullIfEmpty(reason)), ct), "已撤销授权。", ct);

    public Task<IActionResult> OnPostSupervisionAsync(DateOnly on, string unit, string firmName, string? creditCode, string? address, string finding, string result, string? followUp, string? caseNumber, CancellationToken ct) =>
        ActAsync(() => _register.AddSupervisionAsync(Actor.From(User), Key, new GiSupervisionRequest(on, unit ?? string.Empty, firmName ?? string.Empty, BrandText.NullIfEmpty(creditCode),
            BrandText.NullIfEmpty(address), finding ?? string.Empty, result ?? string.Empty, BrandText.NullIfEmpty(followUp), BrandText.NullIfEmpty(caseNumber)), ct), "已登记监管记录。", ct);

    private async Task<IActionResult> ActAsync<T>(Func<Task<T>> action, string done, CancellationToken ct)
    {
        if (!CanWrite)
        {
            return Forbid();
        }

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

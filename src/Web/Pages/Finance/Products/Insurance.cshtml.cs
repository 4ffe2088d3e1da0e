using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Finance.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Finance.Products;

/// <summary>知识产权保险: policies in the officer's view with filters, the year's statistics, XLSX import and manual entry, the kind list.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class InsuranceModel : PageModel
{
    private readonly IIpInsuranceRegister _register;

    public InsuranceModel(IIpInsuranceRegister register)
    {
        _register = register;
    }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? District { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? Flagged { get; set; }

    [BindProperty(SupportsGet = true)]
    public int P { get; set; } = 1;

    public ProductPage<InsurancePolicyDto>? PolicyPage { get; private set; }

    public InsuranceStatistics? Statistics { get; private set; }

    public IReadOnlyList<InsuranceKindDto> Kinds { get; private set; } = [];

    public ProductImportResult? Imported { get; private set; }

    public string? Message { get; private set; }

    public bool CanWrite => User.IsInRole(Roles.CityOfficer) || User.IsInRole(Roles.DistrictOfficer);

    public bool IsCity => User.IsInRole(Roles.CityOfficer);

    public string Query => ProductText.Query(("kind", Kind), ("district", District), ("year", Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("q", Q), ("flagged", Flagged?.ToString()));

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = Actor.From(User);
        Kinds = await _register.ListKindsAsync(ct);
        try
        {
            PolicyPage = await _register.ListAsync(actor, new InsurancePolicyQuery(Empty(Kind), Empty(District), Year, null, Empty(Q), Flagged, Math.Max(1, P), 50), ct);
        }
        catch (IpCityException ex) when (ex.Status == 400)
        {
            Message = $"{ex.Code}: {ex.Message}";
            PolicyPage = await _register.ListAsync(actor, new InsurancePolicyQuery(), ct);
        }

        Statistics = await _register.StatisticsAsync(actor, Year, ct);
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            Message = "请选择 .xlsx 文件。";
        }
        else if (file.Length > 10L * 1024 * 1024)
        {
            Message = "文件超过上限 10 MB。";
        }
        else
        {
            try
            {
                await using var stream = file.OpenReadStream();
                Imported = await _register.ImportAsync(Actor.From(User), stream, file.FileName, ct);
            }
            catch (IpCityException ex) when (ex.Status is 400 or 403 or 413)
            {
                Message = $"{ex.Code}: {ex.Message}";
            }
        }

        await OnGetAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(string? kindCode, string? insurer, string? policyNumber, string? insuredName, string? insuredCreditCode, string? districtCode,
        decimal? sumInsured, decimal? premium, decimal? subsidy, DateOnly? startsOn, DateOnly? endsOn, string? patents, string? trademarks, string? note, CancellationToken ct)
    {
        try
        {
            var created = await _register.CreateAsync(Actor.From(User), new InsurancePolicyRequest(kindCode ?? string.Empty, insurer ?? string.Empty, policyNumber ?? string.Empty,
                insuredName ?? string.Empty, insuredCreditCode ?? string.Empty, districtCode ?? string.Empty, sumInsured ?? 0, premium ?? 0, subsidy, startsOn ?? default, endsOn ?? default,
                ProductText.Lines(patents), ProductText.Lines(trademarks), note), ct);
            Message = $"已登记保单 {created.PolicyNumber}" + (created.UnknownItems > 0 ? $" ({created.UnknownItems} 个号码未在数据中心找到, 已标记)" : string.Empty);
        }
        catch (IpCityException ex) when (ex.Status is 400 or 403 or 409)
        {
            Message = $"{ex.Code}: {ex.Message}";
        }

        await OnGetAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostKindAsync(string? code, string? name, bool active, int? sortOrder, CancellationToken ct)
    {
        try
        {
            await _register.SetKindAsync(Actor.From(User), code ?? string.Empty, new SetInsuranceKindRequest(name ?? string.Empty, active, sortOrder), ct);
            return RedirectToPage();
        }
        catch (IpCityException ex) when (ex.Status is 400 or 403 or 409)
        {
            Message = $"{ex.Code}: {ex.Message}";
            await OnGetAsync(ct);
            return Page();
        }
    }

    private static string? Empty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}

using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.BuildingBlocks.Storage;
using IpCity.Services.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Services.Agencies;

/// <summary>代理机构: the agencies in the officer's view with filters and exports; the city office imports, officers register agencies.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class IndexModel : PageModel
{
    private const long MaxUploadBytes = 10L * 1024 * 1024;
    private readonly IAgencyRegister _register;
    private readonly StorageOptions _storage;

    public IndexModel(IAgencyRegister register, StorageOptions storage)
    {
        _register = register;
        _storage = storage;
    }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? County { get; set; }

    [BindProperty(SupportsGet = true)]
    public int P { get; set; } = 1;

    public AgencyPage? Agencies { get; private set; }

    public AgencyImportResult? Imported { get; private set; }

    public string? Message { get; private set; }

    public bool IsCity => User.IsInRole(Roles.CityOfficer);

    public bool CanWrite => IsCity || User.IsInRole(Roles.DistrictOfficer);

    public string Query => AgencyText.Query(("q", Q), ("kind", Kind), ("status", Status), ("county", County));

    public async Task OnGetAsync(CancellationToken ct)
    {
        Agencies = await _register.ListAgenciesAsync(Actor.From(User), new AgencyQuery(AgencyText.NullIfEmpty(Q), AgencyText.NullIfEmpty(Kind), AgencyText.NullIfEmpty(Status), AgencyText.NullIfEmpty(County), Math.Max(1, P), 50), ct);
    }

    public async Task<IActionResult> OnPostCreateAsync(string name, string creditCode, string? patentLicenceNumber, string? trademarkFilingNumber, string? address, string? parentCreditCode,
        string? status, DateOnly? statusSince, CancellationToken ct)
    {
        try
        {
            var created = await _register.CreateAgencyAsync(Actor.From(User), new AgencyRequest(name ?? string.Empty, creditCode ?? string.Empty, AgencyText.NullIfEmpty(patentLicenceNumber),
                AgencyText.NullIfEmpty(trademarkFilingNumber), AgencyText.NullIfEmpty(address), AgencyText.NullIfEmpty(parentCreditCode), AgencyText.NullIfEmpty(status), statusSince), ct);
            return RedirectToPage("Detail", new { id = created.Agency.Id });
        }
        catch (IpCityException ex) when (ex.Status is 400 or 403 or 404 or 409)
        {
            Message = $"{ex.Code}: {ex.Message}";
            await OnGetAsync(ct);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length is 0 or > MaxUploadBytes || !string.Equals(Path.GetExtension(file.FileName), ".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            Message = $"请选择不超过 {MaxUploadBytes / 1024 / 1024} MB 的 .xlsx 文件 (模板见“下载导入模板”)。";
            await OnGetAsync(ct);
            return Page();
        }

        var folder = Path.Combine(_storage.DataDirectory, "uploads", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, "agencies.xlsx");
            await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await file.CopyToAsync(target, ct);
            }

            Imported = await _register.ImportAsync(Actor.From(User), path, ct);
            Message = $"导入完成: 机构 新增 {Imported.Agencies.Inserted} / 更新 {Imported.Agencies.Updated} / 未变化 {Imported.Agencies.Unchanged}; "
                + $"人员 新增 {Imported.Persons.Inserted} / 更新 {Imported.Persons.Updated} / 未变化 {Imported.Persons.Unchanged}; "
                + $"从业经历 新增 {Imported.Engagements.Inserted} / 更新 {Imported.Engagements.Updated} / 未变化 {Imported.Engagements.Unchanged}; 错误行 {Imported.Rejected}。";
        }
        catch (IpCityException ex) when (ex.Status is 400 or 403 or 409 or 413)
        {
            Message = $"{ex.Code}: {ex.Message}";
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        await OnGetAsync(ct);
        return Page();
    }
}

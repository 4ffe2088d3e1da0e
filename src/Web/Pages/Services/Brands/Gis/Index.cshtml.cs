using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.BuildingBlocks.Storage;
using IpCity.Services.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Services.Brands.Gis;

/// <summary>地理标志: the city's GIs with the number of active authorised users (public); the city office imports authorised users.</summary>
[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    private const long MaxUploadBytes = 10L * 1024 * 1024;
    private readonly IGiRegister _register;
    private readonly StorageOptions _storage;

    public IndexModel(IGiRegister register, StorageOptions storage)
    {
        _register = register;
        _storage = storage;
    }

    public IReadOnlyList<GiPublicDto> Gis { get; private set; } = [];

    public GiImportResult? Imported { get; private set; }

    public string? Message { get; private set; }

    public bool IsCity => User.IsInRole(Roles.CityOfficer);

    public async Task OnGetAsync(CancellationToken ct)
    {
        try
        {
            Gis = await _register.PublicListAsync(ct);
        }
        catch (IpCityException ex) when (ex.Status == 409)
        {
            Message = ex.Message;
        }
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        if (!IsCity)
        {
            return Forbid();
        }

        if (file is null || file.Length is 0 or > MaxUploadBytes || !string.Equals(Path.GetExtension(file.FileName), ".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            Message = $"请选择不超过 {MaxUploadBytes / 1024 / 1024} MB 的 .xlsx 文件。";
            await OnGetAsync(ct);
            return Page();
        }

        var folder = Path.Combine(_storage.DataDirectory, "uploads", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, "gi-users.xlsx");
            await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await file.CopyToAsync(target, ct);
            }

            Imported = await _register.ImportUsersAsync(Actor.From(User), path, ct);
            Message = $"导入完成: 新增 {Imported.Inserted} / 更新 {Imported.Updated} / 未变化 {Imported.Unchanged}; 错误行 {Imported.Rejected}。";
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

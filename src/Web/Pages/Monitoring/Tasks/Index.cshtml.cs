using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.BuildingBlocks.Storage;
using IpCity.Monitoring.Contracts;
using IpCity.Organisations.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Monitoring.Tasks;

/// <summary>任务台账: the ledger tree with status and overdue marks; the city office imports the ledger file here.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class IndexModel : PageModel
{
    private static readonly string[] s_extensions = [".xlsx", ".json"];
    private readonly ITaskLedger _ledger;
    private readonly StorageOptions _storage;
    private readonly ICityProfileLoader _profiles;

    public IndexModel(ITaskLedger ledger, StorageOptions storage, ICityProfileLoader profiles)
    {
        _ledger = ledger;
        _storage = storage;
        _profiles = profiles;
    }

    [BindProperty(SupportsGet = true)]
    public string? Department { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool OverdueOnly { get; set; }

    public IReadOnlyList<TaskSummaryDto> Tasks { get; private set; } = [];

    public IReadOnlyList<TaskDepartmentDto> Departments { get; private set; } = [];

    public IReadOnlyList<OverdueGroupDto> Overdue { get; private set; } = [];

    public IReadOnlyList<TaskLedgerEditionDto> Editions { get; private set; } = [];

    public TaskLedgerImportResult? Imported { get; private set; }

    public string? Message { get; private set; }

    public bool IsError { get; private set; }

    public bool IsCity => User.IsInRole(Roles.CityOfficer);

    public bool Filtered => !string.IsNullOrWhiteSpace(Department) || !string.IsNullOrWhiteSpace(Status) || OverdueOnly;

    public string ExportQuery => string.Join('&', new[]
    {
        string.IsNullOrWhiteSpace(Department) ? null : "department=" + Uri.EscapeDataString(Department),
        string.IsNullOrWhiteSpace(Status) ? null : "status=" + Uri.EscapeDataString(Status),
        OverdueOnly ? "overdue=true" : null,
    }.Where(p => p is not null));

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostStarterAsync(CancellationToken ct) =>
        RunAsync(async () =>
        {
            Imported = await _ledger.LoadStarterAsync(_profiles.DefaultProfilePath, ct);
            return Imported.Changed ? $"已载入起始台账 {Imported.Edition}。" : $"起始台账 {Imported.Edition} 已载入过, 未改变数据。";
        }, ct);

    public Task<IActionResult> OnPostImportAsync(IFormFile? file, string? edition, string? sourceNote, CancellationToken ct) =>
        RunAsync(async () =>
        {
            if (!IsCity)
            {
                throw new IpCityException(ErrorCodes.Forbidden, "只有市知识产权局可以导入台账。", 403);
            }

            var name = Path.GetFileName(file?.FileName ?? string.Empty);
            if (file is null || file.Length == 0 || name != file.FileName || !s_extensions.Contains(Path.GetExtension(name).ToLowerInvariant()))
            {
                throw new IpCityException("TASK_LEDGER_TYPE", "请选择 .xlsx 或 .json 台账文件。", 400);
            }

            if (file.Length > 20L * 1024 * 1024)
            {
                throw new IpCityException("TASK_LEDGER_TOO_LARGE", "台账文件超过上限 20 MB。", 413);
            }

            var folder = Path.Combine(_storage.DataDirectory, "uploads", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                var path = Path.Combine(folder, "ledger" + Path.GetExtension(name).ToLowerInvariant());
                await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    await file.CopyToAsync(target, ct);
                }

                Imported = await _ledger.ImportAsync(path, edition, sourceNote, name, ct);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }

            return Imported.Changed
                ? $"已导入台账 {Imported.Edition}: 新增 {Imported.Created}, 更新 {Imported.Updated}, 未变 {Imported.Unchanged}, 停用 {Imported.Retired}, 问题行 {Imported.Issues.Count}。"
                : $"台账 {Imported.Edition} 已用同一文件导入过, 未改变数据。";
        }, ct);

    private async Task<IActionResult> RunAsync(Func<Task<string>> action, CancellationToken ct)
    {
        try
        {
            Message = await action();
        }
        catch (IpCityException ex)
        {
            Message = $"{ex.Message} ({ex.Code})";
            IsError = true;
            Response.StatusCode = ex.Status;
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Departments = await _ledger.ListDepartmentsAsync(ct);
        Overdue = await _ledger.OverdueAsync(null, ct);
        Editions = await _ledger.ListEditionsAsync(ct);
        try
        {
            Tasks = await _ledger.ListAsync(new TaskQuery(Department, Status, OverdueOnly ? true : null), tree: true, ct);
        }
        catch (IpCityException ex)
        {
            Message ??= $"{ex.Message} ({ex.Code})";
            IsError = true;
        }
    }
}

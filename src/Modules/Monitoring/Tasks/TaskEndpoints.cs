using System.Text;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Files;
using IpCity.BuildingBlocks.Security;
using IpCity.BuildingBlocks.Storage;
using IpCity.Monitoring.Contracts;
using IpCity.Organisations.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IpCity.Monitoring.Tasks;

/// <summary>
/// /api/tasks: the task ledger. Reads for every officer; structure, imports and reviews for the city office;
/// work points, progress reports, evidence and self-evaluations for the task's own units (checked in the service).
/// </summary>
internal static class TaskEndpoints
{
    private static readonly string[] s_ledgerExtensions = [".xlsx", ".json"];

    public static void Map(IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/tasks").WithTags("Tasks");

        g.MapGet(string.Empty, async (string? department, string? status, bool? overdue, bool? flat, ITaskLedger ledger, CancellationToken ct) =>
            Results.Ok(await ledger.ListAsync(new TaskQuery(department, status, overdue), tree: flat != true, ct)))
            .RequireAuthorization(Policies.Officer).WithName("ListTasks").WithSummary("任务台账 (树; 按单位/状态/是否逾期筛选时为列表)");
        g.MapGet("/export.csv", async (string? department, string? status, bool? overdue, ITaskLedger ledger, CancellationToken ct) =>
            Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(await ledger.ExportCsvAsync(new TaskQuery(department, status, overdue), ct))).ToArray(), "text/csv; charset=utf-8", "tasks.csv"))
            .RequireAuthorization(Policies.Officer).WithName("ExportTasksCsv").WithSummary("导出任务台账 (CSV)");
        g.MapGet("/export.xlsx", async (string? department, string? status, bool? overdue, ITaskLedger ledger, CancellationToken ct) =>
            Results.File(await ledger.ExportXlsxAsync(new TaskQuery(department, status, overdue), ct), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "tasks.xlsx"))
            .RequireAuthorization(Policies.Officer).WithName("ExportTasksXlsx").WithSummary("导出任务台账 (XLSX)");
        g.MapGet("/overdue", async (string? department, ITaskLedger ledger, CancellationToken ct) => Results.Ok(await ledger.OverdueAsync(department, ct)))
            .RequireAuthorization(Policies.Officer).WithName("ListOverdueTasks").WithSummary("逾期预警: 各责任单位已过期未完成的里程碑");
        g.MapGet("/departments", async (ITaskLedger ledger, CancellationToken ct) => Results.Ok(await ledger.ListDepartmentsAsync(ct)))
            .RequireAuthorization(Policies.Officer).WithName("ListTaskDepartments").WithSummary("责任单位 (代码 = 账号的所属单位代码)");
        g.MapPut("/departments/{id:long}", async (long id, UpdateTaskDepartmentRequest request, ITaskLedger ledger, CancellationToken ct) =>
            Results.Ok(await ledger.UpdateDepartmentAsync(id, request, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("UpdateTaskDepartment").WithSummary("修改责任单位的代码与名称");
        g.MapGet("/editions", async (ITaskLedger ledger, CancellationToken ct) => Results.Ok(await ledger.ListEditionsAsync(ct)))
            .RequireAuthorization(Policies.Officer).WithName("ListTaskLedgerEditions").WithSummary("已导入的台账版本");
        g.MapPost("/import", async (HttpContext http, ITaskLedger ledger, StorageOptions storage, CancellationToken ct) =>
            Results.Ok(await ImportUploadAsync(http, ledger, storage, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("ImportTaskLedger").DisableRequestTimeout()
            .WithSummary("上传并导入任务台账 (multipart: file .xlsx/.json, edition, sourceNote); 同一版本同一文件重复导入不改变数据");
        g.MapPost("/import/starter", async (ITaskLedger ledger, ICityProfileLoader profiles, CancellationToken ct) =>
            Results.Ok(await ledger.LoadStarterAsync(profiles.DefaultProfilePath, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("ImportStarterTaskLedger").WithSummary("载入城市配置旁的起始台账 (outline-tasks.json, 待核 UNCONFIRMED)");

        g.MapGet("/{id:long}", async (long id, ITaskLedger ledger, CancellationToken ct) => Results.Ok(await ledger.GetAsync(id, ct)))
            .RequireAuthorization(Policies.Officer).WithName("GetTask").WithSummary("任务详情: 工作要点、里程碑、进展报告与附件、自评与评审");
        g.MapPut("/{id:long}/departments", async (long id, SetTaskDepartmentsRequest request, ITaskLedger ledger, CancellationToken ct) =>
            Results.Ok(await ledger.SetDepartmentsAsync(id, request, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("SetTaskDepartments").WithSummary("设置牵头单位与配合单位");
        g.MapPut("/{id:long}/indicators", async (long id, SetTaskIndicatorsRequest request, ITaskLedger ledger, CancellationToken ct) =>
            Results.Ok(await ledger.SetIndicatorsAsync(id, request, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("SetTaskIndicators").WithSummary("设置任务关联的指标 (含原文句子)");
        g.MapPost("/{id:long}/workpoints", async (long id, AddWorkPointRequest request, ITaskLedger ledger, CancellationToken ct) =>
            Results.Ok(await ledger.AddWorkPointAsync(id, request, ct)))
            .RequireAuthorization(Policies.Officer).WithName("AddTaskWorkPoint").WithSummary("添加年度工作要点与里程碑 (本任务的责任单位或市局)");
        g.MapPost("/{id:long}/reports", async (long id, AddProgressReportRequest request, ITaskLedger ledger, CancellationToken ct) =>
            Results.Ok(await ledger.AddReportAsync(id, request, ct)))
            .RequireAuthorization(Policies.Officer).WithName("AddTaskProgressReport").WithSummary("填报进展 (本任务的责任单位或市局)");
        g.MapPost("/{id:long}/evaluations", async (long id, SelfEvaluationRequest request, ITaskLedger ledger, CancellationToken ct) =>
            Results.Ok(await ledger.EvaluateAsync(id, request, ct)))
            .RequireAuthorization(Policies.Officer).WithName("SelfEvaluateTask").WithSummary("自评打分 0–100 (本任务的责任单位; 市局可代指定单位)");
        g.MapPost("/evaluations/{id:long}/review", async (long id, ReviewEvaluationRequest request, ITaskLedger ledger, CancellationToken ct) =>
            Results.Ok(await ledger.ReviewAsync(id, request, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("ReviewTaskEvaluation").WithSummary("市局评审与最终得分");
        g.MapPost("/reports/{id:long}/attachments", async (long id, HttpContext http, ITaskLedger ledger, TaskEvidenceStore evidence, CancellationToken ct) =>
            Results.Ok(await UploadEvidenceAsync(id, http, ledger, evidence, ct)))
            .RequireAuthorization(Policies.Officer).WithName("UploadTaskEvidence").DisableRequestTimeout()
            .WithSummary($"上传佐证材料 (multipart: file; {TaskEvidenceStore.AllowedList})");
        g.MapGet("/attachments/{id:long}", async (long id, ITaskLedger ledger, CancellationToken ct) =>
        {
            var (attachment, content) = await ledger.OpenAttachmentAsync(id, ct);

            // Always a download of opaque bytes: never rendered or sniffed by the browser.
            return Results.File(content, "application/octet-stream", attachment.FileName);
        }).RequireAuthorization(Policies.Officer).WithName("DownloadTaskEvidence").WithSummary("下载佐证材料 (附件方式, 不在线打开)");
    }

    private static async Task<AttachmentDto> UploadEvidenceAsync(long reportId, HttpContext http, ITaskLedger ledger, TaskEvidenceStore evidence, CancellationToken ct)
    {
        var file = await evidence.ReadOneFileAsync(http, ct);
        await using var stream = file.OpenReadStream();
        return await ledger.AddAttachmentAsync(reportId, file.FileName, file.ContentType, stream, ct);
    }

    private static async Task<TaskLedgerImportResult> ImportUploadAsync(HttpContext http, ITaskLedger ledger, StorageOptions storage, CancellationToken ct)
    {
        const long max = 20L * 1024 * 1024;
        static IpCityException TooLarge() => new("TASK_LEDGER_TOO_LARGE", "台账文件超过上限 20 MB。", 413);
        var file = await Uploads.ReadOneFileAsync(http, max, TooLarge, "TASK_NO_FILE", ct);
        var name = Path.GetFileName(file.FileName);
        if (string.IsNullOrWhiteSpace(name) || name != file.FileName || name.Length > 200 || !s_ledgerExtensions.Contains(Path.GetExtension(name).ToLowerInvariant()))
        {
            throw new IpCityException("TASK_LEDGER_TYPE", "台账文件须为 .xlsx 或 .json。", 400, new Dictionary<string, object?> { ["fileName"] = file.FileName });
        }

        var folder = Path.Combine(storage.DataDirectory, "uploads", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, "ledger" + Path.GetExtension(name).ToLowerInvariant());
            await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await file.CopyToAsync(target, ct);
            }

            var form = http.Request.Form;
            return await ledger.ImportAsync(path, form["edition"].ToString(), form["sourceNote"].ToString(), name, ct);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

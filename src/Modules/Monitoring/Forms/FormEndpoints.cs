using System.Globalization;
using System.Text;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Export;
using IpCity.BuildingBlocks.Security;
using IpCity.Monitoring.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MiniExcelLibs;

namespace IpCity.Monitoring.Forms;

/// <summary>
/// /api/forms: data sets, drafts, submit, approve/return (CityOfficer), XLSX template and upload, completeness.
/// Officers act for their own unit (claim ipcity:unit), city officers for every unit.
/// </summary>
internal static class FormEndpoints
{
    private const long MaxUploadBytes = DataReporting.MaxUploadBytes;
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Map(IEndpointRouteBuilder api)
    {
        var forms = api.MapGroup("/forms").WithTags("Forms").RequireAuthorization(Policies.Officer);
        forms.MapGet("/datasets", async (HttpContext http, IDataReporting r, CancellationToken ct) =>
            Results.Ok(await r.ListDataSetsAsync(FormActor.From(http.User), ct)))
            .WithName("ListFormDataSets").WithSummary("数据填报表列表 (含本人可填报的单位)");
        forms.MapGet("/datasets/{id:long}", async (long id, HttpContext http, IDataReporting r, CancellationToken ct) =>
            Results.Ok(await r.GetDataSetAsync(FormActor.From(http.User), id, ct)))
            .WithName("GetFormDataSet");
        forms.MapGet("/datasets/{id:long}/template.xlsx", async (long id, int? year, HttpContext http, IDataReporting r, TimeProvider clock, CancellationToken ct) =>
        {
            var y = year ?? DefaultYear(clock);
            var bytes = await r.TemplateAsync(FormActor.From(http.User), id, y, ct);
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"form-{id}-{y}.xlsx\"; filename*=UTF-8''{Uri.EscapeDataString($"数据填报模板-{id}-{y}.xlsx")}";
            return Results.File(bytes, Xlsx);
        }).WithName("DownloadFormTemplate").WithSummary("下载填报模板 (每个可填报单位一行)");
        forms.MapPost("/datasets/{id:long}/upload", async (long id, int? year, HttpContext http, IDataReporting r, TimeProvider clock, CancellationToken ct) =>
        {
            var y = year ?? DefaultYear(clock);
            return Results.Ok(await WithUploadAsync(http, stream => r.UploadAsync(FormActor.From(http.User), id, y, stream, ct), ct));
        }).WithName("UploadFormTemplate").WithSummary("上传填好的模板：正确的行保存为草稿，错误的行逐行报告");
        forms.MapGet("/datasets/{id:long}/completeness", async (long id, int? year, HttpContext http, IDataReporting r, TimeProvider clock, CancellationToken ct) =>
            Results.Ok(await r.CompletenessAsync(FormActor.From(http.User), id, year ?? DefaultYear(clock), ct)))
            .WithName("FormCompleteness").WithSummary("填报完成情况：每个应填报单位的状态");
        forms.MapGet("/datasets/{id:long}/completeness.csv", async (long id, int? year, HttpContext http, IDataReporting r, IAuditTrail audit, TimeProvider clock, CancellationToken ct) =>
        {
            var c = await r.CompletenessAsync(FormActor.From(http.User), id, year ?? DefaultYear(clock), ct);
            await audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "FormCompleteness", c.DataSetCode, "csv; year=" + c.Year.ToString(CultureInfo.InvariantCulture)), ct);
            var sb = new StringBuilder();
            sb.AppendLine(string.Join(',', CompletenessHeaders.Select(CsvCells.Cell)));
            foreach (var row in CompletenessCells(c))
            {
                sb.AppendLine(string.Join(',', row.Select(CsvCells.Cell)));
            }

            http.Response.Headers.ContentDisposition = $"attachment; filename=\"completeness-{id}-{c.Year}.csv\"";
            return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(sb.ToString())).ToArray(), "text/csv; charset=utf-8");
        }).WithName("ExportFormCompletenessCsv");
        forms.MapGet("/datasets/{id:long}/completeness.xlsx", async (long id, int? year, HttpContext http, IDataReporting r, IAuditTrail audit, TimeProvider clock, CancellationToken ct) =>
        {
            var c = await r.CompletenessAsync(FormActor.From(http.User), id, year ?? DefaultYear(clock), ct);
            await audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "FormCompleteness", c.DataSetCode, "xlsx; year=" + c.Year.ToString(CultureInfo.InvariantCulture)), ct);
            var rows = CompletenessCells(c).Select(cells => CompletenessHeaders.Zip(cells).ToDictionary(x => x.First, x => (object?)x.Second)).ToList();
            using var stream = new MemoryStream();
            await stream.SaveAsAsync(rows, sheetName: "完成情况", cancellationToken: ct);
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"completeness-{id}-{c.Year}.xlsx\"";
            return Results.File(stream.ToArray(), Xlsx);
        }).WithName("ExportFormCompletenessXlsx");

        forms.MapGet("/submissions", async (long? dataSetId, int? year, string? state, string? unitCode, HttpContext http, IDataReporting r, CancellationToken ct) =>
            Results.Ok(await r.ListSubmissionsAsync(FormActor.From(http.User), dataSetId, year, state, unitCode, ct)))
            .WithName("ListFormSubmissions").WithSummary("填报记录 (本单位；市局为全部)，可按表、年度、状态、单位筛选");
        forms.MapGet("/submissions/{id:long}", async (long id, HttpContext http, IDataReporting r, CancellationToken ct) =>
            Results.Ok(await r.GetSubmissionAsync(FormActor.From(http.User), id, ct)))
            .WithName("GetFormSubmission");
        forms.MapPost("/submissions", async (SaveDraftRequest request, HttpContext http, IDataReporting r, CancellationToken ct) =>
            Results.Ok(await r.SaveDraftAsync(FormActor.From(http.User), request, ct)))
            .WithName("SaveFormDraft").WithSummary("新建或保存 (数据表, 单位, 年度) 的草稿；保存时执行校验规则 (FORM_VALIDATION)");
        forms.MapPost("/submissions/{id:long}/submit", async (long id, SubmissionActionRequest request, HttpContext http, IDataReporting r, CancellationToken ct) =>
            Results.Ok(await r.SubmitAsync(FormActor.From(http.User), id, request, ct)))
            .WithName("SubmitForm");
        forms.MapPost("/submissions/{id:long}/approve", async (long id, SubmissionActionRequest request, HttpContext http, IDataReporting r, CancellationToken ct) =>
            Results.Ok(await r.ApproveAsync(FormActor.From(http.User), id, request, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("ApproveForm").WithSummary("审核通过：数值写入数据元 (新版本，不覆盖)");
        forms.MapPost("/submissions/{id:long}/return", async (long id, SubmissionActionRequest request, HttpContext http, IDataReporting r, CancellationToken ct) =>
            Results.Ok(await r.ReturnAsync(FormActor.From(http.User), id, request, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("ReturnForm").WithSummary("退回 (必须填写意见)");
    }

    private static readonly string[] CompletenessHeaders = ["单位代码", "单位名称", "状态", "填报编号", "版次", "最后修改时间(UTC)", "最后修改人"];

    private static IEnumerable<string[]> CompletenessCells(CompletenessDto c) => c.Units.Select(u => new[]
    {
        u.UnitCode, u.UnitName, u.StateLabel, u.SubmissionId?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, u.Revision?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        u.UpdatedAtUtc?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? string.Empty, u.UpdatedBy ?? string.Empty,
    });

    /// <summary>Reports are made for the year just ended.</summary>
    internal static int DefaultYear(TimeProvider clock) => clock.GetUtcNow().AddHours(8).Year - 1;

    /// <summary>One .xlsx file (multipart), checked for request size, file size and name here; content checks are the service's.</summary>
    private static async Task<T> WithUploadAsync<T>(HttpContext http, Func<Stream, Task<T>> work, CancellationToken ct)
    {
        if (!http.Request.HasFormContentType)
        {
            throw new IpCityException("FORM_NO_FILE", "请选择填好的 XLSX 模板文件上传。", 400);
        }

        if (http.Request.ContentLength > MaxUploadBytes + (1024 * 1024))
        {
            throw new IpCityException("FORM_UPLOAD_TOO_LARGE", "文件超过 10 MB。", 413);
        }

        var form = await http.Request.ReadFormAsync(ct);
        var file = form.Files.Count == 1 ? form.Files[0] : throw new IpCityException("FORM_NO_FILE", "一次上传一个文件。", 400);
        if (file.Length > MaxUploadBytes)
        {
            throw new IpCityException("FORM_UPLOAD_TOO_LARGE", "文件超过 10 MB。", 413);
        }

        if (!string.Equals(Path.GetExtension(file.FileName), ".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            throw new IpCityException("FORM_UPLOAD_TYPE", "只接受 .xlsx 文件 (请使用下载的模板)。", 400);
        }

        // Staging, the zip signature and the zip-bomb limits are checked by the service (the page upload goes through it too).
        await using var stream = file.OpenReadStream();
        return await work(stream);
    }
}

using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Files;
using IpCity.BuildingBlocks.Security;
using IpCity.BuildingBlocks.Storage;
using IpCity.Services.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IpCity.Services.Agencies;

/// <summary>
/// /api/services/agencies and /api/services/practitioners: officers read (district officers their district's
/// agencies and the persons working there), city and district officers write, the city office imports; the
/// agency directory (no personal data) is public.
/// </summary>
internal static class AgencyEndpoints
{
    private const long MaxUploadBytes = 10L * 1024 * 1024;

    /// <summary>City and district officers (the host has no register-writer policy of its own; this one has exactly those roles).</summary>
    private const string Writers = Policies.CaseHandler;

    public static void Map(IEndpointRouteBuilder api)
    {
        var a = api.MapGroup("/services/agencies").WithTags("Services");
        a.MapGet(string.Empty, async (HttpContext http, string? q, string? kind, string? status, string? county, int? page, int? pageSize, IAgencyRegister register, CancellationToken ct) =>
            Results.Ok(await register.ListAgenciesAsync(Actor.From(http.User), new AgencyQuery(q, kind, status, county, page ?? 1, pageSize ?? 50), ct)))
            .RequireAuthorization(Policies.Officer).WithName("ListAgencies").WithSummary("代理机构 (区县人员只见本辖区; 按名称/代码/证号、类型、状态、区县筛选)");
        a.MapGet("/export.csv", async (HttpContext http, string? q, string? kind, string? status, string? county, IAgencyRegister register, CancellationToken ct) =>
            Results.File(await register.ExportAgenciesAsync(Actor.From(http.User), new AgencyQuery(q, kind, status, county), "csv", ct), ExportFile.CsvType, "agencies.csv"))
            .RequireAuthorization(Policies.Officer).WithName("ExportAgenciesCsv").WithSummary("导出代理机构 (CSV)");
        a.MapGet("/export.xlsx", async (HttpContext http, string? q, string? kind, string? status, string? county, IAgencyRegister register, CancellationToken ct) =>
            Results.File(await register.ExportAgenciesAsync(Actor.From(http.User), new AgencyQuery(q, kind, status, county), "xlsx", ct), ExportFile.XlsxType, "agencies.xlsx"))
            .RequireAuthorization(Policies.Officer).WithName("ExportAgenciesXlsx").WithSummary("导出代理机构 (XLSX)");
        a.MapGet("/template.xlsx", async (IAgencyRegister register, CancellationToken ct) =>
            Results.File(await register.TemplateAsync(ct), ExportFile.XlsxType, "agencies-import-template.xlsx"))
            .RequireAuthorization(Policies.Officer).WithName("AgencyImportTemplate").WithSummary("导入模板 (机构、人员两张工作表与说明)");
        a.MapPost("/import", async (HttpContext http, IAgencyRegister register, StorageOptions storage, CancellationToken ct) =>
            Results.Ok(await ImportAsync(http, register, storage, ct)))
            .RequireAuthorization(Policies.CityOfficer).DisableRequestTimeout().WithName("ImportAgencies")
            .WithSummary("导入机构与人员 (multipart: file .xlsx ≤ 10 MB; 工作表“机构”和/或“人员”); 按自然键幂等, 错误行逐行报告");
        a.MapGet("/directory", async (string? q, string? kind, string? county, int? page, int? pageSize, IAgencyRegister register, CancellationToken ct) =>
            Results.Ok(await register.DirectoryAsync(q, kind, county, page ?? 1, pageSize ?? 50, ct)))
            .AllowAnonymous().WithName("AgencyDirectory").WithSummary("公开名录: 代理机构 (不含人员信息)");
        a.MapGet("/directory.csv", async (string? q, string? kind, string? county, IAgencyRegister register, CancellationToken ct) =>
            Results.File(await register.ExportDirectoryAsync(q, kind, county, ct), ExportFile.CsvType, "agency-directory.csv"))
            .AllowAnonymous().WithName("ExportAgencyDirectoryCsv").WithSummary("导出公开名录 (CSV)");
        a.MapGet("/statistics", async (HttpContext http, DateOnly? date, string? composition, IAgencyRegister register, TimeProvider clock, CancellationToken ct) =>
            Results.Ok(await register.StatisticsAsync(Actor.From(http.User), date ?? AgencyRules.Today(clock), Composition(composition), ct)))
            .RequireAuthorization(Policies.Officer).WithName("AgentWorkforceStatistics").WithSummary("专利代理师与商标代理从业人员: 按区县/功能区的三类人数与合计口径 (基准日)");
        a.MapGet("/statistics.csv", async (HttpContext http, DateOnly? date, string? composition, IAgencyRegister register, TimeProvider clock, CancellationToken ct) =>
            Results.File(await register.ExportStatisticsAsync(Actor.From(http.User), date ?? AgencyRules.Today(clock), Composition(composition), "csv", ct), ExportFile.CsvType, "agent-workforce.csv"))
            .RequireAuthorization(Policies.Officer).WithName("ExportAgentWorkforceStatisticsCsv").WithSummary("导出从业人员统计 (CSV)");
        a.MapGet("/statistics.xlsx", async (HttpContext http, DateOnly? date, string? composition, IAgencyRegister register, TimeProvider clock, CancellationToken ct) =>
            Results.File(await register.ExportStatisticsAsync(Actor.From(http.User), date ?? AgencyRules.Today(clock), Composition(composition), "xlsx", ct), ExportFile.XlsxType, "agent-workforce.xlsx"))
            .RequireAuthorization(Policies.Officer).WithName("ExportAgentWorkforceStatisticsXlsx").WithSummary("导出从业人员统计 (XLSX)");
        a.MapGet("/{id:long}", async (HttpContext http, long id, IAgencyRegister register, CancellationToken ct) =>
            Results.Ok(await register.GetAgencyAsync(Actor.From(http.User), id, ct)))
            .RequireAuthorization(Policies.Officer).WithName("GetAgency").WithSummary("代理机构详情: 状态沿革、分支机构、从业人员 (脱敏)、监管记录");
        a.MapPost(string.Empty, async (HttpContext http, AgencyRequest request, IAgencyRegister register, CancellationToken ct) =>
            Results.Ok(await register.CreateAgencyAsync(Actor.From(http.User), request, ct)))
            .RequireAuthorization(Writers).WithName("CreateAgency").WithSummary("登记代理机构 (市局; 区局限本辖区)");
        a.MapPut("/{id:long}", async (HttpContext http, long id, AgencyRequest request, IAgencyRegister register, CancellationToken ct) =>
            Results.Ok(await register.UpdateAgencyAsync(Actor.From(http.User), id, request, ct)))
            .RequireAuthorization(Writers).WithName("UpdateAgency").WithSummary("修改代理机构");
        a.MapPost("/{id:long}/status", async (HttpContext http, long id, ChangeAgencyStatusRequest request, IAgencyRegister register, CancellationToken ct) =>
            Results.Ok(await register.ChangeStatusAsync(Actor.From(http.User), id, request, ct)))
            .RequireAuthorization(Writers).WithName("ChangeAgencyStatus").WithSummary("登记状态变更 (执业/停业/注销/撤销 及生效日期)");
        a.MapPost("/{id:long}/supervision", async (HttpContext http, long id, SupervisionRequest request, IAgencyRegister register, CancellationToken ct) =>
            Results.Ok(await register.AddAgencySupervisionAsync(Actor.From(http.User), id, request, ct)))
            .RequireAuthorization(Writers).WithName("AddAgencySupervision").WithSummary("登记监管记录: 检查、违法违规 (关联案件编号)、信用记录 (关联记录编号)");

        var p = api.MapGroup("/services/practitioners").WithTags("Services");
        p.MapGet(string.Empty, async (HttpContext http, string? q, long? agencyId, string? category, DateOnly? on, int? page, int? pageSize, IAgencyRegister register, CancellationToken ct) =>
            Results.Ok(await register.ListPractitionersAsync(Actor.From(http.User), new PractitionerQuery(q, agencyId, category, on, page ?? 1, pageSize ?? 50), ct)))
            .RequireAuthorization(Policies.Officer).WithName("ListPractitioners").WithSummary("从业人员 (姓名、证件号脱敏; 按执业证号/资格证号/身份证号、机构、类别与基准日筛选)");
        p.MapGet("/export.csv", async (HttpContext http, string? q, long? agencyId, string? category, DateOnly? on, IAgencyRegister register, CancellationToken ct) =>
            Results.File(await register.ExportPractitionersAsync(Actor.From(http.User), new PractitionerQuery(q, agencyId, category, on), "csv", ct), ExportFile.CsvType, "practitioners.csv"))
            .RequireAuthorization(Policies.Officer).WithName("ExportPractitionersCsv").WithSummary("导出从业人员 (CSV, 脱敏)");
        p.MapGet("/export.xlsx", async (HttpContext http, string? q, long? agencyId, string? category, DateOnly? on, IAgencyRegister register, CancellationToken ct) =>
            Results.File(await register.ExportPractitionersAsync(Actor.From(http.User), new PractitionerQuery(q, agencyId, category, on), "xlsx", ct), ExportFile.XlsxType, "practitioners.xlsx"))
            .RequireAuthorization(Policies.Officer).WithName("ExportPractitionersXlsx").WithSummary("导出从业人员 (XLSX, 脱敏)");
        p.MapGet("/{id:long}", async (HttpContext http, long id, IAgencyRegister register, CancellationToken ct) =>
            Results.Ok(await register.GetPractitionerAsync(Actor.From(http.User), id, ct)))
            .RequireAuthorization(Policies.Officer).WithName("GetPractitioner").WithSummary("人员详情: 资格、从业经历、监管记录");
        p.MapPost(string.Empty, async (HttpContext http, PractitionerRequest request, IAgencyRegister register, CancellationToken ct) =>
            Results.Ok(await register.CreatePractitionerAsync(Actor.From(http.User), request, ct)))
            .RequireAuthorization(Writers).WithName("CreatePractitioner").WithSummary("登记人员 (执业证号或身份证号; 可同时登记从业机构)");
        p.MapPut("/{id:long}", async (HttpContext http, long id, PractitionerRequest request, IAgencyRegister register, CancellationToken ct) =>
            Results.Ok(await register.UpdatePractitionerAsync(Actor.From(http.User), id, request, ct)))
            .RequireAuthorization(Writers).WithName("UpdatePractitioner").WithSummary("修改人员");
        p.MapPost("/{id:long}/erase", async (HttpContext http, long id, ErasePersonRequest request, IAgencyRegister register, CancellationToken ct) =>
            Results.Ok(await register.ErasePractitionerAsync(Actor.From(http.User), id, request?.Reason, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("ErasePractitioner").WithSummary("删除人员的个人信息 (姓名、身份证号及其索引、住址、证号; 保留统计; 须说明理由, 记入审计)");
        p.MapPost("/{id:long}/engagements", async (HttpContext http, long id, EngagementRequest request, IAgencyRegister register, CancellationToken ct) =>
            Results.Ok(await register.AddEngagementAsync(Actor.From(http.User), id, request, ct)))
            .RequireAuthorization(Writers).WithName("AddEngagement").WithSummary("登记从业经历 (机构、岗位、起止日期)");
        p.MapPost("/{id:long}/engagements/{engagementId:long}/end", async (HttpContext http, long id, long engagementId, EndEngagementRequest request, IAgencyRegister register, CancellationToken ct) =>
            Results.Ok(await register.EndEngagementAsync(Actor.From(http.User), id, engagementId, request, ct)))
            .RequireAuthorization(Writers).WithName("EndEngagement").WithSummary("结束从业经历 (离职日期)");
        p.MapPost("/{id:long}/supervision", async (HttpContext http, long id, SupervisionRequest request, IAgencyRegister register, CancellationToken ct) =>
            Results.Ok(await register.AddPractitionerSupervisionAsync(Actor.From(http.User), id, request, ct)))
            .RequireAuthorization(Writers).WithName("AddPractitionerSupervision").WithSummary("登记人员监管记录");
    }

    private static IReadOnlyList<string>? Composition(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Split([',', '+', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static async Task<AgencyImportResult> ImportAsync(HttpContext http, IAgencyRegister register, StorageOptions storage, CancellationToken ct)
    {
        var file = await Uploads.ReadOneFileAsync(http, MaxUploadBytes, () => new IpCityException("AGENCY_IMPORT_TOO_LARGE", "导入文件超过上限 10 MB。", 413), AgencyImportFile.InvalidCode, ct);
        return await ImportFileAsync(Actor.From(http.User), file.FileName, file.OpenReadStream, register, storage, ct);
    }

    /// <summary>Copies the upload to a private temp folder (removed afterwards) and imports it.</summary>
    public static async Task<AgencyImportResult> ImportFileAsync(Actor actor, string fileName, Func<Stream> open, IAgencyRegister register, StorageOptions storage, CancellationToken ct)
    {
        var name = Path.GetFileName(fileName);
        if (string.IsNullOrWhiteSpace(name) || name != fileName || !string.Equals(Path.GetExtension(name), ".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            throw new IpCityException(AgencyImportFile.InvalidCode, "导入文件须为 .xlsx。", 400, new Dictionary<string, object?> { ["fileName"] = fileName });
        }

        var folder = Path.Combine(storage.DataDirectory, "uploads", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, "agencies.xlsx");
            await using (var source = open())
            await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await source.CopyToAsync(target, ct);
            }

            return await register.ImportAsync(actor, path, ct);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

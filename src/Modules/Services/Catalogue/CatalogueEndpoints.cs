using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Files;
using IpCity.BuildingBlocks.Security;
using IpCity.BuildingBlocks.Storage;
using IpCity.Services.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IpCity.Services.Catalogue;

/// <summary>
/// /api/services/catalogue (public list, item in force, change log; officers: history; city office: add, revise,
/// import, starter), /api/services/outlets (public list, map, exports; city office maintains) and
/// /api/services/requests (enterprise submits and withdraws; the responsible unit's officers and the city office
/// handle; each sees only its scope).
/// </summary>
internal static class CatalogueEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string CsvType = "text/csv; charset=utf-8";
    private static readonly string[] s_extensions = [".xlsx", ".csv"];

    public static void Map(IEndpointRouteBuilder api)
    {
        var c = api.MapGroup("/services/catalogue").WithTags("Services");
        c.MapGet(string.Empty, async (HttpContext http, string? q, string? category, string? unit, string? status, DateOnly? asOf, int? page, int? pageSize, IServiceCatalogue catalogue, CancellationToken ct) =>
            Results.Ok(await catalogue.ListAsync(Actor.From(http.User), new ServiceItemQuery(q, category, unit, status, asOf, page ?? 1, pageSize ?? 50), ct)))
            .AllowAnonymous().WithName("ListServiceItems").WithSummary("公共服务事项清单 (指定日期施行的版本, 含办理时限)");
        c.MapGet("/export.xlsx", async (HttpContext http, string? q, string? category, string? unit, string? status, DateOnly? asOf, IServiceCatalogue catalogue, CancellationToken ct) =>
            Results.File(await catalogue.ExportXlsxAsync(Actor.From(http.User), new ServiceItemQuery(q, category, unit, status, asOf), ct), Xlsx, "service-catalogue.xlsx"))
            .AllowAnonymous().WithName("ExportServiceItemsXlsx").WithSummary("导出事项清单 (XLSX, 可再次导入)");
        c.MapGet("/export.csv", async (HttpContext http, string? q, string? category, string? unit, string? status, DateOnly? asOf, IServiceCatalogue catalogue, CancellationToken ct) =>
            Results.File(await catalogue.ExportCsvAsync(Actor.From(http.User), new ServiceItemQuery(q, category, unit, status, asOf), ct), CsvType, "service-catalogue.csv"))
            .AllowAnonymous().WithName("ExportServiceItemsCsv").WithSummary("导出事项清单 (CSV)");
        c.MapGet("/changes", async (HttpContext http, string? code, int? take, IServiceCatalogue catalogue, CancellationToken ct) =>
            Results.Ok(await catalogue.ChangesAsync(Actor.From(http.User), code, take ?? 100, ct)))
            .AllowAnonymous().WithName("ListServiceCatalogueChanges").WithSummary("事项清单动态调整记录 (新增、调整、暂停、取消)");
        c.MapGet("/{code}", async (HttpContext http, string code, DateOnly? asOf, IServiceCatalogue catalogue, CancellationToken ct) =>
            Results.Ok(await catalogue.GetAsync(Actor.From(http.User), code, asOf, ct)))
            .AllowAnonymous().WithName("GetServiceItem").WithSummary("事项详情 (指定日期施行的版本)");
        c.MapGet("/{code}/history", async (HttpContext http, string code, IServiceCatalogue catalogue, CancellationToken ct) =>
            Results.Ok(await catalogue.HistoryAsync(Actor.From(http.User), code, ct)))
            .RequireAuthorization(Policies.Officer).WithName("ListServiceItemVersions").WithSummary("事项的全部版本 (工作人员)");
        c.MapPost(string.Empty, async (HttpContext http, CreateServiceItemRequest request, IServiceCatalogue catalogue, CancellationToken ct) =>
            Results.Ok(await catalogue.CreateAsync(Actor.From(http.User), request, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("CreateServiceItem").WithSummary("新增事项 (市局)");
        c.MapPost("/{code}/versions", async (HttpContext http, string code, ReviseServiceItemRequest request, IServiceCatalogue catalogue, CancellationToken ct) =>
            Results.Ok(await catalogue.ReviseAsync(Actor.From(http.User), code, request, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("ReviseServiceItem").WithSummary("调整事项: 新增自某日起施行的版本 (basedOnVersion 乐观并发)");
        c.MapPost("/import", async (HttpContext http, IServiceCatalogue catalogue, StorageOptions storage, CancellationToken ct) =>
            Results.Ok(await WithUploadAsync(http, storage, "catalogue", path => catalogue.ImportAsync(Actor.From(http.User), path, ct), ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("ImportServiceItems").DisableRequestTimeout()
            .WithSummary("导入事项清单 (multipart: file .xlsx/.csv, ≤ 5 MB); 按事项编码新增或新增版本, 错误行逐行报告");
        c.MapPost("/starter", async (IServiceCatalogue catalogue, CancellationToken ct) => Results.Ok(await catalogue.LoadStarterAsync(ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("LoadStarterServiceItems").WithSummary("载入起步事项清单 (STARTER, 待核; 已有编码不覆盖)");

        var o = api.MapGroup("/services/outlets").WithTags("Services");
        o.MapGet(string.Empty, async (HttpContext http, string? q, string? kind, string? district, string? service, bool? active, int? page, int? pageSize, IServiceOutlets outlets, CancellationToken ct) =>
            Results.Ok(await outlets.ListAsync(Actor.From(http.User), new ServiceOutletQuery(q, kind, district, service, active, page ?? 1, pageSize ?? 50), ct)))
            .AllowAnonymous().WithName("ListServiceOutlets").WithSummary("服务网点 (公众: 启用中的网点, 手机号脱敏)");
        o.MapGet("/map", async (HttpContext http, string? kind, IServiceOutlets outlets, CancellationToken ct) =>
            Results.Ok(await outlets.MapAsync(Actor.From(http.User), kind, ct)))
            .AllowAnonymous().WithName("MapServiceOutlets").WithSummary("各区县服务网点数 (地图)");
        o.MapGet("/export.xlsx", async (HttpContext http, string? q, string? kind, string? district, string? service, bool? active, IServiceOutlets outlets, CancellationToken ct) =>
            Results.File(await outlets.ExportXlsxAsync(Actor.From(http.User), new ServiceOutletQuery(q, kind, district, service, active), ct), Xlsx, "service-outlets.xlsx"))
            .AllowAnonymous().WithName("ExportServiceOutletsXlsx").WithSummary("导出服务网点 (XLSX, 可再次导入)");
        o.MapGet("/export.csv", async (HttpContext http, string? q, string? kind, string? district, string? service, bool? active, IServiceOutlets outlets, CancellationToken ct) =>
            Results.File(await outlets.ExportCsvAsync(Actor.From(http.User), new ServiceOutletQuery(q, kind, district, service, active), ct), CsvType, "service-outlets.csv"))
            .AllowAnonymous().WithName("ExportServiceOutletsCsv").WithSummary("导出服务网点 (CSV)");
        o.MapGet("/{id:long}", async (HttpContext http, long id, IServiceOutlets outlets, CancellationToken ct) =>
            Results.Ok(await outlets.GetAsync(Actor.From(http.User), id, ct)))
            .AllowAnonymous().WithName("GetServiceOutlet").WithSummary("服务网点详情");
        o.MapPost(string.Empty, async (HttpContext http, ServiceOutletRequest request, IServiceOutlets outlets, CancellationToken ct) =>
            Results.Ok(await outlets.CreateAsync(Actor.From(http.User), request, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("CreateServiceOutlet").WithSummary("新增服务网点 (名称+区县唯一)");
        o.MapPut("/{id:long}", async (HttpContext http, long id, ServiceOutletRequest request, IServiceOutlets outlets, CancellationToken ct) =>
            Results.Ok(await outlets.UpdateAsync(Actor.From(http.User), id, request, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("UpdateServiceOutlet").WithSummary("修改服务网点 (version 乐观并发)");
        o.MapDelete("/{id:long}", async (HttpContext http, long id, IServiceOutlets outlets, CancellationToken ct) =>
        {
            await outlets.DeleteAsync(Actor.From(http.User), id, ct);
            return Results.NoContent();
        }).RequireAuthorization(Policies.CityOfficer).WithName("DeleteServiceOutlet").WithSummary("删除服务网点");
        o.MapPost("/import", async (HttpContext http, IServiceOutlets outlets, StorageOptions storage, CancellationToken ct) =>
            Results.Ok(await WithUploadAsync(http, storage, "outlets", path => outlets.ImportAsync(Actor.From(http.User), path, ct), ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("ImportServiceOutlets").DisableRequestTimeout()
            .WithSummary("导入服务网点 (multipart: file .xlsx/.csv, ≤ 5 MB); 按名称+区县更新, 错误行逐行报告");

        // CaseReader = CityOfficer, DistrictOfficer, Enterprise; CaseHandler = CityOfficer, DistrictOfficer (the role sets these endpoints need).
        var r = api.MapGroup("/services/requests").WithTags("Services");
        r.MapGet(string.Empty, async (HttpContext http, string? state, string? timing, string? unit, string? item, int? page, int? pageSize, IServiceRequests requests, CancellationToken ct) =>
            Results.Ok(await requests.ListAsync(Actor.From(http.User), new ServiceRequestQuery(state, timing, unit, item, page ?? 1, pageSize ?? 50), ct)))
            .RequireAuthorization(Policies.CaseReader).WithName("ListServiceRequests").WithSummary("网上申请: 市局全部, 区县本单位的待办, 企业本企业的申请");
        r.MapGet("/export.csv", async (HttpContext http, string? state, string? timing, string? unit, string? item, IServiceRequests requests, CancellationToken ct) =>
            Results.File(await requests.ExportCsvAsync(Actor.From(http.User), new ServiceRequestQuery(state, timing, unit, item), ct), CsvType, "service-requests.csv"))
            .RequireAuthorization(Policies.CaseReader).WithName("ExportServiceRequestsCsv").WithSummary("导出网上申请 (CSV, 联系方式脱敏)");
        r.MapGet("/export.xlsx", async (HttpContext http, string? state, string? timing, string? unit, string? item, IServiceRequests requests, CancellationToken ct) =>
            Results.File(await requests.ExportXlsxAsync(Actor.From(http.User), new ServiceRequestQuery(state, timing, unit, item), ct), Xlsx, "service-requests.xlsx"))
            .RequireAuthorization(Policies.CaseReader).WithName("ExportServiceRequestsXlsx").WithSummary("导出网上申请 (XLSX, 联系方式脱敏)");
        r.MapPost(string.Empty, async (HttpContext http, SubmitServiceRequest request, IServiceRequests requests, CancellationToken ct) =>
            Results.Ok(await requests.SubmitAsync(Actor.From(http.User), request, ct)))
            .RequireAuthorization(Policies.Enterprise).WithName("SubmitServiceRequest").WithSummary("企业网上申请事项 (按施行版本的时限计算应办结日期)");
        r.MapGet("/{id:guid}", async (HttpContext http, Guid id, bool? unmask, string? reason, IServiceRequests requests, CancellationToken ct) =>
            Results.Ok(await requests.GetAsync(Actor.From(http.User), id, unmask ?? false, reason, ct)))
            .RequireAuthorization(Policies.CaseReader).WithName("GetServiceRequest").WithSummary("申请详情 (他单位/他企业的申请 404; unmask 须说明理由并留痕)");
        r.MapPost("/{id:guid}/accept", async (HttpContext http, Guid id, ServiceRequestActionRequest request, IServiceRequests requests, CancellationToken ct) =>
            Results.Ok(await requests.AcceptAsync(Actor.From(http.User), id, request, ct)))
            .RequireAuthorization(Policies.CaseHandler).WithName("AcceptServiceRequest").WithSummary("受理");
        r.MapPost("/{id:guid}/complete", async (HttpContext http, Guid id, ServiceRequestActionRequest request, IServiceRequests requests, CancellationToken ct) =>
            Results.Ok(await requests.CompleteAsync(Actor.From(http.User), id, request, ct)))
            .RequireAuthorization(Policies.CaseHandler).WithName("CompleteServiceRequest").WithSummary("办结 (记录是否按时)");
        r.MapPost("/{id:guid}/reject", async (HttpContext http, Guid id, ServiceRequestActionRequest request, IServiceRequests requests, CancellationToken ct) =>
            Results.Ok(await requests.RejectAsync(Actor.From(http.User), id, request, ct)))
            .RequireAuthorization(Policies.CaseHandler).WithName("RejectServiceRequest").WithSummary("不予受理/不予办理 (须说明理由)");
        r.MapPost("/{id:guid}/withdraw", async (HttpContext http, Guid id, ServiceRequestActionRequest request, IServiceRequests requests, CancellationToken ct) =>
            Results.Ok(await requests.WithdrawAsync(Actor.From(http.User), id, request, ct)))
            .RequireAuthorization(Policies.Enterprise).WithName("WithdrawServiceRequest").WithSummary("企业撤回申请");
        r.MapPost("/{id:guid}/attachments", async (HttpContext http, Guid id, IServiceRequests requests, RequestFiles files, CancellationToken ct) =>
        {
            var file = await files.ReadOneFileAsync(http, ct);
            await using var stream = file.OpenReadStream();
            return Results.Ok(await requests.AttachAsync(Actor.From(http.User), id, file.FileName, stream, ct));
        }).RequireAuthorization(Policies.Enterprise).WithName("AttachServiceRequestFile").DisableRequestTimeout()
            .WithSummary("上传申请材料 (multipart: file; pdf/png/jpg/docx/xlsx ≤ 10 MB, 按内容核验)");
        r.MapGet("/{id:guid}/attachments/{attachmentId:long}", async (HttpContext http, Guid id, long attachmentId, IServiceRequests requests, CancellationToken ct) =>
        {
            var (name, bytes) = await requests.DownloadAsync(Actor.From(http.User), id, attachmentId, ct);
            return Results.File(bytes, "application/octet-stream", name);
        }).RequireAuthorization(Policies.CaseReader).WithName("DownloadServiceRequestFile").WithSummary("下载申请材料 (SHA-256 核验)");
    }

    /// <summary>Stores the single uploaded .xlsx/.csv in a private temp folder, runs the import on it, and deletes it.</summary>
    private static async Task<CatalogueImportResult> WithUploadAsync(HttpContext http, StorageOptions storage, string name, Func<string, Task<CatalogueImportResult>> import, CancellationToken ct)
    {
        static IpCityException TooLarge() => new("CATALOGUE_FILE_TOO_LARGE", "文件超过上限 5 MB。", 413);
        var file = await Uploads.ReadOneFileAsync(http, CatalogueFile.MaxUploadBytes, TooLarge, CatalogueFile.InvalidCode, ct);
        var fileName = Path.GetFileName(file.FileName);
        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        if (string.IsNullOrWhiteSpace(fileName) || fileName != file.FileName || !s_extensions.Contains(ext))
        {
            throw new IpCityException(CatalogueFile.InvalidCode, "文件须为 .xlsx 或 .csv。", 400, new Dictionary<string, object?> { ["fileName"] = file.FileName });
        }

        var folder = Path.Combine(storage.DataDirectory, "uploads", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, name + ext);
            await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await file.CopyToAsync(target, ct);
            }

            return await import(path);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.BuildingBlocks.Storage;
using IpCity.Protection.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace IpCity.Protection.Registers;

/// <summary>
/// /api/protection/bodies: the register of mediation bodies, arbitration bodies, courts and rights-aid stations.
/// Everyone signed in lists and reads (phones masked for non-officers), the portal lists active bodies
/// anonymously, the city office maintains and imports.
/// </summary>
internal static class ResolutionBodyEndpoints
{
    private const long MaxUploadBytes = 5L * 1024 * 1024;
    private static readonly string[] s_extensions = [".xlsx", ".csv"];

    public static void Map(IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/protection/bodies").WithTags("Protection");

        g.MapGet(string.Empty, async (HttpContext http, string? q, string? kind, string? district, string? field, bool? active, int? page, int? pageSize, ResolutionBodyRegister register, CancellationToken ct) =>
            Results.Ok(await register.SearchAsync(ProtectionActor.From(http.User), new ResolutionBodyQuery(q, kind, district, field, active, page ?? 1, pageSize ?? 20), portal: false, ct)))
            .RequireAuthorization(Policies.SignedIn).WithName("ListResolutionBodies").WithSummary("调解组织、仲裁机构、法院与维权援助工作站名录 (按名称/类型/区县/领域检索)");
        g.MapGet("/public", async (HttpContext http, string? q, string? kind, string? district, string? field, int? page, int? pageSize, ResolutionBodyRegister register, CancellationToken ct) =>
            Results.Ok(await register.SearchAsync(ProtectionActor.From(http.User), new ResolutionBodyQuery(q, kind, district, field, true, page ?? 1, pageSize ?? 20), portal: true, ct)))
            .AllowAnonymous().WithName("ListPublicResolutionBodies").WithSummary("门户: 启用中的调解与维权援助机构 (电话脱敏)");
        g.MapGet("/export.csv", async (HttpContext http, string? q, string? kind, string? district, string? field, bool? active, ResolutionBodyRegister register, CancellationToken ct) =>
            Results.File(await register.ExportCsvAsync(ProtectionActor.From(http.User), new ResolutionBodyQuery(q, kind, district, field, active), ct), "text/csv; charset=utf-8", "resolution-bodies.csv"))
            .RequireAuthorization(Policies.Officer).WithName("ExportResolutionBodiesCsv").WithSummary("导出机构名录 (CSV, 可再次导入)");
        g.MapGet("/{id:long}", async (long id, HttpContext http, ResolutionBodyRegister register, CancellationToken ct) =>
            Results.Ok(await register.GetAsync(ProtectionActor.From(http.User), id, ct)))
            .RequireAuthorization(Policies.SignedIn).WithName("GetResolutionBody").WithSummary("机构详情");
        g.MapPost(string.Empty, async (ResolutionBodyRequest request, HttpContext http, ResolutionBodyRegister register, CancellationToken ct) =>
            Results.Ok(await register.CreateAsync(ProtectionActor.From(http.User), request, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("CreateResolutionBody").WithSummary("登记机构 (名称+类型唯一; 服务区域为行政区划代码)");
        g.MapPut("/{id:long}", async (long id, ResolutionBodyRequest request, HttpContext http, ResolutionBodyRegister register, CancellationToken ct) =>
            Results.Ok(await register.UpdateAsync(ProtectionActor.From(http.User), id, request, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("UpdateResolutionBody").WithSummary("修改机构 (含启用/停用)");
        g.MapDelete("/{id:long}", async (long id, HttpContext http, ResolutionBodyRegister register, CancellationToken ct) =>
        {
            await register.DeleteAsync(ProtectionActor.From(http.User), id, ct);
            return Results.NoContent();
        }).RequireAuthorization(Policies.CityOfficer).WithName("DeleteResolutionBody").WithSummary("删除机构 (已移送案件的机构宜停用而非删除)");
        g.MapPost("/import", async (HttpContext http, ResolutionBodyRegister register, StorageOptions storage, CancellationToken ct) =>
            Results.Ok(await ImportAsync(http, register, storage, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("ImportResolutionBodies").DisableRequestTimeout()
            .WithSummary("导入机构名录 (multipart: file .xlsx/.csv, ≤ 5 MB); 按名称+类型更新, 错误行逐行报告");
    }

    private static async Task<RegisterImportResult> ImportAsync(HttpContext http, ResolutionBodyRegister register, StorageOptions storage, CancellationToken ct)
    {
        static IpCityException TooLarge() => new("REGISTER_FILE_TOO_LARGE", "名录文件超过上限 5 MB。", 413);
        var size = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (size is { IsReadOnly: false })
        {
            size.MaxRequestBodySize = MaxUploadBytes + (1024 * 1024);
        }

        if (!http.Request.HasFormContentType)
        {
            throw new IpCityException(RegisterFile.InvalidCode, "请选择要上传的名录文件 (multipart/form-data)。", 400);
        }

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = MaxUploadBytes + 1 }, ct);
        }
        catch (Exception ex) when (ex is InvalidDataException || (ex is BadHttpRequestException b && b.StatusCode == StatusCodes.Status413PayloadTooLarge))
        {
            throw TooLarge();
        }

        var file = form.Files.Count == 1 ? form.Files[0] : throw new IpCityException(RegisterFile.InvalidCode, "一次上传一个文件。", 400);
        if (file.Length > MaxUploadBytes)
        {
            throw TooLarge();
        }

        var name = Path.GetFileName(file.FileName);
        var ext = Path.GetExtension(name).ToLowerInvariant();
        if (string.IsNullOrWhiteSpace(name) || name != file.FileName || !s_extensions.Contains(ext))
        {
            throw new IpCityException(RegisterFile.InvalidCode, "名录文件须为 .xlsx 或 .csv。", 400, new Dictionary<string, object?> { ["fileName"] = file.FileName });
        }

        var folder = Path.Combine(storage.DataDirectory, "uploads", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, "bodies" + ext);
            await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await file.CopyToAsync(target, ct);
            }

            return await register.ImportAsync(ProtectionActor.From(http.User), path, ct);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

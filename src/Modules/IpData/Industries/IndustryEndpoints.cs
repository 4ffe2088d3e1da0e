using System.Text;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.BuildingBlocks.Storage;
using IpCity.IpData.Contracts;
using IpCity.IpData.Importing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IpCity.IpData.Industries;

/// <summary>/api/industries: catalogues to read and export (everyone), to edit and import (CityOfficer).</summary>
internal static class IndustryEndpoints
{
    private static readonly string[] s_extensions = [".csv", ".xlsx"];

    public static void Map(IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/industries").WithTags("Industries");

        g.MapGet(string.Empty, async (string? catalogue, string? edition, IIndustryCatalogues catalogues, CancellationToken ct) =>
            await catalogues.GetAsync(catalogue, edition, ct) is { } detail ? Results.Ok(detail) : throw NotFound(catalogue))
            .AllowAnonymous().WithName("ListIndustries").WithSummary("产业目录中的产业及其 IPC/关键词规则 (默认目录见 IpData:DefaultIndustryCatalogue)");
        g.MapGet("/catalogues", async (IIndustryCatalogues catalogues, CancellationToken ct) => Results.Ok(await catalogues.ListCataloguesAsync(ct)))
            .AllowAnonymous().WithName("ListIndustryCatalogues").WithSummary("产业目录与参照关系表的所有版本");
        g.MapGet("/catalogues/{catalogue}", async (string catalogue, string? edition, IIndustryCatalogues catalogues, CancellationToken ct) =>
            await catalogues.GetAsync(catalogue, edition, ct) is { } detail ? Results.Ok(detail) : throw NotFound(catalogue))
            .AllowAnonymous().WithName("GetIndustryCatalogue").WithSummary("一个产业目录 (当前版本或指定版本)");
        g.MapGet("/catalogues/{catalogue}/export.csv", async (string catalogue, string? edition, IIndustryCatalogues catalogues, CancellationToken ct) =>
            Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(await catalogues.ExportCsvAsync(catalogue, edition, ct))).ToArray(), "text/csv; charset=utf-8", $"industries-{catalogue}.csv"))
            .AllowAnonymous().WithName("ExportIndustryCatalogue").WithSummary("导出产业目录 (CSV, 每条规则一行)");

        g.MapPost("/catalogues", async (CreateIndustryCatalogueRequest request, IIndustryCatalogues catalogues, CancellationToken ct) =>
        {
            var created = await catalogues.CreateCatalogueAsync(request, ct);
            return Results.Created($"/api/industries/catalogues/{Uri.EscapeDataString(created.Code)}", created);
        }).RequireAuthorization(Policies.CityOfficer).WithName("CreateIndustryCatalogue").WithSummary("新建本地产业目录");
        g.MapPost("/catalogues/{catalogue}/activate", async (string catalogue, ActivateIndustryCatalogueRequest request, IIndustryCatalogues catalogues, CancellationToken ct) =>
        {
            await catalogues.ActivateAsync(catalogue, request.Edition, ct);
            return Results.NoContent();
        }).RequireAuthorization(Policies.CityOfficer).WithName("ActivateIndustryCatalogue").WithSummary("启用产业目录的某个版本");
        g.MapPost("/catalogues/{catalogue}/industries", async (string catalogue, CreateIndustryRequest request, IIndustryCatalogues catalogues, CancellationToken ct) =>
        {
            var node = await catalogues.CreateIndustryAsync(catalogue, request, ct);
            return Results.Created($"/api/industries/catalogues/{Uri.EscapeDataString(catalogue)}/industries/{Uri.EscapeDataString(node.Code)}", node);
        }).RequireAuthorization(Policies.CityOfficer).WithName("CreateIndustry").WithSummary("新建产业 (本地目录)");
        g.MapPut("/catalogues/{catalogue}/industries/{industry}", async (string catalogue, string industry, RenameIndustryRequest request, IIndustryCatalogues catalogues, CancellationToken ct) =>
            Results.Ok(await catalogues.RenameIndustryAsync(catalogue, industry, request.Name, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("RenameIndustry").WithSummary("重命名产业 (本地目录)");
        g.MapDelete("/catalogues/{catalogue}/industries/{industry}", async (string catalogue, string industry, IIndustryCatalogues catalogues, CancellationToken ct) =>
        {
            await catalogues.DeleteIndustryAsync(catalogue, industry, ct);
            return Results.NoContent();
        }).RequireAuthorization(Policies.CityOfficer).WithName("DeleteIndustry").WithSummary("删除产业及其规则 (本地目录, 无下级时)");
        g.MapPost("/catalogues/{catalogue}/industries/{industry}/rules", async (string catalogue, string industry, AddIndustryRuleRequest request, IIndustryCatalogues catalogues, CancellationToken ct) =>
            Results.Ok(await catalogues.AddRuleAsync(catalogue, industry, request, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("AddIndustryRule").WithSummary("给产业添加 IPC 分类号、关键词或国民经济行业代码");
        g.MapDelete("/catalogues/{catalogue}/industries/{industry}/rules/{ruleId:long}", async (string catalogue, string industry, long ruleId, IIndustryCatalogues catalogues, CancellationToken ct) =>
        {
            await catalogues.RemoveRuleAsync(catalogue, industry, ruleId, ct);
            return Results.NoContent();
        }).RequireAuthorization(Policies.CityOfficer).WithName("RemoveIndustryRule").WithSummary("删除产业的一条规则");

        g.MapPost("/concordances", async (HttpContext http, IConcordanceImporter importer, StorageOptions storage, CancellationToken ct) =>
            Results.Ok(await UploadStaging.WithUploadAsync(http, storage, s_extensions, "只接受 .xlsx 或 .csv 文件。", (path, form) =>
            {
                if (!Enum.TryParse<ConcordanceType>(form["type"].ToString(), ignoreCase: false, out var type) || !Enum.IsDefined(type))
                {
                    throw new IpCityException("CONCORDANCE_TYPE_UNKNOWN", $"type 须为 {string.Join(" | ", Enum.GetNames<ConcordanceType>())}。", 400);
                }

                return importer.ImportAsync(type, form["edition"].ToString(), path, form["sourceNote"].ToString(), ct);
            }, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("ImportConcordance").DisableRequestTimeout()
            .WithSummary("上传并导入参照关系表 (multipart: file, type, edition, sourceNote); 同一文件和版本重复导入不改变数据");
    }

    private static IpCityException NotFound(string? catalogue) =>
        new(IndustryStore.CatalogueNotFound, $"找不到产业目录 {catalogue ?? "(默认)"}。", 404);
}

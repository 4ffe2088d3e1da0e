using IpCity.BuildingBlocks.Security;
using IpCity.Protection.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IpCity.Protection.Overseas;

/// <summary>
/// /api/protection/overseas: disputes (officers; district officers their own district), the country library
/// (guides and service bodies: public read, officer write) and the risk alerts (officers; an enterprise its own).
/// </summary>
internal static class OverseasEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/protection/overseas").WithTags("Protection");

        g.MapGet("/reference", () => Results.Ok(OverseasQueries.ReferenceData()))
            .AllowAnonymous().WithName("GetOverseasReference").WithSummary("代码表: 机构类型、领域、纠纷类型与状态、指南与服务机构类别、国家/地区");

        g.MapGet("/disputes", async (HttpContext http, string? q, string? country, string? type, string? status, string? district, int? page, int? pageSize, OverseasDisputes disputes, CancellationToken ct) =>
            Results.Ok(await disputes.SearchAsync(ProtectionActor.From(http.User), new OverseasDisputeQuery(q, country, type, status, district, page ?? 1, pageSize ?? 20), ct)))
            .RequireAuthorization(Policies.Officer).WithName("SearchOverseasDisputes").WithSummary("海外纠纷检索 (企业、对方、国家/地区名、类型; 区县人员仅本辖区)");
        g.MapGet("/disputes/export.csv", async (HttpContext http, string? q, string? country, string? type, string? status, string? district, OverseasDisputes disputes, CancellationToken ct) =>
            Results.File(await disputes.ExportCsvAsync(ProtectionActor.From(http.User), new OverseasDisputeQuery(q, country, type, status, district), ct), "text/csv; charset=utf-8", "overseas-disputes.csv"))
            .RequireAuthorization(Policies.Officer).WithName("ExportOverseasDisputesCsv").WithSummary("导出海外纠纷 (CSV)");
        g.MapGet("/disputes/{id:long}", async (long id, HttpContext http, OverseasDisputes disputes, CancellationToken ct) =>
            Results.Ok(await disputes.GetAsync(ProtectionActor.From(http.User), id, ct)))
            .RequireAuthorization(Policies.Officer).WithName("GetOverseasDispute").WithSummary("海外纠纷详情");
        g.MapPost("/disputes", async (OverseasDisputeRequest request, HttpContext http, OverseasDisputes disputes, CancellationToken ct) =>
            Results.Ok(await disputes.CreateAsync(ProtectionActor.From(http.User), request, ct)))
            .RequireAuthorization(Policies.Officer).WithName("CreateOverseasDispute").WithSummary("登记海外纠纷");
        g.MapPut("/disputes/{id:long}", async (long id, OverseasDisputeRequest request, HttpContext http, OverseasDisputes disputes, CancellationToken ct) =>
            Results.Ok(await disputes.UpdateAsync(ProtectionActor.From(http.User), id, request, ct)))
            .RequireAuthorization(Policies.Officer).WithName("UpdateOverseasDispute").WithSummary("修改海外纠纷 (状态、结果、金额等)");
        g.MapDelete("/disputes/{id:long}", async (long id, HttpContext http, OverseasDisputes disputes, CancellationToken ct) =>
        {
            await disputes.DeleteAsync(ProtectionActor.From(http.User), id, ct);
            return Results.NoContent();
        }).RequireAuthorization(Policies.Officer).WithName("DeleteOverseasDispute").WithSummary("删除海外纠纷");

        g.MapGet("/guides", async (string? q, string? country, string? kind, string? field, int? page, int? pageSize, OverseasLibrary library, CancellationToken ct) =>
            Results.Ok(await library.SearchGuidesAsync(new CountryGuideQuery(q, country, kind, field, page ?? 1, pageSize ?? 20), ct)))
            .AllowAnonymous().WithName("SearchCountryGuides").WithSummary("国别法律法规、实务指南与风险预警 (按国家/地区、类别、领域检索)");
        g.MapGet("/guides/{id:long}", async (long id, OverseasLibrary library, CancellationToken ct) => Results.Ok(await library.GetGuideAsync(id, ct)))
            .AllowAnonymous().WithName("GetCountryGuide").WithSummary("国别指南详情");
        g.MapPost("/guides", async (CountryGuideRequest request, HttpContext http, OverseasLibrary library, CancellationToken ct) =>
            Results.Ok(await library.SaveGuideAsync(ProtectionActor.From(http.User), null, request, ct)))
            .RequireAuthorization(Policies.Officer).WithName("CreateCountryGuide").WithSummary("新增国别指南");
        g.MapPut("/guides/{id:long}", async (long id, CountryGuideRequest request, HttpContext http, OverseasLibrary library, CancellationToken ct) =>
            Results.Ok(await library.SaveGuideAsync(ProtectionActor.From(http.User), id, request, ct)))
            .RequireAuthorization(Policies.Officer).WithName("UpdateCountryGuide").WithSummary("修改国别指南");
        g.MapDelete("/guides/{id:long}", async (long id, HttpContext http, OverseasLibrary library, CancellationToken ct) =>
        {
            await library.DeleteGuideAsync(ProtectionActor.From(http.User), id, ct);
            return Results.NoContent();
        }).RequireAuthorization(Policies.Officer).WithName("DeleteCountryGuide").WithSummary("删除国别指南");

        g.MapGet("/service-bodies", async (HttpContext http, string? q, string? country, string? field, string? kind, int? page, int? pageSize, OverseasLibrary library, CancellationToken ct) =>
            Results.Ok(await library.SearchServiceBodiesAsync(ProtectionActor.From(http.User), new ServiceBodyQuery(q, country, field, kind, page ?? 1, pageSize ?? 20), ct)))
            .AllowAnonymous().WithName("SearchOverseasServiceBodies").WithSummary("海外维权专家与服务机构 (按国家/地区、领域、类别检索; 联系方式对非管理人员脱敏)");
        g.MapGet("/service-bodies/{id:long}", async (long id, HttpContext http, OverseasLibrary library, CancellationToken ct) =>
            Results.Ok(await library.GetServiceBodyAsync(ProtectionActor.From(http.User), id, ct)))
            .AllowAnonymous().WithName("GetOverseasServiceBody").WithSummary("专家/服务机构详情");
        g.MapPost("/service-bodies", async (ServiceBodyRequest request, HttpContext http, OverseasLibrary library, CancellationToken ct) =>
            Results.Ok(await library.SaveServiceBodyAsync(ProtectionActor.From(http.User), null, request, ct)))
            .RequireAuthorization(Policies.Officer).WithName("CreateOverseasServiceBody").WithSummary("新增专家/服务机构");
        g.MapPut("/service-bodies/{id:long}", async (long id, ServiceBodyRequest request, HttpContext http, OverseasLibrary library, CancellationToken ct) =>
            Results.Ok(await library.SaveServiceBodyAsync(ProtectionActor.From(http.User), id, request, ct)))
            .RequireAuthorization(Policies.Officer).WithName("UpdateOverseasServiceBody").WithSummary("修改专家/服务机构");
        g.MapDelete("/service-bodies/{id:long}", async (long id, HttpContext http, OverseasLibrary library, CancellationToken ct) =>
        {
            await library.DeleteServiceBodyAsync(ProtectionActor.From(http.User), id, ct);
            return Results.NoContent();
        }).RequireAuthorization(Policies.Officer).WithName("DeleteOverseasServiceBody").WithSummary("删除专家/服务机构");

        g.MapGet("/alerts", async (HttpContext http, string? enterprise, int? years, OverseasRiskAlerts alerts, CancellationToken ct) =>
            Results.Ok(await alerts.GetAsync(ProtectionActor.From(http.User), enterprise, years, ct)))
            .RequireAuthorization(Policies.SignedIn).WithName("GetOverseasRiskAlerts")
            .WithSummary("海外风险预警: 企业专利的海外同族按国家/地区, 近 N 年 (默认 5) 的海外纠纷与风险预警; 企业账号仅可查本企业");
    }
}

using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.IpData.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IpCity.IpData.Thematic;

internal static class ThematicEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/thematic", async (IThematicDatabases t, CancellationToken ct) => Results.Ok(await t.ListAsync(ct)))
            .AllowAnonymous().WithTags("Thematic").WithName("ListThematicDatabases").WithSummary("专题数据库列表 (保存的检索式，导入后自动更新)");
        api.MapGet("/thematic/{id:long}", async (long id, int? page, int? pageSize, IThematicDatabases t, CancellationToken ct) =>
            await t.GetAsync(id, page ?? 1, pageSize ?? 50, ct) is { } p ? Results.Ok(p) : throw IpCityException.NotFound("ThematicDatabase"))
            .AllowAnonymous().WithTags("Thematic").WithName("GetThematicDatabase").WithSummary("专题数据库及其专利 (最新加入的在前)");
        api.MapGet("/thematic/{id:long}/export.csv", async (long id, IThematicDatabases t, CancellationToken ct) =>
            await t.GetAsync(id, 1, 1, ct) is { } p
                ? Results.Redirect("/api/patents/export.csv?q=" + Uri.EscapeDataString(p.Database.Query))
                : throw IpCityException.NotFound("ThematicDatabase"))
            .AllowAnonymous().WithTags("Thematic").WithName("ExportThematicDatabase").WithSummary("导出专题数据库 (即其检索式的完整结果，不限条数)");
        api.MapPost("/thematic", async (CreateThematicRequest request, IThematicDatabases t, CancellationToken ct) =>
        {
            var created = await t.CreateAsync(request, ct);
            return Results.Created($"/api/thematic/{created.Id}", created);
        }).RequireAuthorization(Policies.DataImporter).WithTags("Thematic").WithName("CreateThematicDatabase");
        api.MapPost("/thematic/{id:long}/refresh", async (long id, IThematicDatabases t, CancellationToken ct) => Results.Ok(await t.RefreshAsync(id, ct)))
            .RequireAuthorization(Policies.DataImporter).WithTags("Thematic").WithName("RefreshThematicDatabase");
        api.MapDelete("/thematic/{id:long}", async (long id, IThematicDatabases t, CancellationToken ct) =>
        {
            await t.DeleteAsync(id, ct);
            return Results.NoContent();
        }).RequireAuthorization(Policies.CityOfficer).WithTags("Thematic").WithName("DeleteThematicDatabase");
    }
}

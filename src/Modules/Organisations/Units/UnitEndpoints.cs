using IpCity.BuildingBlocks.Errors;
using IpCity.Organisations.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IpCity.Organisations.Units;

/// <summary>Public read endpoints: the city profile, units, population, GDP, targets (all public reference data).</summary>
internal static class UnitEndpoints
{
    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/profile", async (IOrgUnitDirectory dir, CancellationToken ct) =>
            await dir.GetProfileAsync(ct) is { } p ? Results.Ok(p) : throw IpCityException.NotFound("City profile"))
            .AllowAnonymous().WithName("GetCityProfile").WithSummary("城市配置 (city profile)");

        group.MapGet("/units", async (IOrgUnitDirectory dir, DateOnly? on, bool? streets, CancellationToken ct) =>
            Results.Ok(await dir.GetUnitsAsync(on, streets ?? false, ct)))
            .AllowAnonymous().WithName("ListOrgUnits").WithSummary("组织单元 (org units in force on a date)");

        group.MapGet("/units/{code}", async (string code, IOrgUnitDirectory dir, CancellationToken ct) =>
            await dir.GetUnitAsync(code, ct) is { } u ? Results.Ok(u) : throw new IpCityException(ErrorCodes.UnknownOrgUnit, $"Org unit {code} does not exist.", 404))
            .AllowAnonymous().WithName("GetOrgUnit");

        group.MapGet("/successions", async (IOrgUnitDirectory dir, CancellationToken ct) => Results.Ok(await dir.GetSuccessionsAsync(ct)))
            .AllowAnonymous().WithName("ListSuccessions");

        group.MapGet("/population", async (IOrgUnitDirectory dir, string? unit, CancellationToken ct) => Results.Ok(await dir.GetPopulationAsync(unit, ct)))
            .AllowAnonymous().WithName("ListPopulation").WithSummary("年末常住人口 (with source and vintage)");

        group.MapGet("/gdp", async (IOrgUnitDirectory dir, string? unit, CancellationToken ct) => Results.Ok(await dir.GetGdpAsync(unit, ct)))
            .AllowAnonymous().WithName("ListGdp");

        group.MapGet("/targets", async (IOrgUnitDirectory dir, CancellationToken ct) => Results.Ok(await dir.GetTargetsAsync(ct)))
            .AllowAnonymous().WithName("ListOutlineTargets").WithSummary("纲要2025/2035目标");
    }
}

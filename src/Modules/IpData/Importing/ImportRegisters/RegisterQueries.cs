using IpCity.IpData.Contracts;
using IpCity.IpData.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace IpCity.IpData.Importing.ImportRegisters;

internal sealed class RegisterQueries : IRegisterQueries
{
    private readonly IpDataDbContext _db;

    public RegisterQueries(IpDataDbContext db)
    {
        _db = db;
    }

    public async Task<IReadOnlyList<GiDto>> GisAsync(CancellationToken ct = default)
    {
        var rows = await _db.Gis.AsNoTracking().OrderBy(g => g.AreaCode).ThenBy(g => g.Name).ToListAsync(ct);
        return rows.Select(g => new GiDto(g.Name, g.Type.ToString(), g.TypeText, g.Area, g.AreaCode, g.Number, g.EffectiveText, g.SourceUrl)).ToList();
    }
}

internal static class RegisterEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/gis", async (IRegisterQueries queries, CancellationToken ct) => Results.Ok(await queries.GisAsync(ct)))
            .AllowAnonymous().WithTags("Trademarks").WithName("ListGeographicalIndications").WithSummary("地理标志");
    }
}

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

    public async Task<IReadOnlyList<TrademarkDto>> TrademarksAsync(bool madridOnly, string? q, int take = 200, CancellationToken ct = default)
    {
        var query = _db.Trademarks.AsNoTracking();
        if (madridOnly)
        {
            query = query.Where(t => t.MadridIrNumber != null);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = Search.SearchQuery.LikePattern(q.Trim());
            query = query.Where(t => EF.Functions.Like(t.MarkText, pattern, "\\") || EF.Functions.Like(t.Holder, pattern, "\\") || t.RegistrationNumber == q.Trim());
        }

        return await query.OrderBy(t => t.RegistrationNumber).Take(Math.Clamp(take, 1, 1000))
            .Select(t => new TrademarkDto(t.RegistrationNumber, t.MarkText, t.NiceClasses, t.Holder, t.Status, t.ApplicationDate, t.ExclusiveTo, t.MadridIrNumber, t.Designations, t.RegionCountyCode))
            .ToListAsync(ct);
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
        api.MapGet("/trademarks", async (bool? madrid, string? q, int? take, IRegisterQueries queries, CancellationToken ct) =>
            Results.Ok(await queries.TrademarksAsync(madrid ?? false, q, take ?? 200, ct))).AllowAnonymous().WithTags("Trademarks").WithName("ListTrademarks");
        api.MapGet("/gis", async (IRegisterQueries queries, CancellationToken ct) => Results.Ok(await queries.GisAsync(ct)))
            .AllowAnonymous().WithTags("Trademarks").WithName("ListGeographicalIndications").WithSummary("地理标志");
    }
}

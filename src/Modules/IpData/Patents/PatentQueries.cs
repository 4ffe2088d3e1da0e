using IpCity.BuildingBlocks.Errors;
using IpCity.IpData.Contracts;
using IpCity.IpData.Data;
using IpCity.IpData.Importing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace IpCity.IpData.Patents;

internal sealed class PatentQueries : IPatentQueries
{
    private readonly IpDataDbContext _db;

    public PatentQueries(IpDataDbContext db)
    {
        _db = db;
    }

    public Task<long> CountAsync(CancellationToken ct = default) => _db.Patents.LongCountAsync(ct);

    public async Task<PatentSummary?> FindByDocumentAsync(string country, string number, string kind, CancellationToken ct = default)
    {
        var c = country.ToUpperInvariant();
        var n = Importing.ImportPatents.PatentImporter.CanonicalNumber(number);
        var k = kind.ToUpperInvariant();
        var doc = await _db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Country == c && d.Number == n && d.Kind == k, ct);
        if (doc is null)
        {
            return null;
        }

        return await GetAsync(doc.PatentId, ct);
    }

    public async Task<PatentSummary?> GetAsync(long id, CancellationToken ct = default)
    {
        var p = await _db.Patents.AsNoTracking().Include(x => x.Documents).Include(x => x.Parties).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null)
        {
            return null;
        }

        return new PatentSummary(
            p.Id,
            p.ApplicationCountry,
            p.ApplicationNumber,
            p.ApplicationDate,
            p.Type.ToString(),
            p.Title,
            p.MainIpc,
            p.Documents.OrderBy(d => d.PublicationDate).Select(d => $"{d.Country} {d.Number} {d.Kind}").ToList(),
            p.Parties.Where(x => x.Role is PartyRole.Applicant or PartyRole.CurrentOwner).OrderBy(x => x.Sequence).Select(x => x.Name).Distinct().ToList(),
            p.Parties.Where(x => x.Role == PartyRole.Inventor).OrderBy(x => x.Sequence).Select(x => x.Name).ToList(),
            p.RegionCountyCode,
            p.RegionZoneCode,
            p.RegionRule,
            p.RegionConfidence);
    }

    public async Task<IReadOnlyList<UnresolvedAddress>> UnresolvedAddressesAsync(int top = 200, CancellationToken ct = default)
    {
        var rows = await _db.Patents.AsNoTracking()
            .Where(p => p.IsDomestic && p.RegionAddress != null && p.RegionCountyCode == null && p.RegionZoneCode == null)
            .GroupBy(p => p.RegionAddress!)
            .Select(g => new { Address = g.Key, Count = g.LongCount() })
            .OrderByDescending(x => x.Count).ThenBy(x => x.Address).Take(Math.Clamp(top, 1, 10_000)).ToListAsync(ct);
        return rows.Select(r => new UnresolvedAddress(r.Address, r.Count)).ToList();
    }
}

internal static class PatentEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/patents/documents/{country}/{number}/{kind}",
            async (string country, string number, string kind, IPatentQueries queries, CancellationToken ct) =>
                await queries.FindByDocumentAsync(country, number, kind, ct) is { } p
                    ? Results.Ok(p)
                    : throw IpCityException.NotFound("Patent document"))
            .AllowAnonymous().WithName("GetPatentByDocument").WithTags("Patents");

        api.MapGet("/ipdata/unresolved-addresses", async (IPatentQueries queries, int? top, CancellationToken ct) =>
                Results.Ok(await queries.UnresolvedAddressesAsync(top ?? 200, ct)))
            .RequireAuthorization(BuildingBlocks.Security.Policies.DataImporter).WithName("ListUnresolvedAddresses").WithTags("Import")
            .WithSummary("未能归属到区县或功能区的地址及专利数");
    }
}

using System.Runtime.CompilerServices;
using IpCity.IpData.Contracts;
using IpCity.IpData.Data;
using IpCity.IpData.Domain;
using IpCity.IpData.Importing;
using Microsoft.EntityFrameworkCore;

// CA1304: string.ToLower() below is translated by EF Core to SQL lower(); it never runs under a .NET culture.
#pragma warning disable CA1304

namespace IpCity.IpData.Search;

/// <summary>
/// Patent search with CNIPA keyword semantics: every term must occur as a contiguous substring of the
/// searched fields (LIKE '%term%', ASCII case-insensitive), so the hits are exactly those of a LIKE scan.
/// Facets count the whole hit set; exports stream every hit with no cap.
/// </summary>
internal sealed class PatentSearch : IPatentSearch
{
    private readonly IpDataDbContext _db;

    public PatentSearch(IpDataDbContext db)
    {
        _db = db;
    }

    internal IQueryable<Patent> Filter(string? query)
    {
        var q = _db.Patents.AsNoTracking();
        foreach (var term in SearchQuery.Parse(query))
        {
            // Lower-cased on both sides: ASCII case-insensitive everywhere, CJK unaffected; same semantics on SQLite and PostgreSQL.
            var pattern = SearchQuery.LikePattern(term.Value).ToLowerInvariant();
            var ipcPrefix = SearchQuery.IpcPrefix(term.Value);
            q = term.Field switch
            {
                "ti" => q.Where(p => EF.Functions.Like(p.Title!.ToLower(), pattern, "\\")),
                "ab" => q.Where(p => EF.Functions.Like(p.Abstract!.ToLower(), pattern, "\\")),
                "cl" => q.Where(p => EF.Functions.Like(p.FirstClaim!.ToLower(), pattern, "\\")),
                "pa" => q.Where(p => p.Parties.Any(x => (x.Role == PartyRole.Applicant || x.Role == PartyRole.CurrentOwner) && EF.Functions.Like(x.Name!.ToLower(), pattern, "\\"))),
                "in" => q.Where(p => p.Parties.Any(x => x.Role == PartyRole.Inventor && EF.Functions.Like(x.Name!.ToLower(), pattern, "\\"))),
                "addr" => q.Where(p => p.Parties.Any(x => EF.Functions.Like(x.Address!.ToLower(), pattern, "\\"))),
                "ipc" => q.Where(p => p.Classifications.Any(c => c.Scheme == "IPC" && EF.Functions.Like(c.Symbol, ipcPrefix, "\\"))),
                "region" => q.Where(p => p.RegionCountyCode == term.Value || p.RegionZoneCode == term.Value || p.RegionStreetCode == term.Value),
                "type" => q.Where(p => p.Type == ParseType(term.Value)),
                "status" => q.Where(p => p.LegalStatus != null && EF.Functions.Like(p.LegalStatus!.ToLower(), pattern, "\\")),
                "ad" => q.Where(p => p.ApplicationDate >= new DateOnly(term.FromYear!.Value, 1, 1) && p.ApplicationDate <= new DateOnly(term.ToYear!.Value, 12, 31)),
                _ => q.Where(p => EF.Functions.Like(p.Title!.ToLower(), pattern, "\\") || EF.Functions.Like(p.Abstract!.ToLower(), pattern, "\\") || EF.Functions.Like(p.FirstClaim!.ToLower(), pattern, "\\")
                    || p.Parties.Any(x => EF.Functions.Like(x.Name!.ToLower(), pattern, "\\") || EF.Functions.Like(x.Address!.ToLower(), pattern, "\\"))),
            };
        }

        return q;
    }


    private static PatentType ParseType(string value) => value switch
    {
        "发明" or "invention" or "Invention" => PatentType.Invention,
        "实用新型" or "utility" or "UtilityModel" => PatentType.UtilityModel,
        "外观设计" or "外观" or "design" or "Design" => PatentType.Design,
        "plant" or "Plant" => PatentType.Plant,
        _ => PatentType.Other,
    };

    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var filtered = Filter(request.Query);
        var total = await filtered.LongCountAsync(ct);
        var size = Math.Clamp(request.PageSize, 1, 200);
        var page = Math.Max(1, request.Page);
        var sorted = Sort(filtered, request.Sort);
        var hits = await sorted.Skip((page - 1) * size).Take(size)
            .Select(p => new SearchHit(p.Id, p.ApplicationCountry, p.ApplicationNumber, p.ApplicationDate, p.Type.ToString(), p.Title, p.MainIpc,
                p.Parties.Where(x => x.Role == PartyRole.Applicant || x.Role == PartyRole.CurrentOwner).OrderBy(x => x.Sequence).Select(x => x.Name).FirstOrDefault(),
                p.RegionCountyCode ?? p.RegionZoneCode, p.LegalStatus, p.PrimaryDocument))
            .ToListAsync(ct);
        var facets = request.Facets ? await FacetsAsync(filtered, ct) : new Dictionary<string, IReadOnlyList<FacetValue>>();
        return new SearchResult(total, page, size, hits, facets);
    }

    private static IQueryable<Patent> Sort(IQueryable<Patent> q, string? sort) => sort switch
    {
        "ad" => q.OrderBy(p => p.ApplicationDate).ThenBy(p => p.Id),
        "title" => q.OrderBy(p => p.Title).ThenBy(p => p.Id),
        _ => q.OrderByDescending(p => p.ApplicationDate).ThenByDescending(p => p.Id),
    };

    private static async Task<Dictionary<string, IReadOnlyList<FacetValue>>> FacetsAsync(IQueryable<Patent> q, CancellationToken ct)
    {
        static IReadOnlyList<FacetValue> Top(IEnumerable<(string? Key, long Count)> rows) =>
            rows.Where(r => r.Key is not null).OrderByDescending(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal).Take(20).Select(r => new FacetValue(r.Key!, r.Count)).ToList();

        var type = await q.GroupBy(p => p.Type).Select(g => new { g.Key, C = g.LongCount() }).ToListAsync(ct);
        var year = await q.Where(p => p.ApplicationDate != null).GroupBy(p => p.ApplicationDate!.Value.Year).Select(g => new { g.Key, C = g.LongCount() }).ToListAsync(ct);
        var county = await q.GroupBy(p => p.RegionCountyCode).Select(g => new { g.Key, C = g.LongCount() }).ToListAsync(ct);
        var zone = await q.GroupBy(p => p.RegionZoneCode).Select(g => new { g.Key, C = g.LongCount() }).ToListAsync(ct);
        var section = await q.Where(p => p.MainIpc != null).GroupBy(p => p.MainIpc!.Substring(0, 1)).Select(g => new { g.Key, C = g.LongCount() }).ToListAsync(ct);
        var ipcClass = await q.Where(p => p.MainIpc != null).GroupBy(p => p.MainIpc!.Substring(0, 4)).Select(g => new { g.Key, C = g.LongCount() }).ToListAsync(ct);
        var status = await q.GroupBy(p => p.LegalStatus).Select(g => new { g.Key, C = g.LongCount() }).ToListAsync(ct);
        var domestic = await q.GroupBy(p => p.IsDomestic).Select(g => new { g.Key, C = g.LongCount() }).ToListAsync(ct);
        return new Dictionary<string, IReadOnlyList<FacetValue>>
        {
            ["type"] = Top(type.Select(t => ((string?)t.Key.ToString(), t.C))),
            ["year"] = Top(year.Select(t => ((string?)t.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), t.C))),
            ["county"] = Top(county.Select(t => (t.Key, t.C))),
            ["zone"] = Top(zone.Select(t => (t.Key, t.C))),
            ["ipcSection"] = Top(section.Select(t => ((string?)t.Key, t.C))),
            ["ipcClass"] = Top(ipcClass.Select(t => ((string?)t.Key, t.C))),
            ["status"] = Top(status.Select(t => (t.Key, t.C))),
            ["origin"] = Top(domestic.Select(t => ((string?)(t.Key ? "domestic" : "foreign"), t.C))),
        };
    }

    public async IAsyncEnumerable<ExportRow> ExportAsync(string? query, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var rows = Sort(Filter(query), null).Select(p => new ExportRow(
            p.ApplicationCountry + p.ApplicationNumber,
            p.ApplicationDate,
            p.PrimaryDocument,
            p.Type.ToString(),
            p.Title,
            p.MainIpc,
            string.Join("; ", p.Parties.Where(x => x.Role == PartyRole.Applicant || x.Role == PartyRole.CurrentOwner).OrderBy(x => x.Sequence).Select(x => x.Name)),
            string.Join("; ", p.Parties.Where(x => x.Role == PartyRole.Inventor).OrderBy(x => x.Sequence).Select(x => x.Name)),
            p.RegionAddress,
            p.RegionCountyCode ?? p.RegionZoneCode,
            p.LegalStatus));
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row;
        }
    }
}

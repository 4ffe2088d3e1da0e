using IpCity.IpData.Data;
using IpCity.IpData.Domain;
using IpCity.IpData.Importing;
using Microsoft.EntityFrameworkCore;

// CA1304: string.ToLower() below is translated by EF Core to SQL lower(); it never runs under a .NET culture.
#pragma warning disable CA1304

namespace IpCity.IpData.Search;

/// <summary>
/// The reference semantics of patent search as a database scan: every term must occur as a contiguous
/// substring (LIKE '%term%', ASCII case-insensitive) of its fields. The index must return exactly these hits;
/// tests and the benchmark compare the two. Not used to serve searches (it scans every row).
/// </summary>
internal static class LikeScan
{
    public static IQueryable<Patent> Filter(IpDataDbContext db, string? query)
    {
        var q = db.Patents.AsNoTracking();
        foreach (var term in SearchQuery.Parse(query))
        {
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
                "type" => q.Where(p => p.Type == SearchQuery.ParseType(term.Value)),
                "status" => q.Where(p => p.LegalStatus != null && EF.Functions.Like(p.LegalStatus!.ToLower(), pattern, "\\")),
                "ad" => q.Where(p => p.ApplicationDate >= new DateOnly(term.FromYear!.Value, 1, 1) && p.ApplicationDate <= new DateOnly(term.ToYear!.Value, 12, 31)),
                "industry" => throw new NotSupportedException("industry: is resolved through the industry catalogue, not the LIKE scan"),
                _ => q.Where(p => EF.Functions.Like(p.Title!.ToLower(), pattern, "\\") || EF.Functions.Like(p.Abstract!.ToLower(), pattern, "\\") || EF.Functions.Like(p.FirstClaim!.ToLower(), pattern, "\\")
                    || p.Parties.Any(x => EF.Functions.Like(x.Name!.ToLower(), pattern, "\\") || EF.Functions.Like(x.Address!.ToLower(), pattern, "\\"))),
            };
        }

        return q;
    }
}

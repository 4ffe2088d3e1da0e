using IpCity.IpData.Applicants;
using IpCity.IpData.Contracts;
using IpCity.IpData.Data;
using IpCity.IpData.Domain;
using IpCity.IpData.Importing;
using IpCity.IpData.Industries;
using Microsoft.EntityFrameworkCore;

namespace IpCity.IpData.Utilisation;

/// <summary>
/// The city's enterprise applicants and their portfolio profile (IPC symbols, titles, industries) for the matching
/// of conversion offers (Finance, Transfers). Industry membership uses the IPC prefixes of the catalogue and its
/// keywords against the title (abstracts are not read for portfolios, to keep the profile light).
/// </summary>
internal sealed class FirmProfiles : IFirmProfiles
{
    private const int Chunk = 1000;

    private readonly IpDataDbContext _db;
    private readonly IndustryCatalogs _industries;

    public FirmProfiles(IpDataDbContext db, IndustryCatalogs industries)
    {
        _db = db;
        _industries = industries;
    }

    public string ApplicantTypeOf(string name) => ApplicantResolver.Classify(name ?? string.Empty).ToString();

    public async Task<IReadOnlyList<IndustryRef>> IndustriesAsync(string? industryCatalogue = null, CancellationToken ct = default) =>
        (await _industries.ListAsync(industryCatalogue, ct)).Select(d => new IndustryRef(d.Catalogue, d.Code, d.Name)).ToList();

    public async Task<IReadOnlyList<FirmProfile>> LocalEnterprisesAsync(string cityCode, string? industryCatalogue = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cityCode);
        var links = await (from x in _db.Parties.AsNoTracking()
                           where (x.Role == PartyRole.Applicant || x.Role == PartyRole.CurrentOwner) && x.ApplicantId != null
                           join p in _db.Patents.AsNoTracking() on x.PatentId equals p.Id
                           where p.RegionCityCode == cityCode
                           select new Link(x.ApplicantId!.Value, x.PatentId, p.ApplicationNumber, p.Title, p.RegionCountyCode)).ToListAsync(ct);
        return await BuildAsync(links, industryCatalogue, ct);
    }

    public async Task<FirmProfile?> FindLocalEnterpriseAsync(string cityCode, string? name, string? creditCode, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cityCode);
        var ids = new List<long>();
        if (!string.IsNullOrWhiteSpace(creditCode))
        {
            var code = creditCode.Trim().ToUpperInvariant();
            ids.AddRange(await _db.Applicants.AsNoTracking().Where(a => a.CreditCode == code).Select(a => a.MergedIntoId ?? a.Id).ToListAsync(ct));
        }

        if (ids.Count == 0 && !string.IsNullOrWhiteSpace(name))
        {
            var key = ApplicantResolver.NameKey(name.Trim());
            var raw = name.Trim();
            ids.AddRange(await _db.Applicants.AsNoTracking().Where(a => a.NameKey == key).Select(a => a.MergedIntoId ?? a.Id).ToListAsync(ct));
            ids.AddRange(await _db.ApplicantVariants.AsNoTracking().Where(v => v.RawName == raw).Join(_db.Applicants, v => v.ApplicantId, a => a.Id, (v, a) => a.MergedIntoId ?? a.Id).ToListAsync(ct));
        }

        if (ids.Count == 0)
        {
            return null;
        }

        var survivor = ids[0];
        var family = await _db.Applicants.AsNoTracking().Where(a => a.Id == survivor || a.MergedIntoId == survivor).Select(a => a.Id).ToListAsync(ct);
        var links = await (from x in _db.Parties.AsNoTracking()
                           where (x.Role == PartyRole.Applicant || x.Role == PartyRole.CurrentOwner) && x.ApplicantId != null && family.Contains(x.ApplicantId.Value)
                           join p in _db.Patents.AsNoTracking() on x.PatentId equals p.Id
                           where p.RegionCityCode == cityCode
                           select new Link(x.ApplicantId!.Value, x.PatentId, p.ApplicationNumber, p.Title, p.RegionCountyCode)).ToListAsync(ct);
        return (await BuildAsync(links, null, ct)).FirstOrDefault();
    }

    public async Task<PatentProfile?> PatentAsync(long patentId, string? industryCatalogue = null, CancellationToken ct = default)
    {
        var p = await _db.Patents.AsNoTracking().Where(x => x.Id == patentId)
            .Select(x => new { x.Id, x.ApplicationNumber, x.Type, x.Title, x.Abstract, x.MainIpc, x.RegionCityCode, x.RegionCountyCode }).FirstOrDefaultAsync(ct);
        if (p is null)
        {
            return null;
        }

        var symbols = await _db.Classifications.AsNoTracking().Where(c => c.PatentId == patentId && c.Scheme == "IPC").OrderByDescending(c => c.IsMain).ThenBy(c => c.Id)
            .Select(c => c.Symbol).ToListAsync(ct);
        var owner = (await _db.Parties.AsNoTracking().Where(x => x.PatentId == patentId && (x.Role == PartyRole.CurrentOwner || x.Role == PartyRole.Applicant))
                .Select(x => new { x.Role, x.Sequence, x.Name, x.CreditCode, x.ApplicantId }).ToListAsync(ct))
            .OrderBy(x => x.Role == PartyRole.CurrentOwner ? 0 : 1).ThenBy(x => x.Sequence).FirstOrDefault();
        var ownerType = owner is null ? ApplicantType.Other : ApplicantResolver.Classify(owner.Name);
        long? ownerId = null;
        if (owner?.ApplicantId is { } aid)
        {
            var entity = await _db.Applicants.AsNoTracking().Where(a => a.Id == aid).Select(a => new { a.Id, a.MergedIntoId, a.Type, a.CreditCode }).FirstAsync(ct);
            ownerId = entity.MergedIntoId ?? entity.Id;
            ownerType = entity.MergedIntoId is { } survivor ? await _db.Applicants.AsNoTracking().Where(a => a.Id == survivor).Select(a => a.Type).FirstAsync(ct) : entity.Type;
        }

        var definitions = await _industries.ListAsync(industryCatalogue, ct);
        var distinct = symbols.Distinct(StringComparer.Ordinal).ToList();
        var industries = definitions.Where(d => d.Matches(distinct, p.Title, p.Abstract)).Select(d => new IndustryRef(d.Catalogue, d.Code, d.Name)).ToList();
        return new PatentProfile(p.Id, p.ApplicationNumber, p.Type.ToString(), p.Title, p.Abstract, p.MainIpc ?? distinct.FirstOrDefault(), distinct, industries,
            owner?.Name, owner?.CreditCode, ownerType.ToString(), ownerId, p.RegionCityCode, p.RegionCountyCode);
    }

    private sealed record Link(long ApplicantId, long PatentId, string ApplicationNumber, string? Title, string? CountyCode);

    private async Task<List<FirmProfile>> BuildAsync(List<Link> links, string? industryCatalogue, CancellationToken ct)
    {
        if (links.Count == 0)
        {
            return [];
        }

        // Merged entities count as their survivor; only survivors of type Enterprise are firms.
        var applicants = new Dictionary<long, (long Survivor, string Name, ApplicantType Type, string? CreditCode)>();
        var ids = links.Select(l => l.ApplicantId).Distinct().ToList();
        foreach (var chunk in ids.Chunk(Chunk))
        {
            foreach (var a in await _db.Applicants.AsNoTracking().Where(a => chunk.Contains(a.Id)).Select(a => new { a.Id, a.MergedIntoId, a.Name, a.Type, a.CreditCode }).ToListAsync(ct))
            {
                applicants[a.Id] = (a.MergedIntoId ?? a.Id, a.Name, a.Type, a.CreditCode);
            }
        }

        var missing = applicants.Values.Select(a => a.Survivor).Where(s => !applicants.ContainsKey(s)).Distinct().ToList();
        foreach (var chunk in missing.Chunk(Chunk))
        {
            foreach (var a in await _db.Applicants.AsNoTracking().Where(a => chunk.Contains(a.Id)).Select(a => new { a.Id, a.Name, a.Type, a.CreditCode }).ToListAsync(ct))
            {
                applicants[a.Id] = (a.Id, a.Name, a.Type, a.CreditCode);
            }
        }

        var firms = links
            .Select(l => (Link: l, Survivor: applicants.TryGetValue(l.ApplicantId, out var a) ? a.Survivor : l.ApplicantId))
            .Where(x => applicants.TryGetValue(x.Survivor, out var s) && s.Type == ApplicantType.Enterprise)
            .GroupBy(x => x.Survivor)
            .ToList();
        var patentIds = firms.SelectMany(g => g.Select(x => x.Link.PatentId)).Distinct().ToList();
        var ipc = new Dictionary<long, List<string>>();
        foreach (var chunk in patentIds.Chunk(Chunk))
        {
            foreach (var c in await _db.Classifications.AsNoTracking().Where(c => chunk.Contains(c.PatentId) && c.Scheme == "IPC").Select(c => new { c.PatentId, c.Symbol }).ToListAsync(ct))
            {
                if (!ipc.TryGetValue(c.PatentId, out var list))
                {
                    ipc[c.PatentId] = list = [];
                }

                if (!list.Contains(c.Symbol, StringComparer.Ordinal))
                {
                    list.Add(c.Symbol);
                }
            }
        }

        var definitions = await _industries.ListAsync(industryCatalogue, ct);
        var result = new List<FirmProfile>(firms.Count);
        foreach (var g in firms)
        {
            var entity = applicants[g.Key];
            var patents = g.Select(x => x.Link).DistinctBy(l => l.PatentId)
                .Select(l => new FirmPatent(l.PatentId, l.ApplicationNumber, l.Title, ipc.TryGetValue(l.PatentId, out var s) ? s : []))
                .OrderBy(p => p.ApplicationNumber, StringComparer.Ordinal).ToList();
            var county = g.Select(x => x.Link).DistinctBy(l => l.PatentId).Where(l => l.CountyCode is not null)
                .GroupBy(l => l.CountyCode!).OrderByDescending(c => c.Count()).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key).FirstOrDefault();
            var industries = definitions.Where(d => patents.Any(p => d.Matches(p.IpcSymbols, p.Title, null))).Select(d => new IndustryRef(d.Catalogue, d.Code, d.Name)).ToList();
            result.Add(new FirmProfile(g.Key, entity.Name, entity.CreditCode, county, patents, industries));
        }

        return result.OrderBy(f => f.ApplicantId).ToList();
    }
}

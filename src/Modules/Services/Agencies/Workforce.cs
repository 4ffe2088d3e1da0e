using IpCity.Services.Contracts;
using IpCity.Services.Data;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Services.Agencies;

/// <summary>
/// Who counts in each category of DOMAIN.md §1.6 on a date, from the register's dates only (never today's state):
/// <list type="bullet">
/// <item>QualifiedPatentAttorneys: qualified on or before the date and not revoked by then;</item>
/// <item>PractisingPatentAttorneys: an engagement as practising patent attorney open on the date;</item>
/// <item>TrademarkAgencyStaff: an engagement, in whatever role, open on the date with a 备案 trademark agency.</item>
/// </list>
/// Engagements count only while their agency is operating on the date (its status then is 执业 or 停业, or not
/// recorded yet); 注销 and 撤销 end them. Each person appears once per category; the region is that of the agency
/// of the earliest-started counting engagement (ties: the lower agency id), for qualified persons without an agency
/// their own address's region.
/// </summary>
internal static class Workforce
{
    public sealed record Placement(Engagement Engagement, Agency Agency);

    public static bool Operating(Agency agency, DateOnly day)
    {
        var status = agency.StatusHistory.Where(s => s.EffectiveOn <= day).OrderByDescending(s => s.EffectiveOn).ThenByDescending(s => s.Id).FirstOrDefault();
        return status is null || AgencyStatuses.Operating.Contains(status.Status);
    }

    public static bool Qualified(Practitioner p, DateOnly day) =>
        p.QualifiedOn is { } q && q <= day && (p.QualificationRevokedOn is not { } r || r > day);

    /// <summary>The person's engagements open on the day with an operating agency, in attribution order.</summary>
    public static List<Placement> Placements(Practitioner p, DateOnly day, IReadOnlyDictionary<long, Agency> agencies) =>
        p.Engagements.Where(e => e.OpenOn(day) && agencies.TryGetValue(e.AgencyId, out var a) && Operating(a, day))
            .Select(e => new Placement(e, agencies[e.AgencyId]))
            .OrderBy(x => x.Engagement.From).ThenBy(x => x.Agency.Id).ThenBy(x => x.Engagement.Id)
            .ToList();

    /// <summary>The agency a person works for on the day: a practising engagement first, else the first placement.</summary>
    public static Placement? Main(Practitioner p, DateOnly day, IReadOnlyDictionary<long, Agency> agencies)
    {
        var placements = Placements(p, day, agencies);
        return placements.FirstOrDefault(x => x.Engagement.Role == EngagementRoles.PractisingPatentAttorney) ?? placements.FirstOrDefault();
    }

    public static IEnumerable<AgentPersonFact> Facts(Practitioner p, DateOnly day, IReadOnlyDictionary<long, Agency> agencies)
    {
        var placements = Placements(p, day, agencies);
        if (Qualified(p, day))
        {
            var main = placements.FirstOrDefault(x => x.Engagement.Role == EngagementRoles.PractisingPatentAttorney) ?? placements.FirstOrDefault();
            yield return main is null
                ? new AgentPersonFact(p.Id, AgentCategories.QualifiedPatentAttorneys, p.CityCode, p.CountyCode, p.ZoneCode)
                : Fact(p, AgentCategories.QualifiedPatentAttorneys, main.Agency);
        }

        if (placements.FirstOrDefault(x => x.Engagement.Role == EngagementRoles.PractisingPatentAttorney) is { } practising)
        {
            yield return Fact(p, AgentCategories.PractisingPatentAttorneys, practising.Agency);
        }

        if (placements.FirstOrDefault(x => x.Agency.TrademarkFilingNumber is not null) is { } trademark)
        {
            yield return Fact(p, AgentCategories.TrademarkAgencyStaff, trademark.Agency);
        }
    }

    private static AgentPersonFact Fact(Practitioner p, string category, Agency a) => new(p.Id, category, a.CityCode, a.CountyCode, a.ZoneCode);

    public static async Task<(List<Practitioner> Persons, Dictionary<long, Agency> Agencies)> LoadAsync(ServicesDbContext db, IReadOnlyCollection<long>? ids, CancellationToken ct)
    {
        var agencies = await db.Agencies.AsNoTracking().Include(a => a.StatusHistory).ToDictionaryAsync(a => a.Id, ct);
        var q = db.Practitioners.AsNoTracking().Include(p => p.Engagements).AsQueryable();
        if (ids is not null)
        {
            var list = ids.Distinct().ToList();
            q = q.Where(p => list.Contains(p.Id));
        }

        return (await q.OrderBy(p => p.Id).ToListAsync(ct), agencies);
    }
}

/// <summary>The read contract of the monitoring (the sixth headline indicator).</summary>
internal sealed class AgentWorkforceFacts : IAgentWorkforceFacts
{
    private readonly ServicesDbContext _db;
    private readonly TimeProvider _clock;

    public AgentWorkforceFacts(ServicesDbContext db, TimeProvider clock)
    {
        _db = db;
        _clock = clock;
    }

    public Task<bool> HasRegisterAsync(CancellationToken ct = default) => _db.Practitioners.AnyAsync(ct);

    public async Task<IReadOnlyList<AgentPersonFact>> FactsAsync(DateOnly referenceDate, CancellationToken ct = default)
    {
        var (persons, agencies) = await Workforce.LoadAsync(_db, null, ct);
        return persons.SelectMany(p => Workforce.Facts(p, referenceDate, agencies)).ToList();
    }

    public Task<IReadOnlyList<AgentPersonSummary>> DescribeAsync(IReadOnlyList<long> personIds, CancellationToken ct = default) =>
        DescribeAsync(personIds, AgencyRules.Today(_clock), ct);

    public async Task<IReadOnlyList<AgentPersonSummary>> DescribeAsync(IReadOnlyList<long> personIds, DateOnly referenceDate, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(personIds);
        var (persons, agencies) = await Workforce.LoadAsync(_db, personIds, ct);
        var byId = persons.ToDictionary(p => p.Id);
        var result = new List<AgentPersonSummary>(personIds.Count);
        foreach (var id in personIds)
        {
            if (!byId.TryGetValue(id, out var p))
            {
                continue;
            }

            var main = Workforce.Main(p, referenceDate, agencies);
            result.Add(new AgentPersonSummary(
                p.Id,
                p.CertificateNumber ?? p.IdMasked ?? string.Empty,
                p.NameMasked,
                main?.Agency.Name,
                main is null ? p.CountyCode : main.Agency.CountyCode,
                main is null ? p.ZoneCode : main.Agency.ZoneCode,
                main?.Engagement.From ?? p.QualifiedOn));
        }

        return result;
    }
}

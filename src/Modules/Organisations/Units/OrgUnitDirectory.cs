using IpCity.Organisations.Contracts;
using IpCity.Organisations.Data;
using IpCity.Organisations.Domain;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Organisations.Units;

internal sealed class OrgUnitDirectory : IOrgUnitDirectory
{
    private readonly OrganisationsDbContext _db;

    public OrgUnitDirectory(OrganisationsDbContext db)
    {
        _db = db;
    }

    public async Task<CityProfileDto?> GetProfileAsync(CancellationToken ct = default)
    {
        var p = await _db.Profiles.AsNoTracking().OrderByDescending(x => x.Id).FirstOrDefaultAsync(ct);
        return p is null ? null : new CityProfileDto(p.CityCode, p.CityName, p.ShortName, p.Province, p.ProfileVersion, p.FileName, p.Sha256, p.DivisionEdition, p.OutlineTitle, p.OutlineSource, p.Goal2035, p.LoadedAtUtc);
    }

    public async Task<IReadOnlyList<OrgUnitDto>> GetUnitsAsync(DateOnly? onDate = null, bool includeStreets = false, CancellationToken ct = default)
    {
        var query = _db.Units.AsNoTracking();
        if (!includeStreets)
        {
            query = query.Where(u => u.Kind != OrgUnitKind.Street);
        }

        var all = await query.OrderBy(u => u.Code).ToListAsync(ct);
        return all.Where(u => onDate is null || u.IsValidOn(onDate.Value)).Select(ToDto).ToList();
    }

    public async Task<OrgUnitDto?> GetUnitAsync(string code, CancellationToken ct = default)
    {
        var unit = await _db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code, ct);
        return unit is null ? null : ToDto(unit);
    }

    public async Task<IReadOnlySet<string>> GetSubtreeAsync(string code, CancellationToken ct = default)
    {
        var all = await _db.Units.AsNoTracking().Select(u => new { u.Code, u.ParentCode }).ToListAsync(ct);
        var members = await _db.ZoneMemberships.AsNoTracking().ToListAsync(ct);
        var children = all.Where(u => u.ParentCode != null).ToLookup(u => u.ParentCode!, u => u.Code);
        var zoneStreets = members.ToLookup(m => m.ZoneCode, m => m.StreetCode);
        var result = new HashSet<string>(StringComparer.Ordinal);
        if (!all.Any(u => u.Code == code))
        {
            return result;
        }

        var stack = new Stack<string>();
        stack.Push(code);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (!result.Add(current))
            {
                continue;
            }

            foreach (var child in children[current].Concat(zoneStreets[current]))
            {
                stack.Push(child);
            }
        }

        return result;
    }

    public async Task<IReadOnlyList<PopulationDto>> GetPopulationAsync(string? unitCode = null, CancellationToken ct = default)
    {
        var rows = await _db.Population.AsNoTracking()
            .Where(p => unitCode == null || p.UnitCode == unitCode)
            .OrderBy(p => p.UnitCode).ThenBy(p => p.Year).ToListAsync(ct);
        return rows.Select(p => new PopulationDto(p.UnitCode, p.Year, p.Kind.ToString(), p.ReferenceDate, p.Persons, p.Status, p.Source, p.Vintage)).ToList();
    }

    public async Task<IReadOnlyList<GdpDto>> GetGdpAsync(string? unitCode = null, CancellationToken ct = default)
    {
        var rows = await _db.Gdp.AsNoTracking()
            .Where(p => unitCode == null || p.UnitCode == unitCode)
            .OrderBy(p => p.UnitCode).ThenBy(p => p.Year).ToListAsync(ct);
        return rows.Select(g => new GdpDto(g.UnitCode, g.Year, g.Value100mYuan, g.Status, g.Source, g.Vintage)).ToList();
    }

    public async Task<IReadOnlyList<OutlineTargetDto>> GetTargetsAsync(CancellationToken ct = default)
    {
        var rows = await _db.Targets.AsNoTracking().ToListAsync(ct);
        var order = new[] { "HighValueInventionPatentsPer10k", "PatentIntensiveIndustryGdpShare", "MadridRegistrationsHeld", "PledgeFinancingRegisteredAmount", "EnforcementClosureRate", "IpAgentWorkforce" };
        return rows.OrderBy(t => Array.IndexOf(order, t.IndicatorCode) is var i && i < 0 ? int.MaxValue : i)
            .Select(t => new OutlineTargetDto(t.IndicatorCode, t.Name, t.Unit, t.Comparator, t.Baseline2020, t.Target2025, t.Target2035, t.Source)).ToList();
    }

    public async Task<IReadOnlyList<SuccessionDto>> GetSuccessionsAsync(CancellationToken ct = default)
    {
        var rows = await _db.Successions.AsNoTracking().OrderBy(s => s.Effective).ThenBy(s => s.PredecessorCode).ToListAsync(ct);
        return rows.Select(s => new SuccessionDto(s.PredecessorCode, s.SuccessorCode, s.Effective, s.Kind.ToString(), s.Note)).ToList();
    }

    private static OrgUnitDto ToDto(OrgUnit u) =>
        new(u.Code, u.Name, u.ShortName, u.Kind.ToString(), u.ParentCode, u.StatisticalCode, u.ValidFrom, u.ValidTo, u.Note);
}

using IpCity.Organisations.Contracts;
using IpCity.Protection.Contracts;
using IpCity.Protection.Data;
using IpCity.Protection.Domain;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Protection.Cases;

/// <summary>
/// Closure rates A, B and C (DOMAIN.md §1.5), cycle times, outcomes and amounts from the cases themselves; the
/// facts behind them feed the Outline monitoring's closure-rate indicator (the cases are its drill-down).
/// Scope of the rates: adjudication, patent and trademark mediation, 假冒专利 and 商标侵权 penalty cases.
/// </summary>
internal sealed class CaseStatistics : ICaseStatistics
{
    private readonly ProtectionDbContext _db;
    private readonly CaseDeadlines _deadlines;
    private readonly IOrgUnitDirectory _units;

    public CaseStatistics(ProtectionDbContext db, CaseDeadlines deadlines, IOrgUnitDirectory units)
    {
        _db = db;
        _deadlines = deadlines;
        _units = units;
    }

    public async Task<IReadOnlyList<CaseFact>> FactsAsync(int year, CancellationToken ct = default) =>
        (await EvaluateAsync(year, null, ct)).Where(x => x.Fact is not null && CaseProcedures.Find(x.Case.Type)!.InClosureRate).Select(x => x.Fact!).ToList();

    public async Task<bool> HasCasesAsync(int year, CancellationToken ct = default)
    {
        var end = new DateOnly(year, 12, 31);
        var start = new DateOnly(year, 1, 1);
        return await _db.Cases.AnyAsync(c => c.FiledOn != null && c.FiledOn <= end && (c.ClosedOn == null || c.ClosedOn >= start), ct);
    }

    public async Task<IReadOnlyList<CaseStatisticsDto>> ByTypeAsync(ProtectionActor actor, int year, string? unitCode, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (year is < 2000 or > 2100)
        {
            throw new BuildingBlocks.Errors.IpCityException("CASE_YEAR_INVALID", $"统计年度无效: {year}", 400, new Dictionary<string, object?> { ["field"] = "year" });
        }

        var profile = await _units.GetProfileAsync(ct);
        var city = profile?.CityCode ?? "360100";
        // District officers count their own unit only; the city office and member departments any unit (counts, never records).
        var unit = actor.IsDistrict ? actor.UnitCode! : string.IsNullOrWhiteSpace(unitCode) ? city : unitCode.Trim();
        var evaluated = await EvaluateAsync(year, unit == city ? null : unit, ct);
        var result = new List<CaseStatisticsDto>();
        foreach (var type in CaseTypes.All.Prepend(null))
        {
            var rows = evaluated.Where(x => x.Fact is not null && (type is null ? CaseProcedures.Find(x.Case.Type)!.InClosureRate : x.Case.Type == type)).ToList();
            if (type is not null && rows.Count == 0)
            {
                continue;
            }

            int filed = rows.Count(r => r.Fact!.Filed), carried = rows.Count(r => r.Fact!.CarriedOver), closed = rows.Count(r => r.Fact!.Closed);
            int due = rows.Count(r => r.Fact!.Due), inTime = rows.Count(r => r.Fact!.ClosedInTime);
            var closedRows = rows.Where(r => r.Fact!.Closed).Select(r => r.Case).ToList();
            var days = closedRows.Where(c => c.FiledOn is not null).Select(c => (double)(c.ClosedOn!.Value.DayNumber - c.FiledOn!.Value.DayNumber)).Order().ToList();
            result.Add(new CaseStatisticsDto(
                year, unit, type, filed, carried, closed, due, inTime,
                Rate(closed, filed), Rate(closed, carried + filed), Rate(inTime, due),
                Quantile(days, 0.5), Quantile(days, 0.9),
                closedRows.GroupBy(c => c.ClosureMode ?? "Unknown").ToDictionary(g => g.Key, g => g.Count()),
                closedRows.Sum(c => c.AmountInvolved ?? 0m),
                closedRows.Sum(c => c.Fine ?? 0m)));
        }

        return result;
    }

    public async Task<IReadOnlyList<(long Id, string Number, string Label, string UnitCode, DateOnly? Date)>> DescribeAsync(IReadOnlyList<long> ids, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var list = ids.ToList();
        var rows = await _db.Cases.AsNoTracking().Where(c => list.Contains(c.Id)).Select(c => new { c.Id, c.Number, c.Type, c.State, c.ClosureMode, c.UnitCode, c.FiledOn, c.Confidential }).ToListAsync(ct);
        var byId = rows.ToDictionary(r => r.Id);
        // Never party names; confidential cases show their number and type only.
        return list.Where(byId.ContainsKey).Select(id => byId[id]).Select(r => (r.Id, r.Number,
            $"{CaseProcedures.Find(r.Type)?.Name ?? r.Type} · {CaseProcedures.StateName(r.State)}{(r.ClosureMode is null ? string.Empty : " · " + CaseProcedures.ClosureName(r.ClosureMode))}{(r.Confidential ? " · 涉密" : string.Empty)}",
            r.UnitCode, r.FiledOn)).ToList();
    }

    /// <summary>Each filed case with its flags for the year (null when it plays no part in the year).</summary>
    private async Task<List<(ProtectionCase Case, CaseFact? Fact)>> EvaluateAsync(int year, string? unit, CancellationToken ct)
    {
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        var query = _db.Cases.AsNoTracking().Include(c => c.Suspensions).Include(c => c.Extensions).AsSplitQuery()
            .Where(c => c.FiledOn != null && c.FiledOn <= end && (c.ClosedOn == null || c.ClosedOn >= start) || (c.DueOnAtClose >= start && c.DueOnAtClose <= end));
        if (unit is not null)
        {
            query = query.Where(c => c.UnitCode == unit);
        }

        var result = new List<(ProtectionCase, CaseFact?)>();
        var today = _deadlines.Today;
        foreach (var c in await query.OrderBy(c => c.Id).ToListAsync(ct))
        {
            var p = CaseProcedures.Find(c.Type);
            if (p is null || c.FiledOn is null)
            {
                continue;
            }

            var filed = c.FiledOn >= start && c.FiledOn <= end;
            var carried = c.FiledOn < start && (c.ClosedOn is null || c.ClosedOn >= start);
            var closed = c.State == CaseStates.Closed && c.ClosedOn >= start && c.ClosedOn <= end;
            DateOnly? dueOn = c.State == CaseStates.Closed ? c.DueOnAtClose : (await _deadlines.DecisionDueAsync(c, p, today, ct))?.Due;
            var due = dueOn >= start && dueOn <= end;
            var inTime = due && c.State == CaseStates.Closed && c.ClosedOn <= dueOn;
            result.Add((c, filed || carried || closed || due ? new CaseFact(c.Id, c.UnitCode, filed, carried, closed, due, inTime) : null));
        }

        return result;
    }

    private static decimal? Rate(int numerator, int denominator) => denominator == 0 ? null : Math.Round(numerator * 100m / denominator, 2, MidpointRounding.AwayFromZero);

    /// <summary>Nearest-rank quantile of sorted values.</summary>
    private static double? Quantile(List<double> sorted, double q) =>
        sorted.Count == 0 ? null : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Count) - 1, 0, sorted.Count - 1)];
}

using IpCity.Finance.Contracts;
using IpCity.Finance.Data;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Finance.Pledges;

/// <summary>The loans the monitoring counts (DOMAIN.md §1.4) and the per-patent pledge amounts of high-value category 4.</summary>
internal sealed class PledgeFacts : IPledgeFacts
{
    private readonly FinanceDbContext _db;

    public PledgeFacts(FinanceDbContext db)
    {
        _db = db;
    }

    public async Task<bool> HasRegisterAsync(int year, CancellationToken ct = default)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return await _db.PledgeLoans.AnyAsync(l => l.RegisteredOn >= from && l.RegisteredOn <= to, ct);
    }

    public async Task<IReadOnlyList<PledgeLoanFact>> LoansAsync(int year, CancellationToken ct = default)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return (await _db.PledgeLoans.AsNoTracking().Where(l => l.RegisteredOn >= from && l.RegisteredOn <= to).OrderBy(l => l.Id)
                .Select(l => new { l.Id, l.AmountWan, l.RegisteredOn, l.CopyrightOnly, l.RegionCityCode, l.RegionCountyCode, l.RegionZoneCode }).ToListAsync(ct))
            .Select(l => new PledgeLoanFact(l.Id, l.AmountWan is { } a ? PledgeRegister.Norm(a) : null, l.RegisteredOn, l.CopyrightOnly, l.RegionCityCode, l.RegionCountyCode, l.RegionZoneCode)).ToList();
    }

    public async Task<IReadOnlyDictionary<long, decimal>> PatentPledgeAmountsAsync(DateOnly referenceDate, bool perPatent, bool cumulative, CancellationToken ct = default)
    {
        var loans = await _db.PledgeLoans.AsNoTracking().Where(l => l.RegisteredOn <= referenceDate && l.AmountWan != null)
            .Select(l => new { l.Id, Amount = l.AmountWan!.Value, Items = l.Registrations.SelectMany(r => r.Items).Select(i => new { i.Kind, i.PatentId }).ToList() })
            .ToListAsync(ct);
        var result = new Dictionary<long, decimal>();
        foreach (var loan in loans)
        {
            var share = perPatent && loan.Items.Count > 0 ? loan.Amount / loan.Items.Count : loan.Amount;
            foreach (var patent in loan.Items.Where(i => i.PatentId is not null).Select(i => i.PatentId!.Value).Distinct())
            {
                result[patent] = result.TryGetValue(patent, out var before) ? (cumulative ? before + share : Math.Max(before, share)) : share;
            }
        }

        return result.ToDictionary(kv => kv.Key, kv => PledgeRegister.Norm(kv.Value));
    }

    public async Task<IReadOnlyList<PledgeLoanSummary>> DescribeAsync(IReadOnlyList<long> loanIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(loanIds);
        var found = new Dictionary<long, PledgeLoanSummary>();
        foreach (var chunk in loanIds.Distinct().Chunk(500))
        {
            foreach (var l in await _db.PledgeLoans.AsNoTracking().Where(l => chunk.Contains(l.Id))
                .Select(l => new { l.Id, l.Key, l.ContractNumber, l.Pledgor, l.Pledgee, l.RegionCountyCode, l.RegionZoneCode, l.RegisteredOn, l.AmountWan, Registrations = l.Registrations.Count, Numbers = l.Registrations.Select(r => r.RegistrationNumber).ToList() })
                .ToListAsync(ct))
            {
                var amount = l.AmountWan is { } a ? PledgeRegister.Norm(a) : (decimal?)null;
                var label = $"{string.Join(" / ", l.Numbers.Order(StringComparer.Ordinal))} · 质权人 {l.Pledgee ?? "未知"} · {(amount is null ? "金额未知" : amount.Value.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) + " 万元")}";
                found[l.Id] = new PledgeLoanSummary(l.Id, l.ContractNumber ?? l.Key[2..], label, l.Pledgor, l.RegionCountyCode, l.RegionZoneCode, l.RegisteredOn, amount);
            }
        }

        return loanIds.Select(id => found.TryGetValue(id, out var s) ? s : new PledgeLoanSummary(id, id.ToString(System.Globalization.CultureInfo.InvariantCulture), "(已删除)", null, null, null, null, null)).ToList();
    }
}

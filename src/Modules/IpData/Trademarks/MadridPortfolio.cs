using IpCity.IpData.Contracts;
using IpCity.IpData.Data;
using Microsoft.EntityFrameworkCore;

namespace IpCity.IpData.Trademarks;

/// <summary>
/// The records behind the Madrid portfolio and a holder's marks. The state on the date is not decided here: it is read
/// from <see cref="IIndicatorFacts.TrademarksAsync"/> (the monitoring's in-force rule, attribution included), so the
/// portfolio's in-force count and the indicator MadridRegistrationsHeld cannot drift apart. The details the facts do
/// not carry (classes, designations, dates, status text) are joined from the register by id.
/// </summary>
internal sealed class MadridPortfolio : IHeldTrademarks
{
    private const int Chunk = 500;
    private readonly IpDataDbContext _db;
    private readonly IIndicatorFacts _facts;

    public MadridPortfolio(IpDataDbContext db, IIndicatorFacts facts)
    {
        _db = db;
        _facts = facts;
    }

    public async Task<IReadOnlyList<HeldTrademark>> MadridRecordsAsync(DateOnly referenceDate, CancellationToken ct = default)
    {
        var facts = new Dictionary<long, TrademarkFact>();
        await foreach (var f in _facts.TrademarksAsync(referenceDate, ct))
        {
            if (f.MadridIrNumber is not null)
            {
                facts[f.Id] = f;
            }
        }

        return (await JoinAsync(facts, ct)).OrderBy(t => t.MadridIrNumber, StringComparer.Ordinal).ThenBy(t => t.Id).ToList();
    }

    public async Task<IReadOnlyList<HeldTrademark>> OfHoldersAsync(IReadOnlyCollection<string> holders, DateOnly referenceDate, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(holders);
        var names = holders.Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => h.Trim()).ToHashSet(StringComparer.Ordinal);
        if (names.Count == 0)
        {
            return [];
        }

        // Only the holder's ids go through the facts (a domestic register has a few records per holder).
        var ids = (await _db.Trademarks.AsNoTracking().Where(t => t.IsDomestic && t.Holder != null && names.Contains(t.Holder)).Select(t => t.Id).ToListAsync(ct)).ToHashSet();
        if (ids.Count == 0)
        {
            return [];
        }

        var facts = new Dictionary<long, TrademarkFact>();
        await foreach (var f in _facts.TrademarksAsync(referenceDate, ct))
        {
            if (ids.Contains(f.Id))
            {
                facts[f.Id] = f;
            }
        }

        return (await JoinAsync(facts, ct)).OrderBy(t => t.RegistrationNumber, StringComparer.Ordinal).ThenBy(t => t.Id).ToList();
    }

    private async Task<List<HeldTrademark>> JoinAsync(Dictionary<long, TrademarkFact> facts, CancellationToken ct)
    {
        var result = new List<HeldTrademark>(facts.Count);
        foreach (var chunk in facts.Keys.Order().Chunk(Chunk))
        {
            var rows = await _db.Trademarks.AsNoTracking().Where(t => chunk.Contains(t.Id))
                .Select(t => new { t.Id, t.NiceClasses, t.HolderAddress, t.Status, t.ApplicationDate, t.ExclusiveFrom, t.ExclusiveTo, t.Designations }).ToListAsync(ct);
            foreach (var t in rows)
            {
                var f = facts[t.Id];
                result.Add(new HeldTrademark(t.Id, f.RegistrationNumber, f.MadridIrNumber, f.MarkText, t.NiceClasses, f.Holder, t.HolderAddress, t.Status, t.ApplicationDate,
                    t.ExclusiveFrom, t.ExclusiveTo, t.Designations, f.CityCode, f.CountyCode, f.ZoneCode, f.InForce));
            }
        }

        return result;
    }
}

using System.Globalization;
using System.Runtime.CompilerServices;
using IpCity.IpData.Contracts;
using IpCity.IpData.Data;
using IpCity.IpData.Domain;
using IpCity.IpData.Importing;
using IpCity.IpData.Industries;
using IpCity.IpData.Patents.Status;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IpCity.IpData.Indicators;

/// <summary>
/// Streams the facts the indicator engine counts, page by page (keyset on id), with each patent's legal status
/// computed on the reference date by <see cref="LegalStatusCalculator"/> from its events — the same status the
/// patent page shows.
/// </summary>
internal sealed class IndicatorFacts : IIndicatorFacts
{
    private const int Page = 5000;
    private readonly IpDataDbContext _db;
    private readonly LegalStatusOptions _options;

    public IndicatorFacts(IpDataDbContext db, IOptions<LegalStatusOptions> options)
    {
        _db = db;
        _options = options.Value;
    }

    public IAsyncEnumerable<PatentFact> InventionPatentsAsync(DateOnly referenceDate, bool withIpc = true, CancellationToken ct = default) =>
        PatentsAsync(_db.Patents.Where(p => p.IsDomestic && p.Type == PatentType.Invention && p.ApplicationDate <= referenceDate), referenceDate, withIpc, ct);

    /// <summary>Grants need no status or categories: only the attribution (one light query per page).</summary>
    public async IAsyncEnumerable<PatentFact> InventionGrantsAsync(int year, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        long after = 0;
        while (true)
        {
            var page = await _db.Patents.AsNoTracking()
                .Where(p => p.IsDomestic && p.Type == PatentType.Invention && p.GrantDate >= from && p.GrantDate <= to && p.Id > after)
                .OrderBy(p => p.Id).Take(Page)
                .Select(p => new { p.Id, p.ApplicationNumber, p.Title, p.ApplicationDate, p.GrantDate, p.RegionCityCode, p.RegionCountyCode, p.RegionZoneCode, p.LastBatchId })
                .ToListAsync(ct);
            if (page.Count == 0)
            {
                yield break;
            }

            after = page[^1].Id;
            foreach (var p in page)
            {
                yield return new PatentFact(p.Id, p.ApplicationNumber, p.Title, null, p.ApplicationDate, p.GrantDate,
                    p.RegionCityCode ?? CityOf(p.RegionCountyCode, p.RegionZoneCode), p.RegionCountyCode, p.RegionZoneCode,
                    true, "Granted", false, [], p.LastBatchId);
            }
        }
    }

    private async IAsyncEnumerable<PatentFact> PatentsAsync(IQueryable<Patent> scope, DateOnly referenceDate, bool withIpc, [EnumeratorCancellation] CancellationToken ct)
    {
        long after = 0;
        while (true)
        {
            var page = await scope.AsNoTracking().Where(p => p.Id > after).OrderBy(p => p.Id).Take(Page)
                .Select(p => new
                {
                    p.Id,
                    p.ApplicationCountry,
                    p.ApplicationNumber,
                    p.Title,
                    p.Type,
                    p.ApplicationDate,
                    p.GrantDate,
                    p.RegionCityCode,
                    p.RegionCountyCode,
                    p.RegionZoneCode,
                    p.LastBatchId,
                })
                .ToListAsync(ct);
            if (page.Count == 0)
            {
                yield break;
            }

            after = page[^1].Id;
            var first = page[0].Id;
            // Only this page's patents (the id range also holds patents of other types and foreign ones).
            var ids = page.Select(p => p.Id).ToList();
            var events = (await _db.Set<PatentEvent>().AsNoTracking().Where(e => e.PatentId >= first && e.PatentId <= after && ids.Contains(e.PatentId))
                    .Select(e => new { e.PatentId, e.Date, e.Code, e.Description }).ToListAsync(ct))
                .ToLookup(e => e.PatentId);
            var overseas = (await _db.Set<PatentFamilyMember>().AsNoTracking()
                    .Where(f => f.PatentId >= first && f.PatentId <= after && ids.Contains(f.PatentId) && f.IsGranted && f.Country != "CN")
                    .Select(f => f.PatentId).Distinct().ToListAsync(ct))
                .ToHashSet();
            var ipc = withIpc
                ? (await _db.Classifications.AsNoTracking().Where(c => c.PatentId >= first && c.PatentId <= after && ids.Contains(c.PatentId) && c.Scheme == "IPC")
                    .Select(c => new { c.PatentId, c.Symbol }).ToListAsync(ct))
                    .ToLookup(c => c.PatentId, c => c.Symbol)
                : Array.Empty<(long PatentId, string Symbol)>().ToLookup(c => c.PatentId, c => c.Symbol);
            foreach (var p in page)
            {
                var outcome = LegalStatusCalculator.Compute(
                    new LegalStatusInput(p.ApplicationCountry, p.Type, p.ApplicationDate, p.GrantDate,
                        events[p.Id].OrderBy(e => e.Date).Select(e => new LegalEvent(e.Date, e.Code, e.Description)).ToList()),
                    referenceDate,
                    _options);
                yield return new PatentFact(
                    p.Id, p.ApplicationNumber, p.Title, null, p.ApplicationDate, p.GrantDate,
                    p.RegionCityCode ?? CityOf(p.RegionCountyCode, p.RegionZoneCode), p.RegionCountyCode, p.RegionZoneCode,
                    outcome.InForce, outcome.Status.ToString(), overseas.Contains(p.Id), ipc[p.Id].ToList(), p.LastBatchId);
            }
        }
    }

    public async IAsyncEnumerable<TrademarkFact> TrademarksAsync(DateOnly referenceDate, [EnumeratorCancellation] CancellationToken ct = default)
    {
        long after = 0;
        while (true)
        {
            var page = await _db.Trademarks.AsNoTracking().Where(t => t.IsDomestic && t.Id > after).OrderBy(t => t.Id).Take(Page)
                .Select(t => new { t.Id, t.RegistrationNumber, t.MarkText, t.Holder, t.RegionCityCode, t.RegionCountyCode, t.RegionZoneCode, t.Status, t.ExclusiveFrom, t.ExclusiveTo, t.MadridIrNumber, t.BatchId })
                .ToListAsync(ct);
            if (page.Count == 0)
            {
                yield break;
            }

            after = page[^1].Id;
            foreach (var t in page)
            {
                var inForce = (t.ExclusiveFrom is null || t.ExclusiveFrom <= referenceDate)
                    && (t.ExclusiveTo is null || t.ExclusiveTo >= referenceDate)
                    && !IsEnded(t.Status);
                yield return new TrademarkFact(t.Id, t.RegistrationNumber, t.MarkText, t.Holder, t.RegionCityCode ?? CityOf(t.RegionCountyCode, t.RegionZoneCode),
                    t.RegionCountyCode, t.RegionZoneCode, inForce, string.IsNullOrWhiteSpace(t.MadridIrNumber) ? null : t.MadridIrNumber, t.BatchId);
            }
        }
    }

    /// <summary>CNIPA register wording for a registration that no longer stands.</summary>
    private static bool IsEnded(string? status) =>
        status is not null && (status.Contains("注销", StringComparison.Ordinal) || status.Contains("撤销", StringComparison.Ordinal)
            || status.Contains("无效", StringComparison.Ordinal) || status.Contains("失效", StringComparison.Ordinal));

    /// <summary>The prefecture-level city (NBS "3601" + "00") of a county code, or of a functional zone ("360100Z01").</summary>
    internal static string? CityOf(string? county, string? zone) =>
        county is { Length: >= 4 } ? county[..4] + "00" : zone is { Length: >= 6 } ? zone[..6] : null;

    public async Task<IndustryMatcher?> ConcordanceAsync(string catalogue, CancellationToken ct = default)
    {
        var found = await _db.FindCatalogueAsync(catalogue, null, tracking: false, ct);
        if (found is null)
        {
            return null;
        }

        var definitions = IndustryCatalogs.Define(found.Code, await _db.NodesAsync(found.Id, ct));
        var prefixes = definitions.SelectMany(d => d.IpcPrefixes).ToHashSet(StringComparer.Ordinal);
        if (prefixes.Count == 0)
        {
            return null;
        }

        var lengths = prefixes.Select(p => p.Length).Distinct().Order().ToArray();
        // A symbol matches when one of its leading substrings is a prefix of the catalogue (hash look-ups, not a scan).
        bool Matches(IReadOnlyList<string> symbols)
        {
            foreach (var symbol in symbols)
            {
                foreach (var length in lengths)
                {
                    if (length > symbol.Length)
                    {
                        break;
                    }

                    if (prefixes.Contains(symbol[..length]))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        return new IndustryMatcher(found.Code, found.Edition, found.Name, Matches);
    }

    public async Task<IReadOnlyList<RecordSummary>> DescribeAsync(string kind, IReadOnlyList<long> ids, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        var list = ids.ToList();
        Dictionary<long, RecordSummary> found;
        if (kind == "trademark")
        {
            found = (await _db.Trademarks.AsNoTracking().Where(t => list.Contains(t.Id))
                    .Select(t => new { t.Id, t.RegistrationNumber, t.MarkText, t.Holder, t.RegionCountyCode, t.RegionZoneCode, t.ExclusiveFrom }).ToListAsync(ct))
                .ToDictionary(t => t.Id, t => new RecordSummary(t.Id, t.RegistrationNumber, t.MarkText ?? t.RegistrationNumber, t.Holder, t.RegionCountyCode, t.RegionZoneCode, t.ExclusiveFrom));
        }
        else
        {
            var patents = await _db.Patents.AsNoTracking().Where(p => list.Contains(p.Id))
                .Select(p => new { p.Id, p.ApplicationNumber, p.Title, p.RegionCountyCode, p.RegionZoneCode, p.ApplicationDate }).ToListAsync(ct);
            var owners = (await _db.Parties.AsNoTracking().Where(x => list.Contains(x.PatentId) && (x.Role == PartyRole.Applicant || x.Role == PartyRole.CurrentOwner))
                    .Select(x => new { x.PatentId, x.Role, x.Sequence, x.Name }).ToListAsync(ct))
                .ToLookup(x => x.PatentId);
            found = patents.ToDictionary(p => p.Id, p => new RecordSummary(p.Id, p.ApplicationNumber, p.Title ?? p.ApplicationNumber,
                owners[p.Id].OrderBy(x => x.Role == PartyRole.CurrentOwner ? 0 : 1).ThenBy(x => x.Sequence).FirstOrDefault()?.Name,
                p.RegionCountyCode, p.RegionZoneCode, p.ApplicationDate));
        }

        return list.Select(id => found.GetValueOrDefault(id) ?? new RecordSummary(id, id.ToString(CultureInfo.InvariantCulture), "(已删除)", null, null, null, null)).ToList();
    }

    public async Task<(long BatchId, DateTime? FinishedAtUtc, long Patents, long Trademarks)> DataVersionAsync(CancellationToken ct = default)
    {
        var last = await _db.Batches.AsNoTracking().Where(b => b.Status == ImportStatus.Completed).OrderByDescending(b => b.Id)
            .Select(b => new { b.Id, b.FinishedAtUtc }).FirstOrDefaultAsync(ct);
        return (last?.Id ?? 0, last?.FinishedAtUtc, await _db.Patents.LongCountAsync(ct), await _db.Trademarks.LongCountAsync(ct));
    }
}

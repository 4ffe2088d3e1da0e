using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
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
/// Streams the facts the indicator engine counts, page by page (keyset on id); a patent is in force by the state
/// machine of <see cref="LegalStatusCalculator"/> over its events — the same status the patent page shows.
/// </summary>
internal sealed class IndicatorFacts : IIndicatorFacts
{
    private const int Page = 5000;
    private readonly IpDataDbContext _db;
    private readonly DbContextOptions<IpDataDbContext> _contextOptions;
    private readonly LegalStatusOptions _options;

    public IndicatorFacts(IpDataDbContext db, DbContextOptions<IpDataDbContext> contextOptions, IOptions<LegalStatusOptions> options)
    {
        _db = db;
        _contextOptions = contextOptions;
        _options = options.Value;
    }

    public async IAsyncEnumerable<PatentFact> InForceInventionPatentsAsync(DateOnly referenceDate, bool withIpc = true, [EnumeratorCancellation] CancellationToken ct = default)
    {
        // An invention filed on or before this day has reached the end of its term by the date (the term rule of
        // LegalStatusCalculator.TermEnd), so it cannot be in force: it is not read. The status machine decides the rest.
        var termEnded = referenceDate.AddYears(-_options.InventionTermYears);
        var mine = new LegalStatusCalculator.KindedEvent[16];
        var steps = new LegalStatusCalculator.Step[16];

        // Three stages: the patent pages (keyset on id) on this context, each page's events, family and IPC rows
        // on a second context, the statuses here. A bounded channel between each keeps memory to a few pages.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var pages = Channel.CreateBounded<List<PagePatent>>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        var facts = Channel.CreateBounded<FactPage>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        await using var children = new IpDataDbContext(_contextOptions);
        // SQLite's "async" calls run synchronously: each stage gets its own thread.
        var reading = Task.Run(() => ReadPatentsAsync(_db, referenceDate, termEnded, pages.Writer, stop.Token), stop.Token);
        var joining = Task.Run(() => ReadChildrenAsync(children, withIpc, pages.Reader, facts.Writer, stop.Token), stop.Token);
        try
        {
            await foreach (var page in facts.Reader.ReadAllAsync(stop.Token))
            {
                var at = 0;
                var events = page.Events;
                foreach (var p in page.Patents)
                {
                    while (at < events.Length && events[at].PatentId < p.Id)
                    {
                        at++;
                    }

                    var own = 0;
                    while (at + own < events.Length && events[at + own].PatentId == p.Id)
                    {
                        if (mine.Length <= own)
                        {
                            Array.Resize(ref mine, mine.Length * 2);
                        }

                        mine[own] = events[at + own].Event;
                        own++;
                    }

                    at += own;
                    var status = LegalStatusCalculator.StatusOn("CN", PatentType.Invention, p.ApplicationDate, p.GrantDate, mine.AsSpan(0, own), referenceDate, _options, ref steps);
                    if (status == LegalStatusCode.InForce)
                    {
                        yield return new PatentFact(p.Id, p.ApplicationDate, p.GrantDate, p.RegionCityCode ?? CityOf(p.RegionCountyCode, p.RegionZoneCode),
                            p.RegionCountyCode, p.RegionZoneCode, page.Overseas.Contains(p.Id), page.Ipc[p.Id].ToList());
                    }
                }
            }

            // A stage's failure ends the channel with its exception (rethrown above); this surfaces any other.
            await Task.WhenAll(reading, joining);
        }
        finally
        {
            // Stopped early or failed: stop the stages and let them finish before either context is used again.
            await stop.CancelAsync();
            try
            {
                await Task.WhenAll(reading, joining);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    private static async Task ReadPatentsAsync(IpDataDbContext db, DateOnly referenceDate, DateOnly termEnded, ChannelWriter<List<PagePatent>> output, CancellationToken ct)
    {
        try
        {
            var scope = db.Patents.AsNoTracking()
                .Where(p => p.IsDomestic && p.Type == PatentType.Invention && p.ApplicationDate <= referenceDate && p.ApplicationDate > termEnded);
            long after = 0;
            while (true)
            {
                var page = await scope.Where(p => p.Id > after).OrderBy(p => p.Id).Take(Page)
                    .Select(p => new PagePatent(p.Id, p.ApplicationDate, p.GrantDate, p.RegionCityCode, p.RegionCountyCode, p.RegionZoneCode))
                    .ToListAsync(ct);
                if (page.Count == 0)
                {
                    break;
                }

                after = page[^1].Id;
                await output.WriteAsync(page, ct);
            }

            output.Complete();
        }
        catch (Exception e)
        {
            output.Complete(e);
            throw;
        }
    }

    private static async Task ReadChildrenAsync(IpDataDbContext db, bool withIpc, ChannelReader<List<PagePatent>> input, ChannelWriter<FactPage> output, CancellationToken ct)
    {
        try
        {
            var kinds = new EventKinds();
            await foreach (var patents in input.ReadAllAsync(ct))
            {
                await output.WriteAsync(await ReadPageAsync(db, patents, withIpc, kinds, ct), ct);
            }

            output.Complete();
        }
        catch (Exception e)
        {
            output.Complete(e);
            throw;
        }
    }

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
                .Select(p => new { p.Id, p.ApplicationDate, p.GrantDate, p.RegionCityCode, p.RegionCountyCode, p.RegionZoneCode })
                .ToListAsync(ct);
            if (page.Count == 0)
            {
                yield break;
            }

            after = page[^1].Id;
            foreach (var p in page)
            {
                yield return new PatentFact(p.Id, p.ApplicationDate, p.GrantDate, p.RegionCityCode ?? CityOf(p.RegionCountyCode, p.RegionZoneCode),
                    p.RegionCountyCode, p.RegionZoneCode, false, []);
            }
        }
    }

    private sealed record PagePatent(long Id, DateOnly? ApplicationDate, DateOnly? GrantDate, string? RegionCityCode, string? RegionCountyCode, string? RegionZoneCode);

    /// <summary>One page of patents (keyset on id) with their events in the order the status machine takes them, overseas grants and IPC symbols.</summary>
    private sealed record FactPage(
        List<PagePatent> Patents,
        (long PatentId, DateOnly Date, int Row, LegalStatusCalculator.KindedEvent Event)[] Events,
        HashSet<long> Overseas,
        ILookup<long, string> Ipc);

    private static async Task<FactPage> ReadPageAsync(IpDataDbContext db, List<PagePatent> patents, bool withIpc, EventKinds kinds, CancellationToken ct)
    {
        var first = patents[0].Id;
        var last = patents[^1].Id;
        // Only this page's patents (the id range also holds patents of other types and foreign ones).
        var ids = patents.Select(p => p.Id).ToList();
        var rows = await db.Set<PatentEvent>().AsNoTracking().Where(e => e.PatentId >= first && e.PatentId <= last && ids.Contains(e.PatentId))
            .Select(e => new { e.PatentId, e.Date, e.Code, e.Description }).ToListAsync(ct);
        // Each patent's events by date (ties in the order read, as the patent page has them), classified once per wording.
        var events = new (long PatentId, DateOnly Date, int Row, LegalStatusCalculator.KindedEvent Event)[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            events[i] = (r.PatentId, r.Date, i, new LegalStatusCalculator.KindedEvent(r.Date, kinds.Classify(r.Code, r.Description)));
        }

        Array.Sort(events, static (a, b) => a.PatentId != b.PatentId ? a.PatentId.CompareTo(b.PatentId) : a.Date != b.Date ? a.Date.CompareTo(b.Date) : a.Row.CompareTo(b.Row));
        var overseas = (await db.Set<PatentFamilyMember>().AsNoTracking()
                .Where(f => f.PatentId >= first && f.PatentId <= last && ids.Contains(f.PatentId) && f.IsGranted && f.Country != "CN")
                .Select(f => f.PatentId).Distinct().ToListAsync(ct))
            .ToHashSet();
        var ipc = withIpc
            ? (await db.Classifications.AsNoTracking().Where(c => c.PatentId >= first && c.PatentId <= last && ids.Contains(c.PatentId) && c.Scheme == "IPC")
                .Select(c => new { c.PatentId, c.Symbol }).ToListAsync(ct))
                .ToLookup(c => c.PatentId, c => c.Symbol)
            : Array.Empty<string>().ToLookup(_ => 0L);
        return new FactPage(patents, events, overseas, ipc);
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
                var inForce = Trademarks.TrademarkStatus.InForce(t.ExclusiveFrom, t.ExclusiveTo, t.Status, referenceDate);
                yield return new TrademarkFact(t.Id, t.RegistrationNumber, t.MarkText, t.Holder, t.RegionCityCode ?? CityOf(t.RegionCountyCode, t.RegionZoneCode),
                    t.RegionCountyCode, t.RegionZoneCode, inForce, string.IsNullOrWhiteSpace(t.MadridIrNumber) ? null : t.MadridIrNumber, t.BatchId);
            }
        }
    }

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

    /// <summary>Event classification remembered per wording for one pass (CNIPA wordings repeat; bounded for free text).</summary>
    private sealed class EventKinds
    {
        private const int Limit = 50_000;
        private readonly Dictionary<(string Code, string Description), LegalEventKind> _known = [];

        public LegalEventKind Classify(string code, string description)
        {
            if (_known.TryGetValue((code, description), out var kind))
            {
                return kind;
            }

            kind = LegalStatusCalculator.Classify(code, description);
            if (_known.Count < Limit)
            {
                _known[(code, description)] = kind;
            }

            return kind;
        }
    }
}

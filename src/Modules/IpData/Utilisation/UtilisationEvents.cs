using System.Runtime.CompilerServices;
using IpCity.IpData.Contracts;
using IpCity.IpData.Data;
using IpCity.IpData.Domain;
using IpCity.IpData.Importing;
using IpCity.IpData.Normalisation;
using IpCity.IpData.Patents.Status;
using Microsoft.EntityFrameworkCore;

namespace IpCity.IpData.Utilisation;

/// <summary>
/// The utilisation events of the data center, classified by the same rules as the legal-status timeline
/// (<see cref="LegalStatusCalculator.Classify"/>): event codes and CNIPA wording alike.
/// </summary>
internal sealed class UtilisationEvents : IUtilisationEvents
{
    private const int Page = 2000;

    // The codes and words that can classify as a utilisation event; the calculator decides which one.
    private static readonly string[] s_codes = ["TRANSFER", "LICENCE", "LICENCE_END", "PLEDGE", "PLEDGE_END", "transfer", "licence", "licence_end", "pledge", "pledge_end"];

    private readonly IpDataDbContext _db;

    public UtilisationEvents(IpDataDbContext db)
    {
        _db = db;
    }

    public async IAsyncEnumerable<UtilisationEventDto> EventsAsync(IReadOnlyCollection<UtilisationEventKind> kinds, DateOnly? from = null, DateOnly? to = null, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        var wanted = kinds.Select(Map).ToHashSet();
        var lastDate = DateOnly.MinValue;
        var lastId = 0L;
        while (true)
        {
            var query = _db.Set<PatentEvent>().AsNoTracking()
                .Where(e => s_codes.Contains(e.Code) || e.Description.Contains("质押") || e.Description.Contains("许可") || e.Description.Contains("转移") || e.Description.Contains("转让")
                    || e.Code.Contains("质押") || e.Code.Contains("许可") || e.Code.Contains("转移") || e.Code.Contains("转让"));
            if (from is { } f)
            {
                query = query.Where(e => e.Date >= f);
            }

            if (to is { } t)
            {
                query = query.Where(e => e.Date <= t);
            }

            var (d, i) = (lastDate, lastId);
            var page = await query.Where(e => e.Date > d || (e.Date == d && e.Id > i)).OrderBy(e => e.Date).ThenBy(e => e.Id).Take(Page).ToListAsync(ct);
            if (page.Count == 0)
            {
                yield break;
            }

            (lastDate, lastId) = (page[^1].Date, page[^1].Id);
            var classified = page.Select(e => (Event: e, Kind: LegalStatusCalculator.Classify(e.Code, e.Description))).Where(x => wanted.Contains(x.Kind)).ToList();
            var patents = await PatentsAsync(classified.Select(x => x.Event.PatentId).Distinct().ToList(), ct);
            foreach (var (e, kind) in classified)
            {
                if (!patents.TryGetValue(e.PatentId, out var p))
                {
                    continue;
                }

                yield return new UtilisationEventDto(e.Id, p.Id, p.ApplicationNumber, p.PatentType, p.Title, e.Date, Back(kind), e.Code, e.Description,
                    LegalStatusCalculator.ReferenceOf(new LegalEvent(e.Date, e.Code, e.Description)), p.OwnerName, p.OwnerCreditCode, p.OwnerAddress, p.CityCode, p.CountyCode, p.ZoneCode);
            }
        }
    }

    public async Task<IReadOnlyDictionary<string, PatentRef>> FindPatentsAsync(IReadOnlyCollection<string> numbers, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var n in numbers.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.Ordinal))
        {
            keys[n] = CnApplicationNumber.TryCanonicalise(n, out var canonical, out _) ? canonical : n.Trim().ToUpperInvariant();
        }

        var wanted = keys.Values.Distinct(StringComparer.Ordinal).ToArray();
        var found = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var chunk in wanted.Chunk(1000))
        {
            foreach (var x in await _db.Patents.AsNoTracking().Where(p => chunk.Contains(p.ApplicationNumber)).Select(p => new { p.Id, p.ApplicationNumber }).ToListAsync(ct))
            {
                found.TryAdd(x.ApplicationNumber, x.Id);
            }
        }

        var patents = await PatentsAsync(found.Values.ToList(), ct);
        var result = new Dictionary<string, PatentRef>(StringComparer.Ordinal);
        foreach (var (input, key) in keys)
        {
            if (found.TryGetValue(key, out var id) && patents.TryGetValue(id, out var p))
            {
                result[input] = new PatentRef(p.Id, p.ApplicationNumber, p.PatentType, p.Title, p.OwnerName, p.OwnerCreditCode, p.CountyCode);
            }
        }

        return result;
    }

    public async Task<IReadOnlyDictionary<string, TrademarkRef>> FindTrademarksAsync(IReadOnlyCollection<string> registrationNumbers, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(registrationNumbers);
        var keys = registrationNumbers.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.Ordinal)
            .ToDictionary(n => n, n => new string(n.Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant(), StringComparer.Ordinal);
        var found = new Dictionary<string, TrademarkRef>(StringComparer.Ordinal);
        foreach (var chunk in keys.Values.Distinct(StringComparer.Ordinal).Chunk(1000))
        {
            foreach (var t in await _db.Trademarks.AsNoTracking().Where(t => chunk.Contains(t.RegistrationNumber)).ToListAsync(ct))
            {
                found.TryAdd(t.RegistrationNumber, new TrademarkRef(t.Id, t.RegistrationNumber, t.MarkText, t.Holder, t.RegionCountyCode));
            }
        }

        return keys.Where(k => found.ContainsKey(k.Value)).ToDictionary(k => k.Key, k => found[k.Value], StringComparer.Ordinal);
    }

    private sealed record PatentRow(long Id, string ApplicationNumber, string PatentType, string? Title, string? OwnerName, string? OwnerCreditCode, string? OwnerAddress, string? CityCode, string? CountyCode, string? ZoneCode);

    private async Task<Dictionary<long, PatentRow>> PatentsAsync(List<long> ids, CancellationToken ct)
    {
        var result = new Dictionary<long, PatentRow>();
        foreach (var chunk in ids.Chunk(1000))
        {
            var patents = await _db.Patents.AsNoTracking().Where(p => chunk.Contains(p.Id))
                .Select(p => new { p.Id, p.ApplicationNumber, p.Type, p.Title, p.RegionCityCode, p.RegionCountyCode, p.RegionZoneCode }).ToListAsync(ct);
            var owners = (await _db.Parties.AsNoTracking().Where(x => chunk.Contains(x.PatentId) && (x.Role == PartyRole.CurrentOwner || x.Role == PartyRole.Applicant))
                    .Select(x => new { x.PatentId, x.Role, x.Sequence, x.Name, x.CreditCode, x.Address }).ToListAsync(ct))
                .GroupBy(x => x.PatentId)
                .ToDictionary(g => g.Key, g => g.OrderBy(x => x.Role == PartyRole.CurrentOwner ? 0 : 1).ThenBy(x => x.Sequence).First());
            foreach (var p in patents)
            {
                var o = owners.GetValueOrDefault(p.Id);
                result[p.Id] = new PatentRow(p.Id, p.ApplicationNumber, p.Type.ToString(), p.Title, o?.Name, o?.CreditCode, o?.Address, p.RegionCityCode, p.RegionCountyCode, p.RegionZoneCode);
            }
        }

        return result;
    }

    private static LegalEventKind Map(UtilisationEventKind kind) => kind switch
    {
        UtilisationEventKind.Transfer => LegalEventKind.Transfer,
        UtilisationEventKind.LicenceRecorded => LegalEventKind.LicenceRecorded,
        UtilisationEventKind.LicenceEnded => LegalEventKind.LicenceEnded,
        UtilisationEventKind.PledgeRegistered => LegalEventKind.PledgeRegistered,
        _ => LegalEventKind.PledgeReleased,
    };

    private static UtilisationEventKind Back(LegalEventKind kind) => kind switch
    {
        LegalEventKind.Transfer => UtilisationEventKind.Transfer,
        LegalEventKind.LicenceRecorded => UtilisationEventKind.LicenceRecorded,
        LegalEventKind.LicenceEnded => UtilisationEventKind.LicenceEnded,
        LegalEventKind.PledgeRegistered => UtilisationEventKind.PledgeRegistered,
        _ => UtilisationEventKind.PledgeReleased,
    };
}

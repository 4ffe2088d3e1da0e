using IpCity.IpData.Contracts;
using IpCity.IpData.Data;
using IpCity.IpData.Domain;
using IpCity.IpData.Importing;
using IpCity.IpData.Patents.Status;
using IpCity.IpData.Trademarks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IpCity.IpData.Applicants;

/// <summary>One firm's patents and trademarks for enterprise self-service (ownership by credit code; status by the legal-status calculator).</summary>
internal sealed class OwnerPortfolio : IOwnerPortfolio
{
    private readonly IpDataDbContext _db;
    private readonly LegalStatusOptions _options;

    public OwnerPortfolio(IpDataDbContext db, IOptions<LegalStatusOptions> options)
    {
        _db = db;
        _options = options.Value;
    }

    public async Task<IReadOnlyList<string>> NamesAsync(string creditCode, CancellationToken ct = default)
    {
        var code = Normalise(creditCode);
        var applicants = await _db.Applicants.AsNoTracking().Where(a => a.CreditCode == code).Select(a => a.Id).ToListAsync(ct);
        var names = await _db.Parties.AsNoTracking().Where(p => p.CreditCode == code || (p.ApplicantId != null && applicants.Contains(p.ApplicantId.Value)))
            .Where(p => p.Role == PartyRole.Applicant || p.Role == PartyRole.CurrentOwner).Select(p => p.Name).Distinct().ToListAsync(ct);
        names.AddRange(await _db.Applicants.AsNoTracking().Where(a => a.CreditCode == code).Select(a => a.Name).ToListAsync(ct));
        return names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    public async Task<IReadOnlyList<OwnedPatentDto>> PatentsAsync(string creditCode, DateOnly asOf, CancellationToken ct = default)
    {
        var ids = await OwnedIdsAsync(Normalise(creditCode), null, ct);
        var result = new List<OwnedPatentDto>(ids.Count);
        // A page of patents and their events per query (not two queries per patent); the status is the one
        // the patent page computes (same calculator, same options).
        foreach (var chunk in ids.Chunk(500))
        {
            var patents = await _db.Patents.AsNoTracking().Where(x => chunk.Contains(x.Id))
                .Select(x => new { x.Id, x.ApplicationCountry, x.ApplicationNumber, x.Type, x.Title, x.ApplicationDate, x.GrantDate }).ToListAsync(ct);
            var events = (await _db.Set<PatentEvent>().AsNoTracking().Where(e => chunk.Contains(e.PatentId))
                .Select(e => new { e.PatentId, e.Date, e.Code, e.Description }).ToListAsync(ct)).ToLookup(e => e.PatentId);
            foreach (var p in patents)
            {
                var status = LegalStatusCalculator.Compute(
                    new LegalStatusInput(p.ApplicationCountry, p.Type, p.ApplicationDate, p.GrantDate, events[p.Id].Select(e => new LegalEvent(e.Date, e.Code, e.Description)).ToList()),
                    asOf,
                    _options);
                result.Add(new OwnedPatentDto(p.Id, p.ApplicationNumber, p.Type.ToString(), p.Title, p.ApplicationDate, p.GrantDate, status.Status.ToString(), status.InForce, status.TermEnds,
                    status.InForce ? NextAnniversary(p.ApplicationDate, asOf, status.TermEnds) : null));
            }
        }

        return result.OrderBy(p => p.NextAnnuityDue ?? DateOnly.MaxValue).ThenBy(p => p.ApplicationNumber, StringComparer.Ordinal).ToList();
    }

    public async Task<IReadOnlyList<OwnedTrademarkDto>> TrademarksAsync(string creditCode, DateOnly asOf, CancellationToken ct = default)
    {
        var names = await NamesAsync(creditCode, ct);
        if (names.Count == 0)
        {
            return [];
        }

        var keys = names.Select(Key).ToHashSet(StringComparer.Ordinal);
        // Holders whose name starts like one of the firm's names, compared on their key (widths, brackets and spaces aside).
        var candidates = new List<Domain.Trademark>();
        foreach (var prefix in names.Select(n => n.Length > 2 ? n[..2] : n).Distinct())
        {
            candidates.AddRange(await _db.Trademarks.AsNoTracking().Where(t => t.Holder != null && t.Holder.StartsWith(prefix)).ToListAsync(ct));
        }

        return candidates.Where(t => keys.Contains(Key(t.Holder!))).DistinctBy(t => t.Id)
            .Select(t => new OwnedTrademarkDto(t.Id, t.RegistrationNumber, t.MarkText, t.NiceClasses, t.Status, t.ExclusiveTo, t.MadridIrNumber, t.Designations,
                TrademarkStatus.InForce(t.ExclusiveFrom, t.ExclusiveTo, t.Status, asOf)))
            .OrderBy(t => t.ExclusiveTo ?? DateOnly.MaxValue).ThenBy(t => t.RegistrationNumber, StringComparer.Ordinal).ToList();
    }

    public async Task<bool> OwnsPatentAsync(string creditCode, long patentId, CancellationToken ct = default) =>
        (await OwnedIdsAsync(Normalise(creditCode), patentId, ct)).Contains(patentId);

    /// <summary>Patents whose current owners carry the code, or — when no current owner is recorded — whose applicants do.</summary>
    private async Task<List<long>> OwnedIdsAsync(string code, long? only, CancellationToken ct)
    {
        var applicants = await _db.Applicants.AsNoTracking().Where(a => a.CreditCode == code).Select(a => a.Id).ToListAsync(ct);
        var parties = _db.Parties.AsNoTracking().Where(p => p.Role == PartyRole.Applicant || p.Role == PartyRole.CurrentOwner);
        if (only is { } id)
        {
            parties = parties.Where(p => p.PatentId == id);
        }

        var candidates = await parties.Where(p => p.CreditCode == code || (p.ApplicantId != null && applicants.Contains(p.ApplicantId.Value))).Select(p => p.PatentId).Distinct().ToListAsync(ct);
        var owned = new List<long>();
        foreach (var chunk in candidates.Chunk(500))
        {
            var rows = await _db.Parties.AsNoTracking().Where(p => chunk.Contains(p.PatentId) && (p.Role == PartyRole.Applicant || p.Role == PartyRole.CurrentOwner))
                .Select(p => new { p.PatentId, p.Role, p.CreditCode, p.ApplicantId }).ToListAsync(ct);
            foreach (var g in rows.GroupBy(r => r.PatentId))
            {
                var role = g.Any(r => r.Role == PartyRole.CurrentOwner) ? PartyRole.CurrentOwner : PartyRole.Applicant;
                if (g.Any(r => r.Role == role && (r.CreditCode == code || (r.ApplicantId is { } a && applicants.Contains(a)))))
                {
                    owned.Add(g.Key);
                }
            }
        }

        return owned;
    }

    /// <summary>The annual fee for the next patent year is due by the filing-date anniversary (专利法实施细则); none after the term ends.</summary>
    private static DateOnly? NextAnniversary(DateOnly? filed, DateOnly asOf, DateOnly? termEnds)
    {
        if (filed is not { } f)
        {
            return null;
        }

        var years = asOf.Year - f.Year;
        var next = f.AddYears(Math.Max(years, 1));
        if (next < asOf)
        {
            next = f.AddYears(Math.Max(years + 1, 1));
        }

        return termEnds is { } end && next >= end ? null : next;
    }

    private static string Normalise(string code) => code.Trim().ToUpperInvariant();

    private static string Key(string name) => new(name.Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c) && c is not ('(' or ')')).ToArray());
}

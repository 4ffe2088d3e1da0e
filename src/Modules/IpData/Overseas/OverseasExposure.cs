using IpCity.IpData.Contracts;
using IpCity.IpData.Data;
using IpCity.IpData.Domain;
using IpCity.IpData.Importing;
using Microsoft.EntityFrameworkCore;

namespace IpCity.IpData.Overseas;

/// <summary>
/// A firm's foreign family members: the applicant entities of the credit code (or of the exact name or name
/// variant, merged entities followed to their survivor), their patents as applicant or current owner, and the
/// family members of those patents outside CN.
/// </summary>
internal sealed class OverseasExposure : IOverseasExposure
{
    private readonly IpDataDbContext _db;

    public OverseasExposure(IpDataDbContext db)
    {
        _db = db;
    }

    public async Task<OverseasExposureDto?> GetAsync(string enterprise, CancellationToken ct = default)
    {
        var reference = enterprise?.Trim() ?? string.Empty;
        if (reference.Length is 0 or > 500)
        {
            return null;
        }

        var code = CreditCodes.IsValid(reference) ? reference.ToUpperInvariant() : null;
        var applicants = code is not null
            ? await _db.Applicants.AsNoTracking().Where(a => a.CreditCode == code).Select(a => new { a.Id, a.Name, a.CreditCode, a.MergedIntoId }).ToListAsync(ct)
            : await _db.Applicants.AsNoTracking().Where(a => a.Name == reference || a.Variants.Any(v => v.RawName == reference)).Select(a => new { a.Id, a.Name, a.CreditCode, a.MergedIntoId }).ToListAsync(ct);
        var survivors = applicants.Where(a => a.MergedIntoId is not null).Select(a => a.MergedIntoId!.Value).Except(applicants.Select(a => a.Id)).ToList();
        if (survivors.Count > 0)
        {
            applicants.AddRange(await _db.Applicants.AsNoTracking().Where(a => survivors.Contains(a.Id)).Select(a => new { a.Id, a.Name, a.CreditCode, a.MergedIntoId }).ToListAsync(ct));
        }

        var ids = applicants.Where(a => a.MergedIntoId is null).Select(a => a.Id).ToList();
        var owners = _db.Parties.AsNoTracking()
            .Where(p => (p.Role == PartyRole.Applicant || p.Role == PartyRole.CurrentOwner) && ((p.ApplicantId != null && ids.Contains(p.ApplicantId.Value)) || (code != null && p.CreditCode == code)))
            .Select(p => p.PatentId);
        var patents = await owners.Distinct().CountAsync(ct);
        if (ids.Count == 0 && patents == 0)
        {
            return null;
        }

        var members = await (
            from f in _db.Set<PatentFamilyMember>().AsNoTracking()
            join p in _db.Patents.AsNoTracking() on f.PatentId equals p.Id
            where owners.Contains(f.PatentId) && f.Country != "CN" && f.Country != "??"
            orderby f.Country, f.Number, p.Id
            select new ForeignFamilyMemberDto(p.Id, p.ApplicationNumber, p.Title, f.Country, f.Number, f.Kind, f.IsGranted)).ToListAsync(ct);
        var survivorsFirst = applicants.Where(a => a.MergedIntoId is null).OrderBy(a => a.Id).ToList();
        return new OverseasExposureDto(
            reference,
            survivorsFirst.FirstOrDefault()?.Name,
            code ?? survivorsFirst.Select(a => a.CreditCode).FirstOrDefault(c => c is not null),
            survivorsFirst.Select(a => a.Name).Distinct(StringComparer.Ordinal).ToList(),
            patents,
            members);
    }
}

using System.Globalization;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Services.Contracts;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Services.Agencies;

/// <summary>Practitioners: persons with encrypted identity data, their qualification and engagements.</summary>
internal sealed partial class AgencyRegister
{
    private const string ErasedName = PractitionerNames.Erased;

    public async Task<PractitionerPage> ListPractitionersAsync(Actor actor, PractitionerQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var pageSize = Math.Clamp(query.PageSize, 1, 500);
        var page = Math.Max(1, query.Page);
        var rows = await PractitionerRowsAsync(actor, query, ct);
        return new PractitionerPage(rows.Skip((page - 1) * pageSize).Take(pageSize).ToList(), rows.Count, page, pageSize);
    }

    public async Task<PractitionerDetailDto> GetPractitionerAsync(Actor actor, long id, CancellationToken ct = default) =>
        await PractitionerDetailAsync(await FindPractitionerAsync(actor, id, ct), ct);

    public async Task<PractitionerDetailDto> CreatePractitionerAsync(Actor actor, PractitionerRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireWriter(actor);
        var problems = new FieldProblems();
        var valid = ValidatePerson(request, requireId: false, problems);
        problems.ThrowIfAny("PRACTITIONER_INVALID", "人员信息有误。");
        if (await MatchPersonAsync(valid, null, ct) is not null)
        {
            throw new IpCityException("PRACTITIONER_EXISTS", "该人员 (执业证号或身份证号) 已登记。", 409);
        }

        var person = new Practitioner();
        ApplyPerson(person, valid, actor.Name);
        _db.Practitioners.Add(person);
        Agency? agency = null;
        if (request.FirstEngagement is { } first)
        {
            agency = await EngagementAgencyAsync(actor, first.AgencyId, ct);
            person.Engagements.Add(ValidateEngagement(person, agency, first, actor.Name));
        }

        if (actor.IsDistrict && agency is null && person.CountyCode != actor.UnitCode && person.ZoneCode != actor.UnitCode)
        {
            throw new IpCityException("PRACTITIONER_UNIT", "区级用户登记人员时须同时登记其在本辖区代理机构的从业信息, 或其地址在本辖区。", 400);
        }

        await SaveAsync(ct);
        await AuditAsync(AgencyAuditEvents.PractitionerCreated, "Practitioner", person.Id, agency is null ? null : $"agency={agency.Id.ToString(CultureInfo.InvariantCulture)}", ct);
        return await PractitionerDetailAsync(person, ct);
    }

    public async Task<PractitionerDetailDto> UpdatePractitionerAsync(Actor actor, long id, PractitionerRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireWriter(actor);
        var person = await FindPractitionerAsync(actor, id, ct);
        if (person.ErasedAt is not null)
        {
            throw new IpCityException("PRACTITIONER_ERASED", "该人员的个人信息已删除; 如需重新登记请新建人员。", 409);
        }

        var problems = new FieldProblems();
        var valid = ValidatePerson(request, requireId: false, problems);
        if (valid.IdNumber is null && valid.Certificate is null && person.IdHash is null)
        {
            problems.Add("certificateNumber", null, "执业证号与身份证号至少填写一项。");
        }

        problems.ThrowIfAny("PRACTITIONER_INVALID", "人员信息有误。");
        if (await MatchPersonAsync(valid, person.Id, ct) is not null)
        {
            throw new IpCityException("PRACTITIONER_EXISTS", "执业证号或身份证号已属于另一人员。", 409);
        }

        ApplyPerson(person, valid, actor.Name);
        await SaveAsync(ct);
        await AuditAsync(AgencyAuditEvents.PractitionerUpdated, "Practitioner", person.Id, null, ct);
        return await PractitionerDetailAsync(person, ct);
    }

    /// <summary>
    /// Erases a person's personal data (PIPL §47; SECURITY.md spec 30): name, identity number, its blind index, address,
    /// certificate and qualification numbers are removed — the sealed name becomes a marker — while the qualification
    /// dates, the region and the engagements stay, so the workforce statistics still count the person. The city office
    /// only, with a stated reason (audited). With SQLite's secure_delete the old values are overwritten in the file.
    /// </summary>
    public async Task<PractitionerDetailDto> ErasePractitionerAsync(Actor actor, long id, string? reason, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsCity)
        {
            throw new IpCityException("PRACTITIONER_ERASE_ROLE", "只有市局可以删除人员的个人信息。", 403);
        }

        var person = await FindPractitionerAsync(actor, id, ct);
        var why = PersonalDataMask.RequireReason(reason, "PRACTITIONER_ERASE_REASON");
        if (person.ErasedAt is not null)
        {
            throw new IpCityException("PRACTITIONER_ERASED", "该人员的个人信息已删除。", 409);
        }

        person.NameCipher = _protector.Encrypt(ErasedName);
        person.NameMasked = ErasedName;
        person.IdCipher = person.IdHash = person.IdMasked = null;
        person.AddressCipher = null;
        person.CertificateNumber = person.QualificationNumber = null;
        person.ErasedAt = _clock.GetUtcNow();
        person.ContentHash = _protector.Mac(ErasedName, person.Id.ToString(CultureInfo.InvariantCulture));
        person.UpdatedBy = actor.Name;
        person.UpdatedAt = _clock.GetUtcNow();
        await SaveAsync(ct);
        await AuditAsync(AgencyAuditEvents.PractitionerErased, "Practitioner", person.Id, "reason: " + why, ct);
        return await PractitionerDetailAsync(person, ct);
    }

    public async Task<PractitionerDetailDto> AddEngagementAsync(Actor actor, long practitionerId, EngagementRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireWriter(actor);
        var person = await FindPractitionerAsync(actor, practitionerId, ct);
        var agency = await EngagementAgencyAsync(actor, request.AgencyId, ct);
        var engagement = ValidateEngagement(person, agency, request, actor.Name);
        person.Engagements.Add(engagement);
        await SaveAsync(ct);
        await AuditAsync(AgencyAuditEvents.EngagementAdded, "Practitioner", person.Id, $"agency={agency.Id.ToString(CultureInfo.InvariantCulture)} role={engagement.Role} from={AgencyRules.Day(engagement.From)}", ct);
        return await PractitionerDetailAsync(person, ct);
    }

    public async Task<PractitionerDetailDto> EndEngagementAsync(Actor actor, long practitionerId, long engagementId, EndEngagementRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireWriter(actor);
        var person = await FindPractitionerAsync(actor, practitionerId, ct);
        var engagement = person.Engagements.FirstOrDefault(e => e.Id == engagementId)
            ?? throw new IpCityException("ENGAGEMENT_NOT_FOUND", "未找到该从业记录。", 404);
        if (!await VisibleAgencies(actor).AnyAsync(a => a.Id == engagement.AgencyId, ct))
        {
            await DeniedAsync(actor, "Engagement", engagementId, ct);
            throw new IpCityException("ENGAGEMENT_NOT_FOUND", "未找到该从业记录。", 404);
        }

        if (engagement.To is not null)
        {
            throw new IpCityException("ENGAGEMENT_ENDED", "该从业记录已结束。", 409, new Dictionary<string, object?> { ["to"] = AgencyRules.Day(engagement.To) });
        }

        if (request.To < engagement.From || request.To > Today)
        {
            throw Invalid("ENGAGEMENT_END_DATE", "离职日期须在入职日期与今天之间。", "to", AgencyRules.Day(request.To));
        }

        engagement.To = request.To;
        person.UpdatedBy = actor.Name;
        person.UpdatedAt = _clock.GetUtcNow();
        await SaveAsync(ct);
        await AuditAsync(AgencyAuditEvents.EngagementEnded, "Practitioner", person.Id, $"engagement={engagementId.ToString(CultureInfo.InvariantCulture)} to={AgencyRules.Day(request.To)}", ct);
        return await PractitionerDetailAsync(person, ct);
    }

    public async Task<byte[]> ExportPractitionersAsync(Actor actor, PractitionerQuery query, string format, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var rows = await PractitionerRowsAsync(actor, query, ct);
        string[] header = ["人员编号", "执业证号/证件号(脱敏)", "姓名(脱敏)", "资格证号", "资格取得日期", "当前机构", "当前类别", "所在区县"];
        var bytes = await ExportFile.WriteAsync(format, "从业人员", header, rows.Select(p => (IReadOnlyList<string>)
        [
            p.Id.ToString(CultureInfo.InvariantCulture), p.Key, p.MaskedName, p.QualificationNumber ?? string.Empty, AgencyRules.Day(p.QualifiedOn), p.AgencyToday ?? string.Empty,
            string.Join("; ", p.CategoriesToday.Select(CategoryName)), p.CountyCode ?? string.Empty,
        ]).ToList(), ct);
        await _audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "Practitioners", format, $"rows={rows.Count} masked"), ct);
        return bytes;
    }

    public static string CategoryName(string category) => category switch
    {
        AgentCategories.QualifiedPatentAttorneys => "取得专利代理师资格",
        AgentCategories.PractisingPatentAttorneys => "执业专利代理师",
        AgentCategories.TrademarkAgencyStaff => "商标代理从业人员",
        _ => category,
    };

    // ------------------------------------------------------------------ helpers

    internal sealed record ValidPerson(string Name, string? IdNumber, string? Certificate, string? Qualification, DateOnly? QualifiedOn, DateOnly? RevokedOn, string? Address);

    private ValidPerson ValidatePerson(PractitionerRequest r, bool requireId, FieldProblems problems)
    {
        var name = problems.Required(r.Name, 50, "name", "姓名");
        string? id = null;
        if (!string.IsNullOrWhiteSpace(r.IdNumber))
        {
            id = AgencyRules.Normalise(r.IdNumber);
            if (!AgencyRules.IsResidentId(id))
            {
                problems.Add("idNumber", AgencyRules.MaskId(id), "身份证号码格式或校验位不正确 (GB 11643, 18 位)。");
                id = null;
            }
        }

        var certificate = problems.Optional(r.CertificateNumber, 64, "certificateNumber");
        if (requireId && id is null && certificate is null && !problems.Items.Any(p => p.Field == "idNumber"))
        {
            problems.Add("certificateNumber", null, "执业证号与身份证号至少填写一项。");
        }

        var qualification = problems.Optional(r.QualificationNumber, 64, "qualificationNumber");
        if (r.QualifiedOn is { } q && q > Today)
        {
            problems.Add("qualifiedOn", AgencyRules.Day(q), "资格取得日期不能晚于今天。");
        }

        if (r.QualifiedOn is null && qualification is not null)
        {
            problems.Add("qualifiedOn", null, "填写资格证号时须填写资格取得日期。");
        }

        if (r.QualificationRevokedOn is { } rv && (r.QualifiedOn is null || rv <= r.QualifiedOn))
        {
            problems.Add("qualificationRevokedOn", AgencyRules.Day(rv), "资格终止日期须晚于资格取得日期。");
        }

        var address = problems.Optional(r.Address, 300, "address");
        return new ValidPerson(name ?? string.Empty, id, certificate, qualification, r.QualifiedOn, r.QualificationRevokedOn, address);
    }

    /// <summary>The stored person with the same certificate number or identity number (other than <paramref name="selfId"/>).</summary>
    private async Task<Practitioner?> MatchPersonAsync(ValidPerson v, long? selfId, CancellationToken ct)
    {
        var hash = v.IdNumber is null ? null : _protector.Index(v.IdNumber);
        if (v.Certificate is null && hash is null)
        {
            return null;
        }

        var self = selfId ?? 0;
        return await _db.Practitioners.Include(p => p.Engagements)
            .FirstOrDefaultAsync(p => p.Id != self && ((v.Certificate != null && p.CertificateNumber == v.Certificate) || (hash != null && p.IdHash == hash)), ct);
    }

    /// <summary>The content hash of a person's fields (the identity number by its blind index, never in clear).</summary>
    /// <summary>Keyed (HMAC-SM3): the fields include the name and the address in clear.</summary>
    private string PersonHash(ValidPerson v, string? idHash) =>
        _protector.Mac(v.Name, idHash, v.Certificate, v.Qualification, AgencyRules.Day(v.QualifiedOn), AgencyRules.Day(v.RevokedOn), v.Address);

    /// <returns>True when anything changed.</returns>
    private bool ApplyPerson(Practitioner p, ValidPerson v, string by)
    {
        var idHash = v.IdNumber is null ? p.IdHash : _protector.Index(v.IdNumber);
        var hash = PersonHash(v, idHash);
        if (p.ContentHash == hash)
        {
            return false;
        }

        p.NameCipher = _protector.Encrypt(v.Name);
        p.NameMasked = AgencyRules.MaskName(v.Name);
        if (v.IdNumber is not null)
        {
            p.IdCipher = _protector.Encrypt(v.IdNumber);
            p.IdHash = idHash;
            p.IdMasked = AgencyRules.MaskId(v.IdNumber);
        }

        p.CertificateNumber = v.Certificate ?? p.CertificateNumber;
        p.QualificationNumber = v.Qualification;
        p.QualifiedOn = v.QualifiedOn;
        p.QualificationRevokedOn = v.RevokedOn;
        var region = _addresses.Resolve(v.Address);
        p.AddressCipher = v.Address is null ? null : _protector.Encrypt(v.Address);
        p.CityCode = region.CityCode;
        p.CountyCode = region.CountyCode;
        p.ZoneCode = region.ZoneCode;
        p.ContentHash = hash;
        p.UpdatedBy = by;
        p.UpdatedAt = _clock.GetUtcNow();
        return true;
    }

    private async Task<Agency> EngagementAgencyAsync(Actor actor, long agencyId, CancellationToken ct)
    {
        var agency = await VisibleAgencies(actor).Include(a => a.StatusHistory).FirstOrDefaultAsync(a => a.Id == agencyId, ct);
        if (agency is null)
        {
            await DeniedAsync(actor, "Agency", agencyId, ct);
            throw new IpCityException(AgencyNotFound, "未找到该代理机构。", 404);
        }

        return agency;
    }

    private Engagement ValidateEngagement(Practitioner person, Agency agency, EngagementRequest r, string by)
    {
        var problems = new FieldProblems();
        var role = EngagementProblems(person.CertificateNumber, person.Engagements, agency, AgencyRules.Role(r.Role), r.Role, r.From, r.To, problems);
        problems.ThrowIfAny("ENGAGEMENT_INVALID", "从业信息有误。");
        if (person.Engagements.Any(e => e.AgencyId == agency.Id && e.Role == role && e.From == r.From))
        {
            throw new IpCityException("ENGAGEMENT_EXISTS", "该从业记录已登记。", 409);
        }

        return new Engagement { AgencyId = agency.Id, Role = role!, From = r.From, To = r.To, RecordedBy = by, RecordedAt = _clock.GetUtcNow() };
    }

    /// <summary>Checks an engagement; shared by the form and the import. Returns the role code (null when invalid).</summary>
    private string? EngagementProblems(string? certificate, IReadOnlyCollection<Engagement> existing, Agency agency, string? role, string? rawRole, DateOnly from, DateOnly? to, FieldProblems problems)
    {
        if (role is null or "?")
        {
            problems.Add("role", rawRole, "岗位须为 执业专利代理师 / 商标代理从业人员 / 其他从业人员。");
            role = null;
        }
        else if (role == EngagementRoles.PractisingPatentAttorney && agency.PatentLicenceNumber is null)
        {
            problems.Add("role", rawRole, "执业专利代理师只能在专利代理机构执业。");
        }
        else if (role == EngagementRoles.PractisingPatentAttorney && certificate is null)
        {
            problems.Add("role", rawRole, "执业专利代理师须有执业证号。");
        }
        else if (role == EngagementRoles.TrademarkAgencyStaff && agency.TrademarkFilingNumber is null)
        {
            problems.Add("role", rawRole, "该机构不是备案商标代理机构。");
        }

        if (from > Today)
        {
            problems.Add("from", AgencyRules.Day(from), "入职日期不能晚于今天。");
        }

        if (to is { } t && t < from)
        {
            problems.Add("to", AgencyRules.Day(t), "离职日期不能早于入职日期。");
        }

        if (role is not null && existing.Any(e => e.AgencyId == agency.Id && e.Role == role && e.From != from && e.From <= (to ?? DateOnly.MaxValue) && (e.To ?? DateOnly.MaxValue) >= from))
        {
            problems.Add("from", AgencyRules.Day(from), "与该人员在同一机构、同一岗位的另一从业期间重叠。");
        }

        return role;
    }

    private async Task<List<PractitionerSummaryDto>> PractitionerRowsAsync(Actor actor, PractitionerQuery query, CancellationToken ct)
    {
        var q = VisiblePractitioners(actor);
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var t = query.Text.Trim();
            var hash = AgencyRules.IsResidentId(t) ? _protector.Index(t) : null;
            q = q.Where(p => p.CertificateNumber == t || p.QualificationNumber == t || (hash != null && p.IdHash == hash));
        }

        if (query.AgencyId is { } agencyId)
        {
            q = q.Where(p => _db.Engagements.Any(e => e.PractitionerId == p.Id && e.AgencyId == agencyId));
        }

        var persons = await q.Include(p => p.Engagements).OrderBy(p => p.Id).ToListAsync(ct);
        var agencies = await _db.Agencies.AsNoTracking().Include(a => a.StatusHistory).ToDictionaryAsync(a => a.Id, ct);
        var today = Today;
        if (!string.IsNullOrWhiteSpace(query.Category))
        {
            var on = query.On ?? today;
            persons = persons.Where(p => Workforce.Facts(p, on, agencies).Any(f => f.Category == query.Category)).ToList();
        }

        return persons.Select(p => PractitionerSummary(p, today, agencies)).ToList();
    }

    private static PractitionerSummaryDto PractitionerSummary(Practitioner p, DateOnly today, IReadOnlyDictionary<long, Agency> agencies)
    {
        var main = Workforce.Main(p, today, agencies);
        return new PractitionerSummaryDto(
            p.Id, DisplayKey(p), p.NameMasked, p.IdMasked, p.CertificateNumber, p.QualificationNumber, p.QualifiedOn, p.QualificationRevokedOn,
            main?.Agency.CountyCode ?? p.CountyCode, main?.Agency.ZoneCode ?? p.ZoneCode,
            Workforce.Facts(p, today, agencies).Select(f => f.Category).ToList(), main?.Agency.Name);
    }

    private async Task<PractitionerDetailDto> PractitionerDetailAsync(Practitioner person, CancellationToken ct)
    {
        var agencies = await _db.Agencies.AsNoTracking().Include(a => a.StatusHistory).ToDictionaryAsync(a => a.Id, ct);
        var engagements = await _db.Engagements.AsNoTracking().Where(e => e.PractitionerId == person.Id).OrderBy(e => e.From).ThenBy(e => e.Id).ToListAsync(ct);
        var fresh = await _db.Practitioners.AsNoTracking().FirstAsync(p => p.Id == person.Id, ct);
        fresh.Engagements = engagements;
        var today = Today;
        var supervision = await _db.SupervisionRecords.AsNoTracking().Where(s => s.PractitionerId == person.Id).OrderByDescending(s => s.On).ThenByDescending(s => s.Id).ToListAsync(ct);
        return new PractitionerDetailDto(
            PractitionerSummary(fresh, today, agencies),
            engagements.Select(e => new EngagementDto(e.Id, e.AgencyId, agencies.TryGetValue(e.AgencyId, out var a) ? a.Name : string.Empty, e.Role, e.From, e.To, e.OpenOn(today), e.RecordedBy)).ToList(),
            supervision.Select(ToDto).ToList());
    }
}

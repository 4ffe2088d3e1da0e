using System.Globalization;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Organisations.Contracts;
using IpCity.Protection.Contracts;
using IpCity.Services.Contracts;
using IpCity.Services.Data;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Services.Agencies;

/// <summary>
/// The agency and practitioner register (issue 6 §3): agencies with their status history and branches, persons
/// with encrypted identity data and their engagements, supervision records, import and exports, and the workforce
/// statistics. Officers read (district officers their district's agencies and the persons working there, anything
/// else is 404 plus an AccessDenied audit row); city and district officers write; the directory is public.
/// Every write is audited after it is saved.
/// </summary>
internal sealed partial class AgencyRegister : IAgencyRegister
{
    private const string AgencyNotFound = "AGENCY_NOT_FOUND";
    private const string PractitionerNotFound = "PRACTITIONER_NOT_FOUND";

    private readonly ServicesDbContext _db;
    private readonly IAuditTrail _audit;
    private readonly TimeProvider _clock;
    private readonly PractitionerProtector _protector;
    private readonly IAddressResolver _addresses;
    private readonly IOrgUnitDirectory _units;
    private readonly ICaseRegister _cases;
    private readonly ICreditSupervision _credit;

    public AgencyRegister(ServicesDbContext db, IAuditTrail audit, TimeProvider clock, PractitionerProtector protector, IAddressResolver addresses, IOrgUnitDirectory units, ICaseRegister cases, ICreditSupervision credit)
    {
        _db = db;
        _audit = audit;
        _clock = clock;
        _protector = protector;
        _addresses = addresses;
        _units = units;
        _cases = cases;
        _credit = credit;
    }

    private DateOnly Today => AgencyRules.Today(_clock);

    // ------------------------------------------------------------------ agencies

    public async Task<AgencyPage> ListAgenciesAsync(Actor actor, AgencyQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var pageSize = Math.Clamp(query.PageSize, 1, 500);
        var page = Math.Max(1, query.Page);
        var q = Filter(VisibleAgencies(actor), query);
        var total = await q.CountAsync(ct);
        var rows = await q.OrderBy(a => a.Name).ThenBy(a => a.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new AgencyPage(await SummariesAsync(rows, ct), total, page, pageSize);
    }

    public async Task<AgencyDetailDto> GetAgencyAsync(Actor actor, long id, CancellationToken ct = default) =>
        await AgencyDetailAsync(await FindAgencyAsync(actor, id, ct), ct);

    public async Task<AgencyDetailDto> CreateAgencyAsync(Actor actor, AgencyRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireWriter(actor);
        var agency = new Agency();
        var problems = new FieldProblems();
        var valid = await ValidateAgencyAsync(request, null, problems, ct);
        problems.ThrowIfAny("AGENCY_INVALID", "代理机构信息有误。");
        if (await _db.Agencies.AnyAsync(a => a.CreditCode == valid.CreditCode, ct))
        {
            throw new IpCityException("AGENCY_EXISTS", "该统一社会信用代码的代理机构已登记。", 409, new Dictionary<string, object?> { ["creditCode"] = valid.CreditCode });
        }

        Apply(agency, valid, actor.Name);
        RequireInUnit(actor, agency);
        _db.Agencies.Add(agency);
        if (valid.Status is { } status)
        {
            agency.StatusHistory.Add(NewStatus(status, valid.StatusSince ?? Today, null, actor.Name));
            Denormalise(agency);
        }

        await SaveAsync(ct);
        await AuditAsync(AgencyAuditEvents.AgencyCreated, "Agency", agency.Id, $"creditCode={agency.CreditCode} county={agency.CountyCode ?? "-"}", ct);
        return await AgencyDetailAsync(agency, ct);
    }

    public async Task<AgencyDetailDto> UpdateAgencyAsync(Actor actor, long id, AgencyRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireWriter(actor);
        var agency = await FindAgencyAsync(actor, id, ct);
        var problems = new FieldProblems();
        var valid = await ValidateAgencyAsync(request, agency.Id, problems, ct);
        problems.ThrowIfAny("AGENCY_INVALID", "代理机构信息有误。");
        if (valid.CreditCode != agency.CreditCode && await _db.Agencies.AnyAsync(a => a.CreditCode == valid.CreditCode && a.Id != agency.Id, ct))
        {
            throw new IpCityException("AGENCY_EXISTS", "该统一社会信用代码的代理机构已登记。", 409, new Dictionary<string, object?> { ["creditCode"] = valid.CreditCode });
        }

        Apply(agency, valid, actor.Name);
        RequireInUnit(actor, agency);
        if (valid.Status is { } status)
        {
            AddStatus(agency, status, valid.StatusSince ?? Today, null, actor.Name);
        }

        await SaveAsync(ct);
        await AuditAsync(AgencyAuditEvents.AgencyUpdated, "Agency", agency.Id, $"creditCode={agency.CreditCode} county={agency.CountyCode ?? "-"}", ct);
        return await AgencyDetailAsync(agency, ct);
    }

    public async Task<AgencyDetailDto> ChangeStatusAsync(Actor actor, long id, ChangeAgencyStatusRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireWriter(actor);
        var agency = await FindAgencyAsync(actor, id, ct);
        var status = AgencyRules.Status(request.Status);
        if (status is null or "?")
        {
            throw Invalid("AGENCY_STATUS", "状态须为 执业 / 停业 / 注销 / 撤销 (Practising / Suspended / Deregistered / Revoked)。", "status", request.Status);
        }

        if (request.EffectiveOn > Today)
        {
            throw Invalid("AGENCY_STATUS_DATE", "状态生效日期不能晚于今天。", "effectiveOn", AgencyRules.Day(request.EffectiveOn));
        }

        if (!AddStatus(agency, status, request.EffectiveOn, Optional(request.Note, 1000, "note"), actor.Name))
        {
            throw new IpCityException("AGENCY_STATUS_EXISTS", "该日期已登记相同状态。", 409);
        }

        await SaveAsync(ct);
        await AuditAsync(AgencyAuditEvents.AgencyStatusChanged, "Agency", agency.Id, $"{status} from {AgencyRules.Day(request.EffectiveOn)}", ct);
        return await AgencyDetailAsync(agency, ct);
    }

    public async Task<byte[]> ExportAgenciesAsync(Actor actor, AgencyQuery query, string format, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var rows = await SummariesAsync(await Filter(VisibleAgencies(actor), query).OrderBy(a => a.Name).ThenBy(a => a.Id).ToListAsync(ct), ct);
        string[] header = ["机构名称", "统一社会信用代码", "专利代理机构执业许可证号", "商标代理机构备案号", "地址", "所属区县", "功能区", "状态", "状态日期", "上级机构", "当前从业人数"];
        var bytes = await ExportFile.WriteAsync(format, "代理机构", header, rows.Select(a => (IReadOnlyList<string>)
        [
            a.Name, a.CreditCode, a.PatentLicenceNumber ?? string.Empty, a.TrademarkFilingNumber ?? string.Empty, a.Address ?? string.Empty, a.CountyCode ?? string.Empty,
            a.ZoneCode ?? string.Empty, AgencyStatuses.Name(a.Status), AgencyRules.Day(a.StatusSince), a.ParentName ?? string.Empty, a.PersonsNow.ToString(CultureInfo.InvariantCulture),
        ]).ToList(), ct);
        await _audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "Agencies", format, $"rows={rows.Count}"), ct);
        return bytes;
    }

    public async Task<AgencyDirectoryPage> DirectoryAsync(string? text, string? kind, string? county, int page, int pageSize, CancellationToken ct = default)
    {
        pageSize = Math.Clamp(pageSize, 1, 200);
        page = Math.Max(1, page);
        var q = Filter(_db.Agencies.AsNoTracking(), new AgencyQuery(text, kind, null, county));
        var total = await q.CountAsync(ct);
        var rows = await q.OrderBy(a => a.Name).ThenBy(a => a.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new AgencyDirectoryPage(await DirectoryEntriesAsync(rows, ct), total, page, pageSize);
    }

    public async Task<byte[]> ExportDirectoryAsync(string? text, string? kind, string? county, CancellationToken ct = default)
    {
        var rows = await DirectoryEntriesAsync(await Filter(_db.Agencies.AsNoTracking(), new AgencyQuery(text, kind, null, county)).OrderBy(a => a.Name).ThenBy(a => a.Id).ToListAsync(ct), ct);
        string[] header = ["机构名称", "统一社会信用代码", "专利代理机构执业许可证号", "商标代理机构备案号", "地址", "所属区县", "状态", "上级机构"];
        return await ExportFile.WriteAsync("csv", "代理机构名录", header, rows.Select(a => (IReadOnlyList<string>)
        [
            a.Name, a.CreditCode, a.PatentLicenceNumber ?? string.Empty, a.TrademarkFilingNumber ?? string.Empty, a.Address ?? string.Empty, a.CountyCode ?? string.Empty,
            AgencyStatuses.Name(a.Status), a.ParentName ?? string.Empty,
        ]).ToList(), ct);
    }

    private async Task<List<AgencyDirectoryEntry>> DirectoryEntriesAsync(List<Agency> rows, CancellationToken ct)
    {
        var parents = await ParentsAsync(rows, ct);
        return rows.Select(a => new AgencyDirectoryEntry(a.Id, a.Name, a.CreditCode, a.PatentLicenceNumber, a.TrademarkFilingNumber, a.Address, a.CountyCode, a.Status, a.ParentId is { } p && parents.TryGetValue(p, out var parent) ? parent.Name : null)).ToList();
    }

    // ------------------------------------------------------------------ scope

    /// <summary>City and department officers: every agency; district officers: those in their county-level unit or zone; others none.</summary>
    private IQueryable<Agency> VisibleAgencies(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var q = _db.Agencies.AsNoTracking();
        if (actor.IsCity || actor.IsDept)
        {
            return q;
        }

        if (actor.IsDistrict && actor.UnitCode is { Length: > 0 } unit)
        {
            return q.Where(a => a.CountyCode == unit || a.ZoneCode == unit);
        }

        return q.Where(a => false);
    }

    /// <summary>Persons with an engagement (past or present) at a visible agency, or (district officers) living in their unit.</summary>
    private IQueryable<Practitioner> VisiblePractitioners(Actor actor)
    {
        var q = _db.Practitioners.AsNoTracking();
        if (actor.IsCity || actor.IsDept)
        {
            return q;
        }

        if (actor.IsDistrict && actor.UnitCode is { Length: > 0 } unit)
        {
            var agencies = VisibleAgencies(actor).Select(a => a.Id);
            return q.Where(p => p.CountyCode == unit || p.ZoneCode == unit || _db.Engagements.Any(e => e.PractitionerId == p.Id && agencies.Contains(e.AgencyId)));
        }

        return q.Where(p => false);
    }

    private async Task<Agency> FindAgencyAsync(Actor actor, long id, CancellationToken ct)
    {
        if (!await VisibleAgencies(actor).AnyAsync(a => a.Id == id, ct))
        {
            await DeniedAsync(actor, "Agency", id, ct);
            throw new IpCityException(AgencyNotFound, "未找到该代理机构。", 404);
        }

        return await _db.Agencies.Include(a => a.StatusHistory).FirstAsync(a => a.Id == id, ct);
    }

    private async Task<Practitioner> FindPractitionerAsync(Actor actor, long id, CancellationToken ct)
    {
        if (!await VisiblePractitioners(actor).AnyAsync(p => p.Id == id, ct))
        {
            await DeniedAsync(actor, "Practitioner", id, ct);
            throw new IpCityException(PractitionerNotFound, "未找到该人员。", 404);
        }

        return await _db.Practitioners.Include(p => p.Engagements).FirstAsync(p => p.Id == id, ct);
    }

    private Task DeniedAsync(Actor actor, string type, long id, CancellationToken ct) =>
        _audit.RecordAsync(new AuditEntry(AuditEvents.AccessDenied, AuditOutcome.Denied, type, id.ToString(CultureInfo.InvariantCulture), $"role={actor.Role} unit={actor.UnitCode ?? "-"}: outside the actor's view or does not exist"), ct);

    /// <summary>Writes: the city office, or a district office within its unit (department officers read only).</summary>
    private static void RequireWriter(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsCity && !(actor.IsDistrict && actor.UnitCode is { Length: > 0 }))
        {
            throw new IpCityException("AGENCY_WRITER_ROLE", "代理机构与从业人员由市局或区局人员登记。", 403);
        }
    }

    private static void RequireInUnit(Actor actor, Agency agency)
    {
        if (actor.IsDistrict && agency.CountyCode != actor.UnitCode && agency.ZoneCode != actor.UnitCode)
        {
            throw new IpCityException("AGENCY_UNIT", "区级用户只能登记本辖区 (按地址识别) 的代理机构。", 400, new Dictionary<string, object?> { ["county"] = agency.CountyCode, ["unit"] = actor.UnitCode });
        }
    }

    private static IQueryable<Agency> Filter(IQueryable<Agency> q, AgencyQuery query)
    {
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var t = query.Text.Trim();
            var upper = t.ToUpperInvariant();
            q = q.Where(a => a.Name.Contains(t) || a.CreditCode == upper || a.PatentLicenceNumber == t || a.TrademarkFilingNumber == t);
        }

        q = query.Kind switch
        {
            "Patent" => q.Where(a => a.PatentLicenceNumber != null),
            "Trademark" => q.Where(a => a.TrademarkFilingNumber != null),
            _ => q,
        };
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            q = q.Where(a => a.Status == query.Status);
        }

        if (!string.IsNullOrWhiteSpace(query.County))
        {
            q = q.Where(a => a.CountyCode == query.County || a.ZoneCode == query.County);
        }

        return q;
    }

    // ------------------------------------------------------------------ agency helpers

    private sealed record ValidAgency(string Name, string CreditCode, string? PatentLicence, string? TrademarkFiling, string? Address, long? ParentId, string? Status, DateOnly? StatusSince);

    private async Task<ValidAgency> ValidateAgencyAsync(AgencyRequest r, long? selfId, FieldProblems problems, CancellationToken ct)
    {
        var name = problems.Required(r.Name, 200, "name", "机构名称");
        var code = AgencyRules.Normalise(r.CreditCode ?? string.Empty);
        if (!AgencyRules.IsCreditCode(code))
        {
            problems.Add("creditCode", r.CreditCode, "统一社会信用代码无效 (18 位, GB 32100 校验位)。");
        }

        var licence = problems.Optional(r.PatentLicenceNumber, 64, "patentLicenceNumber");
        var filing = problems.Optional(r.TrademarkFilingNumber, 64, "trademarkFilingNumber");
        if (licence is null && filing is null)
        {
            problems.Add("patentLicenceNumber", null, "须填写专利代理机构执业许可证号或商标代理机构备案号 (至少一项)。");
        }

        if (licence is not null && await _db.Agencies.AnyAsync(a => a.PatentLicenceNumber == licence && a.Id != (selfId ?? 0) && a.CreditCode != code, ct))
        {
            problems.Add("patentLicenceNumber", licence, "该执业许可证号已属于另一机构。");
        }

        if (filing is not null && await _db.Agencies.AnyAsync(a => a.TrademarkFilingNumber == filing && a.Id != (selfId ?? 0) && a.CreditCode != code, ct))
        {
            problems.Add("trademarkFilingNumber", filing, "该备案号已属于另一机构。");
        }

        var address = problems.Optional(r.Address, 300, "address");
        long? parentId = null;
        if (!string.IsNullOrWhiteSpace(r.ParentCreditCode))
        {
            var parentCode = AgencyRules.Normalise(r.ParentCreditCode);
            var parent = await _db.Agencies.AsNoTracking().Where(a => a.CreditCode == parentCode).Select(a => new { a.Id, a.ParentId }).FirstOrDefaultAsync(ct);
            if (parent is null || parentCode == code)
            {
                problems.Add("parentCreditCode", r.ParentCreditCode, "上级机构未登记 (须先登记总机构, 且不能是本机构)。");
            }
            else if (parent.ParentId is not null)
            {
                problems.Add("parentCreditCode", r.ParentCreditCode, "上级机构本身是分支机构。");
            }
            else
            {
                parentId = parent.Id;
            }
        }

        var status = AgencyRules.Status(r.Status);
        if (status == "?")
        {
            problems.Add("status", r.Status, "状态须为 执业 / 停业 / 注销 / 撤销。");
        }

        if (r.StatusSince > Today)
        {
            problems.Add("statusSince", AgencyRules.Day(r.StatusSince), "状态日期不能晚于今天。");
        }

        return new ValidAgency(name ?? string.Empty, code, licence, filing, address, parentId, status, r.StatusSince);
    }

    private void Apply(Agency agency, ValidAgency v, string by)
    {
        agency.Name = v.Name;
        agency.CreditCode = v.CreditCode;
        agency.PatentLicenceNumber = v.PatentLicence;
        agency.TrademarkFilingNumber = v.TrademarkFiling;
        if (agency.Address != v.Address || agency.RegionRule is null)
        {
            var region = _addresses.Resolve(v.Address);
            agency.Address = v.Address;
            agency.CityCode = region.CityCode;
            agency.CountyCode = region.CountyCode;
            agency.ZoneCode = region.ZoneCode;
            agency.RegionRule = region.Rule.Length > 200 ? region.Rule[..200] : region.Rule;
        }

        agency.ParentId = v.ParentId;
        agency.ContentHash = AgencyContentHash(v.Name, v.CreditCode, v.PatentLicence, v.TrademarkFiling, v.Address, v.ParentId?.ToString(CultureInfo.InvariantCulture));
        agency.UpdatedBy = by;
        agency.UpdatedAt = _clock.GetUtcNow();
    }

    private static string AgencyContentHash(string name, string code, string? licence, string? filing, string? address, string? parent) =>
        AgencyRules.Hash(name, code, licence, filing, address, parent);

    private AgencyStatusChange NewStatus(string status, DateOnly on, string? note, string by) =>
        new() { Status = status, EffectiveOn = on, Note = note, RecordedBy = by, RecordedAt = _clock.GetUtcNow() };

    /// <summary>Adds a status change unless the same status is already recorded on that day; keeps the current status in step.</summary>
    private bool AddStatus(Agency agency, string status, DateOnly on, string? note, string by)
    {
        if (agency.StatusHistory.Any(s => s.EffectiveOn == on && s.Status == status))
        {
            return false;
        }

        var current = agency.StatusHistory.OrderByDescending(s => s.EffectiveOn).ThenByDescending(s => s.Id).FirstOrDefault();
        if (current is not null && current.Status == status && current.EffectiveOn <= on)
        {
            return false;
        }

        agency.StatusHistory.Add(NewStatus(status, on, note, by));
        Denormalise(agency);
        return true;
    }

    private static void Denormalise(Agency agency)
    {
        var latest = agency.StatusHistory.OrderByDescending(s => s.EffectiveOn).ThenByDescending(s => s.Id == 0 ? long.MaxValue : s.Id).First();
        agency.Status = latest.Status;
        agency.StatusSince = latest.EffectiveOn;
    }

    private async Task<Dictionary<long, (string Name, string Code)>> ParentsAsync(IEnumerable<Agency> rows, CancellationToken ct)
    {
        var ids = rows.Where(a => a.ParentId is not null).Select(a => a.ParentId!.Value).Distinct().ToList();
        return ids.Count == 0 ? [] : await _db.Agencies.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => (a.Name, a.CreditCode), ct);
    }

    private async Task<List<AgencySummaryDto>> SummariesAsync(List<Agency> rows, CancellationToken ct)
    {
        var parents = await ParentsAsync(rows, ct);
        var ids = rows.Select(a => a.Id).ToList();
        var today = Today;
        var open = await _db.Engagements.AsNoTracking().Where(e => ids.Contains(e.AgencyId) && e.From <= today && (e.To == null || e.To >= today))
            .GroupBy(e => e.AgencyId).Select(g => new { g.Key, Persons = g.Select(e => e.PractitionerId).Distinct().Count() }).ToDictionaryAsync(x => x.Key, x => x.Persons, ct);
        return rows.Select(a => Summary(a, a.ParentId is { } p && parents.TryGetValue(p, out var parent) ? parent : null, open.GetValueOrDefault(a.Id))).ToList();
    }

    private static AgencySummaryDto Summary(Agency a, (string Name, string Code)? parent, int persons) =>
        new(a.Id, a.Name, a.CreditCode, a.PatentLicenceNumber, a.TrademarkFilingNumber, a.PatentLicenceNumber is not null, a.TrademarkFilingNumber is not null,
            a.Address, a.CityCode, a.CountyCode, a.ZoneCode, a.Status, a.StatusSince, a.ParentId, parent?.Name, parent?.Code, persons);

    private async Task<AgencyDetailDto> AgencyDetailAsync(Agency agency, CancellationToken ct)
    {
        var summary = (await SummariesAsync([agency], ct))[0];
        var history = await _db.AgencyStatusChanges.AsNoTracking().Where(s => s.AgencyId == agency.Id).OrderBy(s => s.EffectiveOn).ThenBy(s => s.Id).ToListAsync(ct);
        var branches = await SummariesAsync(await _db.Agencies.AsNoTracking().Where(a => a.ParentId == agency.Id).OrderBy(a => a.Name).ToListAsync(ct), ct);
        var today = Today;
        var engagements = await _db.Engagements.AsNoTracking().Where(e => e.AgencyId == agency.Id).OrderBy(e => e.From).ThenBy(e => e.Id).ToListAsync(ct);
        var personIds = engagements.Select(e => e.PractitionerId).Distinct().ToList();
        var persons = await _db.Practitioners.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var supervision = await _db.SupervisionRecords.AsNoTracking().Where(s => s.AgencyId == agency.Id).OrderByDescending(s => s.On).ThenByDescending(s => s.Id).ToListAsync(ct);
        return new AgencyDetailDto(
            summary,
            history.Select(s => new AgencyStatusDto(s.Status, AgencyStatuses.Name(s.Status), s.EffectiveOn, s.Note, s.RecordedBy, s.RecordedAt)).ToList(),
            branches,
            engagements.Select(e => new AgencyPersonDto(e.PractitionerId, e.Id, DisplayKey(persons[e.PractitionerId]), persons[e.PractitionerId].NameMasked, e.Role, e.From, e.To, e.OpenOn(today))).ToList(),
            supervision.Select(ToDto).ToList());
    }

    /// <summary>The key as shown: the certificate number, else the masked identity number (never the blind index).</summary>
    private static string DisplayKey(Practitioner p) => p.CertificateNumber ?? p.IdMasked ?? string.Empty;

    // ------------------------------------------------------------------ common

    /// <summary>Saves; a unique key taken meanwhile by a concurrent write (same code, number or engagement) is a 409, not a 500.</summary>
    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await _db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            _db.ChangeTracker.Clear();
            throw new IpCityException("AGENCY_CONCURRENT_WRITE", "同一机构或人员正被同时登记或导入, 请刷新后重试。", 409);
        }
    }

    private async Task AuditAsync(string eventType, string objectType, long id, string? detail, CancellationToken ct) =>
        await _audit.RecordAsync(new AuditEntry(eventType, AuditOutcome.Success, objectType, id.ToString(CultureInfo.InvariantCulture), detail), ct);

    private static IpCityException Invalid(string code, string message, string field, string? value) =>
        new(code, message, 400, new Dictionary<string, object?> { ["field"] = field, ["value"] = value });

    private static string? Optional(string? value, int max, string field) =>
        string.IsNullOrWhiteSpace(value) ? null
        : value.Trim().Length > max ? throw Invalid("AGENCY_FIELD_TOO_LONG", $"字段 {field} 超过 {max.ToString(CultureInfo.InvariantCulture)} 字。", field, null)
        : value.Trim();
}

/// <summary>Audit event types of the agency register.</summary>
internal static class AgencyAuditEvents
{
    public const string AgencyCreated = "AgencyCreated";
    public const string AgencyUpdated = "AgencyUpdated";
    public const string AgencyStatusChanged = "AgencyStatusChanged";
    public const string PractitionerCreated = "PractitionerCreated";
    public const string PractitionerUpdated = "PractitionerUpdated";
    public const string PractitionerErased = "PractitionerErased";
    public const string EngagementAdded = "EngagementAdded";
    public const string EngagementEnded = "EngagementEnded";
    public const string SupervisionRecorded = "SupervisionRecorded";
    public const string AgenciesImported = "AgenciesImported";
}

/// <summary>Problems found in one request or import row, by field.</summary>
internal sealed class FieldProblems
{
    public List<(string Field, string? Value, string Reason)> Items { get; } = [];

    public bool Any => Items.Count > 0;

    public void Add(string field, string? value, string reason) => Items.Add((field, value, reason));

    public string? Required(string? value, int max, string field, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, value, $"请填写{label}。");
            return null;
        }

        if (value.Trim().Length > max)
        {
            Add(field, value.Trim()[..Math.Min(50, value.Trim().Length)], $"{label}超过 {max.ToString(CultureInfo.InvariantCulture)} 字。");
            return null;
        }

        return value.Trim();
    }

    public string? Optional(string? value, int max, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (value.Trim().Length > max)
        {
            Add(field, value.Trim()[..Math.Min(50, value.Trim().Length)], $"超过 {max.ToString(CultureInfo.InvariantCulture)} 字。");
            return null;
        }

        return value.Trim();
    }

    public void ThrowIfAny(string code, string message)
    {
        if (Any)
        {
            throw new IpCityException(code, message + " " + string.Join("; ", Items.Select(i => $"{i.Field}: {i.Reason}")), 400,
                new Dictionary<string, object?> { ["problems"] = Items.Select(i => new Dictionary<string, object?> { ["field"] = i.Field, ["value"] = i.Value, ["reason"] = i.Reason }).ToList() });
        }
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Finance.Contracts;
using IpCity.Finance.Data;
using IpCity.IpData.Contracts;
using IpCity.Organisations.Contracts;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Finance.Transfers;

/// <summary>
/// The transfers and licences register (issue 6 §2.1): sync from the IP data center's legal events (idempotent by
/// event id; an ended licence closes its licence, by recordal number, else the oldest open one), manual entry by
/// the city and district offices with named validation codes, scoped lists, CSV/XLSX exports and yearly
/// statistics. District officers see the rows whose receiving side lies in their unit.
/// </summary>
internal sealed partial class TransferRegister : ITransferRegister
{
    internal const string Unknown = "(未注明)";
    private const string NotFound = "TRANSFER_NOT_FOUND";

    private static readonly UtilisationEventKind[] s_kinds = [UtilisationEventKind.Transfer, UtilisationEventKind.LicenceRecorded, UtilisationEventKind.LicenceEnded];

    private readonly FinanceDbContext _db;
    private readonly IUtilisationEvents _events;
    private readonly IFirmProfiles _firms;
    private readonly IOrgUnitDirectory _units;
    private readonly IAuditTrail _audit;
    private readonly TimeProvider _clock;

    public TransferRegister(FinanceDbContext db, IUtilisationEvents events, IFirmProfiles firms, IOrgUnitDirectory units, IAuditTrail audit, TimeProvider clock)
    {
        _db = db;
        _events = events;
        _firms = firms;
        _units = units;
        _audit = audit;
        _clock = clock;
    }

    private DateOnly Today => DateOnly.FromDateTime(_clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    public async Task<TransferSyncResult> SyncAsync(Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsCity)
        {
            throw new IpCityException("TRANSFER_CITY_ONLY", "同步法律事件由市局人员执行。", 403);
        }

        var city = await CityCodeAsync(ct);
        var known = (await _db.Transfers.AsNoTracking().Where(t => t.SourceEventId != null).Select(t => t.SourceEventId!.Value).ToListAsync(ct))
            .Concat(await _db.Transfers.AsNoTracking().Where(t => t.EndEventId != null).Select(t => t.EndEventId!.Value).ToListAsync(ct))
            .ToHashSet();
        var open = await _db.Transfers.Where(t => t.Kind != TransferKinds.Assignment && t.EndedOn == null && t.PatentId != null).ToListAsync(ct);
        var firmCache = new Dictionary<string, FirmProfile?>(StringComparer.Ordinal);
        var now = _clock.GetUtcNow();
        int read = 0, inserted = 0, closed = 0, unchanged = 0, unmatched = 0;
        await foreach (var e in _events.EventsAsync(s_kinds, ct: ct))
        {
            read++;
            if (known.Contains(e.EventId))
            {
                unchanged++;
                continue;
            }

            if (e.Kind == UtilisationEventKind.LicenceEnded)
            {
                var reference = Cut(e.Reference?.Trim(), 100);
                var match = (reference is null ? null : open.FirstOrDefault(o => o.PatentId == e.PatentId && string.Equals(o.Reference, reference, StringComparison.OrdinalIgnoreCase) && o.Date <= e.Date))
                    ?? open.Where(o => o.PatentId == e.PatentId && o.Source == TransferSources.LegalEvent && o.Date <= e.Date && (reference is null || o.Reference is null)).OrderBy(o => o.Date).ThenBy(o => o.SourceEventId).FirstOrDefault();
                if (match is null)
                {
                    unmatched++;
                    continue;
                }

                match.EndedOn = e.Date;
                match.EndEventId = e.EventId;
                open.Remove(match);
                known.Add(e.EventId);
                closed++;
                continue;
            }

            var record = await FromEventAsync(e, city, firmCache, now, ct);
            _db.Transfers.Add(record);
            if (record.Kind != TransferKinds.Assignment)
            {
                open.Add(record);
            }

            known.Add(e.EventId);
            inserted++;
        }

        await _db.SaveChangesAsync(ct);
        var result = new TransferSyncResult(read, inserted, closed, unchanged, unmatched);
        await _audit.RecordAsync(new AuditEntry(TransferAuditEvents.Synced, AuditOutcome.Success, "Transfers", null, $"read={read} inserted={inserted} closed={closed} unchanged={unchanged} unmatchedEnds={unmatched}"), ct);
        return result;
    }

    public async Task<TransferDto> RecordAsync(Actor actor, RecordTransferRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        RequireManager(actor);
        var number = Required(request.PatentNumber, 64, "TRANSFER_PATENT_REQUIRED", "请填写专利申请号或专利号。");
        var kind = request.Kind?.Trim() ?? string.Empty;
        if (!TransferKinds.All.Contains(kind) || kind == TransferKinds.LicenceUnspecified)
        {
            throw Invalid("TRANSFER_KIND_UNKNOWN", "类型须为转让、独占许可、排他许可、普通许可或开放许可。", new Dictionary<string, object?> { ["kind"] = request.Kind, ["allowed"] = TransferKinds.All.Where(k => k != TransferKinds.LicenceUnspecified).ToList() });
        }

        var from = Required(request.FromParty, 200, "TRANSFER_FROM_REQUIRED", kind == TransferKinds.Assignment ? "请填写转让人 (不超过 200 字)。" : "请填写许可人 (不超过 200 字)。");
        var to = Required(request.ToParty, 200, "TRANSFER_TO_REQUIRED", kind == TransferKinds.Assignment ? "请填写受让人 (不超过 200 字)。" : "请填写被许可人 (不超过 200 字)。");
        if (string.Equals(from, to, StringComparison.Ordinal))
        {
            throw Invalid("TRANSFER_SAME_PARTY", "转让/许可双方不能相同。");
        }

        if (request.Date is not { } date)
        {
            throw Invalid("TRANSFER_DATE_REQUIRED", "请填写日期 (合同生效日或登记日)。");
        }

        if (date > Today)
        {
            throw Invalid("TRANSFER_DATE_FUTURE", "日期不能晚于今天。");
        }

        if (date < new DateOnly(1985, 4, 1))
        {
            throw Invalid("TRANSFER_DATE_TOO_EARLY", "日期不能早于 1985-04-01 (专利法施行日)。");
        }

        if (request.AmountWan is { } amount && (amount < 0 || amount > 10_000_000m))
        {
            throw Invalid("TRANSFER_AMOUNT_INVALID", "金额 (万元) 须为 0 至 10 000 000 之间的数。", new Dictionary<string, object?> { ["amountWan"] = amount });
        }

        var credit = Clean(request.ToCreditCode, 18)?.ToUpperInvariant();
        if (credit is not null && !UsccPattern().IsMatch(credit))
        {
            throw Invalid("TRANSFER_CREDIT_CODE", "受让方/被许可方统一社会信用代码格式不正确 (18 位)。");
        }

        var reference = Clean(request.Reference, 100);
        var note = Clean(request.Note, 2000);
        var county = Clean(request.ToCountyCode, 32);
        if (actor.IsDistrict)
        {
            if (county is not null && county != actor.UnitCode)
            {
                throw Invalid("TRANSFER_UNIT", "区级用户只能登记受让方/被许可方在本单位的记录。");
            }

            county = actor.UnitCode;
        }

        var city = await CityCodeAsync(ct);
        if (county is not null && await _units.GetUnitAsync(county, ct) is null)
        {
            throw Invalid("TRANSFER_UNIT_UNKNOWN", "未知的区县代码。", new Dictionary<string, object?> { ["toCountyCode"] = county });
        }

        var patent = (await _events.FindPatentsAsync([number], ct)).GetValueOrDefault(number)
            ?? throw Invalid("TRANSFER_PATENT_UNKNOWN", "知识产权数据中心中没有该专利。", new Dictionary<string, object?> { ["patentNumber"] = number });
        if (reference is not null && await _db.Transfers.AnyAsync(t => t.PatentId == patent.Id && t.Kind == kind && t.Reference == reference, ct))
        {
            throw new IpCityException("TRANSFER_DUPLICATE", "该专利已有相同类型与合同/备案号的记录。", 409, new Dictionary<string, object?> { ["reference"] = reference });
        }

        var firm = await _firms.FindLocalEnterpriseAsync(city, to, credit, ct);
        var record = new TransferRecord
        {
            PatentId = patent.Id,
            ApplicationNumber = patent.ApplicationNumber,
            PatentTitle = Cut(patent.Title, 500),
            Kind = kind,
            FromParty = from,
            FromPartyType = _firms.ApplicantTypeOf(from),
            ToParty = to,
            ToPartyType = firm is not null ? "Enterprise" : _firms.ApplicantTypeOf(to),
            ToCreditCode = credit ?? firm?.CreditCode,
            ToCountyCode = county ?? firm?.CountyCode,
            ToIsLocal = county is not null || firm is not null,
            Date = date,
            Year = date.Year,
            Reference = reference,
            AmountWan = request.AmountWan,
            Source = TransferSources.Manual,
            Note = note,
            CreatedBy = actor.Name,
            CreatedAt = _clock.GetUtcNow(),
        };
        record.UniversityToLocalFirm = IsUniversityToLocalFirm(record);
        _db.Transfers.Add(record);
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry(TransferAuditEvents.Recorded, AuditOutcome.Success, "Transfer", record.Id.ToString(CultureInfo.InvariantCulture), $"kind={kind} patent={record.ApplicationNumber}"), ct);
        return ToDto(record);
    }

    public async Task<TransferDto> GetAsync(Actor actor, long id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var row = await Visible(actor).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (row is null)
        {
            await _audit.RecordAsync(new AuditEntry(AuditEvents.AccessDenied, AuditOutcome.Denied, "Transfer", id.ToString(CultureInfo.InvariantCulture), $"role={actor.Role} unit={actor.UnitCode ?? "-"}: outside the actor's view or does not exist"), ct);
            throw new IpCityException(NotFound, "未找到该转让/许可记录。", 404);
        }

        return ToDto(row);
    }

    public async Task<TransferPage> ListAsync(Actor actor, TransferQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var pageSize = Math.Clamp(query.PageSize, 1, 500);
        var page = Math.Max(1, query.Page);
        var q = Filtered(actor, query);
        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(t => t.Date).ThenByDescending(t => t.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new TransferPage(rows.Select(ToDto).ToList(), total, page, pageSize);
    }

    public async Task<ExportFile> ExportAsync(Actor actor, TransferQuery query, string format, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var kind = TransferFiles.Format(format);
        var rows = await Filtered(actor, query).OrderByDescending(t => t.Date).ThenByDescending(t => t.Id).ToListAsync(ct);
        var file = await TransferFiles.WriteAsync(kind, "transfers", "转让许可", s_header, rows.Select(Cells).ToList(), ct);
        await _audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "Transfers", null, $"{kind} rows={rows.Count}"), ct);
        return file;
    }

    public async Task<TransferStatistics> StatisticsAsync(Actor actor, string? district = null, CancellationToken ct = default)
    {
        var rows = await Filtered(actor, new TransferQuery(District: district))
            .Select(t => new { t.Year, t.Kind, t.AmountWan, t.UniversityToLocalFirm }).ToListAsync(ct);
        var cells = rows.GroupBy(r => (r.Year, r.Kind))
            .Select(g => new TransferStatisticsRow(g.Key.Year, g.Key.Kind, g.Count(), g.Sum(r => r.AmountWan ?? 0m), g.Count(r => r.AmountWan is not null), g.Count(r => r.UniversityToLocalFirm)))
            .OrderBy(r => r.Year).ThenBy(r => TransferKindOrder(r.Kind)).ToList();
        var years = rows.GroupBy(r => r.Year)
            .Select(g => new TransferYearTotal(g.Key, g.Count(), g.Sum(r => r.AmountWan ?? 0m), g.Count(r => r.Kind == TransferKinds.Assignment), g.Count(r => r.Kind != TransferKinds.Assignment), g.Count(r => r.UniversityToLocalFirm)))
            .OrderBy(y => y.Year).ToList();
        return new TransferStatistics(cells, years);
    }

    private static readonly string[] s_header =
        ["编号", "申请号", "专利名称", "类型", "转让/许可方", "转让/许可方类型", "受让/被许可方", "受让/被许可方类型", "受让方信用代码", "受让方区县", "受让方在本市", "日期", "许可终止日", "合同/备案号", "金额(万元)", "来源", "法律事件", "高校院所→本地企业", "备注"];

    private static object?[] Cells(TransferRecord t) =>
    [
        t.Id, t.ApplicationNumber, t.PatentTitle, t.Kind, t.FromParty, t.FromPartyType, t.ToParty, t.ToPartyType, t.ToCreditCode, t.ToCountyCode, t.ToIsLocal,
        t.Date, t.EndedOn, t.Reference, t.AmountWan, t.Source, t.SourceEventId, t.UniversityToLocalFirm, t.Note,
    ];

    private static int TransferKindOrder(string kind) => TransferKinds.All.ToList().IndexOf(kind);

    private IQueryable<TransferRecord> Visible(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var q = _db.Transfers.AsNoTracking();
        if (actor.IsCity || actor.IsDept)
        {
            return q;
        }

        if (actor.IsDistrict && actor.UnitCode is { Length: > 0 } unit)
        {
            return q.Where(t => t.ToCountyCode == unit);
        }

        return q.Where(t => false);
    }

    private IQueryable<TransferRecord> Filtered(Actor actor, TransferQuery query)
    {
        var q = Visible(actor);
        if (query.Year is { } year)
        {
            q = q.Where(t => t.Year == year);
        }

        if (!string.IsNullOrWhiteSpace(query.Kind))
        {
            var kind = query.Kind.Trim();
            q = kind == "Licence" ? q.Where(t => t.Kind != TransferKinds.Assignment) : q.Where(t => t.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.District))
        {
            var district = query.District.Trim();
            q = q.Where(t => t.ToCountyCode == district);
        }

        if (query.UniversityToFirm is { } flag)
        {
            q = q.Where(t => t.UniversityToLocalFirm == flag);
        }

        if (!string.IsNullOrWhiteSpace(query.Source))
        {
            var source = query.Source.Trim();
            q = q.Where(t => t.Source == source);
        }

        return q;
    }

    private async Task<TransferRecord> FromEventAsync(UtilisationEventDto e, string city, Dictionary<string, FirmProfile?> firmCache, DateTimeOffset now, CancellationToken ct)
    {
        var text = e.Code + " " + e.Description;
        var kind = e.Kind == UtilisationEventKind.Transfer ? TransferKinds.Assignment : LicenceKind(text);
        var from = Party(text, FromLabel());
        var to = Party(text, ToLabel());
        if (kind == TransferKinds.Assignment)
        {
            to ??= e.OwnerName; // the current patentee is the one the right went to
        }
        else
        {
            from ??= e.OwnerName; // the licensor is the patentee
        }

        from = Cut(from, 200) ?? Unknown;
        to = Cut(to, 200) ?? Unknown;
        var toIsOwner = e.OwnerName is not null && string.Equals(to, e.OwnerName, StringComparison.Ordinal);
        var credit = toIsOwner ? e.OwnerCreditCode : null;
        FirmProfile? firm = null;
        if (to != Unknown)
        {
            var key = to + "|" + credit;
            if (!firmCache.TryGetValue(key, out firm))
            {
                firm = await _firms.FindLocalEnterpriseAsync(city, to, credit, ct);
                firmCache[key] = firm;
            }
        }

        // The receiving side's region: the firm's county; for a transfer to the current patentee, the patent's attribution.
        var county = firm?.CountyCode ?? (kind == TransferKinds.Assignment && (toIsOwner || e.OwnerName is null) ? e.CountyCode : null);
        var local = firm is not null || (kind == TransferKinds.Assignment && (toIsOwner || e.OwnerName is null) && e.CityCode == city);
        var record = new TransferRecord
        {
            PatentId = e.PatentId,
            ApplicationNumber = e.ApplicationNumber,
            PatentTitle = Cut(e.Title, 500),
            Kind = kind,
            FromParty = from,
            FromPartyType = from == Unknown ? "Other" : _firms.ApplicantTypeOf(from),
            ToParty = to,
            ToPartyType = firm is not null ? "Enterprise" : to == Unknown ? "Other" : _firms.ApplicantTypeOf(to),
            ToCreditCode = credit ?? firm?.CreditCode,
            ToCountyCode = county,
            ToIsLocal = local,
            Date = e.Date,
            Year = e.Date.Year,
            Reference = Cut(e.Reference?.Trim(), 100),
            Source = TransferSources.LegalEvent,
            SourceEventId = e.EventId,
            Note = Cut(e.Description, 2000),
            CreatedBy = "sync",
            CreatedAt = now,
        };
        record.UniversityToLocalFirm = IsUniversityToLocalFirm(record);
        return record;
    }

    internal static bool IsUniversityToLocalFirm(TransferRecord r) =>
        r.FromPartyType is "University" or "ResearchInstitute" && r.ToPartyType == "Enterprise" && r.ToIsLocal;

    /// <summary>The licence type in CNIPA wording (许可种类: 独占 / 排他 / 普通 / 开放许可); none named → LicenceUnspecified.</summary>
    internal static string LicenceKind(string text) =>
        text.Contains("开放许可", StringComparison.Ordinal) ? TransferKinds.OpenLicence
        : text.Contains("独占", StringComparison.Ordinal) ? TransferKinds.ExclusiveLicence
        : text.Contains("排他", StringComparison.Ordinal) ? TransferKinds.SoleLicence
        : text.Contains("普通", StringComparison.Ordinal) ? TransferKinds.OrdinaryLicence
        : TransferKinds.LicenceUnspecified;

    internal static string? Party(string text, Regex label)
    {
        var m = label.Match(text);
        return m.Success ? m.Groups["v"].Value.Trim() : null;
    }

    // CNIPA wording: 变更前权利人 / 变更后权利人 (专利权的转移), 让与人 / 受让人 (实施许可合同备案), 许可人 / 被许可人.
    [GeneratedRegex(@"(?:变更前权利人|变更前专利权人|变更前|让与人|转让人|出让人|(?<!被)许可人)\s*[:：]\s*(?<v>[^\s;；,，]+)", RegexOptions.CultureInvariant)]
    internal static partial Regex FromLabel();

    [GeneratedRegex(@"(?:变更后权利人|变更后专利权人|变更后|受让人|被许可人)\s*[:：]\s*(?<v>[^\s;；,，]+)", RegexOptions.CultureInvariant)]
    internal static partial Regex ToLabel();

    [GeneratedRegex("^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$", RegexOptions.CultureInvariant)]
    internal static partial Regex UsccPattern();

    internal async Task<string> CityCodeAsync(CancellationToken ct) =>
        (await _units.GetProfileAsync(ct))?.CityCode ?? throw new IpCityException("TRANSFER_CITY_PROFILE", "尚未加载城市配置 (区划), 无法判断本地企业。", 409);

    internal static TransferDto ToDto(TransferRecord t) =>
        new(t.Id, t.PatentId, t.ApplicationNumber, t.PatentTitle, t.Kind, t.FromParty, t.FromPartyType, t.ToParty, t.ToPartyType, t.ToCreditCode, t.ToCountyCode, t.ToIsLocal,
            t.Date, t.EndedOn, t.Reference, t.AmountWan, t.Source, t.SourceEventId, t.UniversityToLocalFirm, t.Note, t.CreatedBy, t.CreatedAt);

    private static void RequireManager(Actor actor)
    {
        if (!actor.IsCity && !(actor.IsDistrict && actor.UnitCode is { Length: > 0 }))
        {
            throw new IpCityException("TRANSFER_OFFICER_ROLE", "转让/许可记录由市局或区局人员登记。", 403);
        }
    }

    private static IpCityException Invalid(string code, string message, IReadOnlyDictionary<string, object?>? details = null) => new(code, message, 400, details);

    private static string Required(string? value, int max, string code, string message) =>
        string.IsNullOrWhiteSpace(value) || value.Trim().Length > max ? throw Invalid(code, message) : value.Trim();

    private static string? Clean(string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().Length > max ? throw Invalid("TRANSFER_FIELD_TOO_LONG", $"字段超过 {max} 字。") : value.Trim();

    private static string? Cut(string? value, int max) => value is null ? null : value.Length > max ? value[..max] : value;
}

/// <summary>Audit event types of the transfer area.</summary>
internal static class TransferAuditEvents
{
    public const string Synced = "TransfersSynced";
    public const string Recorded = "TransferRecorded";
    public const string OfferCreated = "ConversionOfferCreated";
    public const string OfferStateChanged = "ConversionOfferStateChanged";
    public const string OfferMatched = "ConversionOfferMatched";
    public const string InterestExpressed = "ConversionInterestExpressed";
}

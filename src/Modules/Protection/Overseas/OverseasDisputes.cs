using System.Globalization;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.IpData.Contracts;
using IpCity.Protection.Contracts;
using IpCity.Protection.Data;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Protection.Overseas;

/// <summary>
/// Overseas disputes involving local firms (issue 5 §7). Officers maintain them; a DistrictOfficer sees and edits
/// only its own district's (another district's id answers 404 and leaves an AccessDenied audit row); the city
/// and department officers see all.
/// </summary>
internal sealed class OverseasDisputes
{
    public const string NotFound = "OVERSEAS_DISPUTE_NOT_FOUND";
    public const string Invalid = "OVERSEAS_DISPUTE_INVALID";
    public const string OutOfScope = "OVERSEAS_DISPUTE_OUT_OF_SCOPE";
    public const string OfficerOnly = "PROTECTION_OFFICER_ONLY";

    private static readonly string[] s_exportHeader =
        ["企业名称", "统一社会信用代码", "所属区县代码", "所属区县", "国家/地区代码", "国家/地区", "纠纷类型", "受理机构", "对方当事人", "状态", "结果", "金额", "币种", "开始日期", "结案日期", "关联专利", "关联商标", "备注"];

    private readonly ProtectionDbContext _db;
    private readonly IAuditTrail _audit;
    private readonly IRequestContext _request;
    private readonly TimeProvider _clock;
    private readonly DistrictLookup _districts;

    public OverseasDisputes(ProtectionDbContext db, IAuditTrail audit, IRequestContext request, TimeProvider clock, DistrictLookup districts)
    {
        _db = db;
        _audit = audit;
        _request = request;
        _clock = clock;
        _districts = districts;
    }

    private string Actor => _request.ActorName ?? "system";

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    /// <summary>Nanchang's date (UTC+8, no daylight saving time).</summary>
    private DateOnly Today => DateOnly.FromDateTime(_clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    public async Task<OverseasDisputeDto> GetAsync(ProtectionActor actor, long id, CancellationToken ct = default)
    {
        var row = await VisibleAsync(actor, id, tracked: false, ct);
        return await ToDtoAsync(row, ct);
    }

    public async Task<RegisterPage<OverseasDisputeDto>> SearchAsync(ProtectionActor actor, OverseasDisputeQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var rows = await FilterAsync(actor, query, ct);
        var (page, size) = RegisterText.Paging(query.Page, query.PageSize);
        var items = new List<OverseasDisputeDto>();
        foreach (var r in rows.Skip((page - 1) * size).Take(size))
        {
            items.Add(await ToDtoAsync(r, ct));
        }

        return new RegisterPage<OverseasDisputeDto>(rows.Count, page, size, items);
    }

    public async Task<OverseasDisputeDto> CreateAsync(ProtectionActor actor, OverseasDisputeRequest request, CancellationToken ct = default)
    {
        RequireOfficer(actor);
        var values = await ValidateAsync(request, ct);
        await RequireInScopeAsync(actor, values.DistrictCode, null, ct);
        values.CreatedAtUtc = values.UpdatedAtUtc = Now;
        _db.OverseasDisputes.Add(values);
        await _db.SaveChangesAsync(ct);
        await AuditAsync("OverseasDisputeCreated", values, ct);
        return await ToDtoAsync(values, ct);
    }

    public async Task<OverseasDisputeDto> UpdateAsync(ProtectionActor actor, long id, OverseasDisputeRequest request, CancellationToken ct = default)
    {
        var row = await VisibleAsync(actor, id, tracked: true, ct);
        var values = await ValidateAsync(request, ct);
        await RequireInScopeAsync(actor, values.DistrictCode, id, ct);
        row.FirmName = values.FirmName;
        row.FirmCreditCode = values.FirmCreditCode;
        row.DistrictCode = values.DistrictCode;
        row.CountryCode = values.CountryCode;
        row.Type = values.Type;
        row.Forum = values.Forum;
        row.Opponent = values.Opponent;
        row.Status = values.Status;
        row.Outcome = values.Outcome;
        row.Amount = values.Amount;
        row.Currency = values.Currency;
        row.StartedOn = values.StartedOn;
        row.ClosedOn = values.ClosedOn;
        row.PatentNumbers = values.PatentNumbers;
        row.TrademarkNumbers = values.TrademarkNumbers;
        row.Note = values.Note;
        row.UpdatedAtUtc = Now;
        row.UpdatedBy = Actor;
        await _db.SaveChangesAsync(ct);
        await AuditAsync("OverseasDisputeUpdated", row, ct);
        return await ToDtoAsync(row, ct);
    }

    public async Task DeleteAsync(ProtectionActor actor, long id, CancellationToken ct = default)
    {
        var row = await VisibleAsync(actor, id, tracked: true, ct);
        _db.OverseasDisputes.Remove(row);
        await _db.SaveChangesAsync(ct);
        await AuditAsync("OverseasDisputeDeleted", row, ct);
    }

    public async Task<byte[]> ExportCsvAsync(ProtectionActor actor, OverseasDisputeQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var rows = await FilterAsync(actor, query, ct);
        var lines = new List<IReadOnlyList<string?>>(rows.Count);
        foreach (var r in rows)
        {
            var d = await ToDtoAsync(r, ct);
            lines.Add([d.FirmName, d.FirmCreditCode, d.DistrictCode, d.DistrictName, d.CountryCode, d.CountryName, d.TypeLabel, d.Forum, d.Opponent, d.StatusLabel, d.Outcome,
                d.Amount?.ToString("0.##", CultureInfo.InvariantCulture), d.Currency, RegisterText.Date(d.StartedOn), RegisterText.Date(d.ClosedOn),
                string.Join('、', d.PatentNumbers), string.Join('、', d.TrademarkNumbers), d.Note]);
        }

        await _audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "OverseasDispute", null, $"rows={rows.Count} unit={actor.UnitCode ?? "-"}"), ct);
        return RegisterText.Csv(s_exportHeader, lines);
    }

    private static void RequireOfficer(ProtectionActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsOfficer)
        {
            throw new IpCityException(OfficerOnly, "仅执法与管理人员可查看和维护海外纠纷。", 403);
        }
    }

    /// <summary>Null = every district (city and department officers); a district officer's unit subtree otherwise.</summary>
    private async Task<IReadOnlySet<string>?> ScopeAsync(ProtectionActor actor, CancellationToken ct)
    {
        RequireOfficer(actor);
        return actor.IsDistrict ? await _districts.ScopeAsync(actor.UnitCode, ct) : null;
    }

    private async Task<OverseasDispute> VisibleAsync(ProtectionActor actor, long id, bool tracked, CancellationToken ct)
    {
        var scope = await ScopeAsync(actor, ct);
        var set = tracked ? _db.OverseasDisputes : _db.OverseasDisputes.AsNoTracking();
        var row = await set.FirstOrDefaultAsync(d => d.Id == id, ct);
        if (row is not null && scope is not null && !scope.Contains(row.DistrictCode))
        {
            await _audit.RecordAsync(new AuditEntry(AuditEvents.AccessDenied, AuditOutcome.Denied, "OverseasDispute", id.ToString(CultureInfo.InvariantCulture), $"unit={actor.UnitCode ?? "-"}: another district's dispute"), ct);
            row = null;
        }

        return row ?? throw new IpCityException(NotFound, "海外纠纷记录不存在。", 404, new Dictionary<string, object?> { ["id"] = id });
    }

    private async Task RequireInScopeAsync(ProtectionActor actor, string districtCode, long? id, CancellationToken ct)
    {
        var scope = await ScopeAsync(actor, ct);
        if (scope is not null && !scope.Contains(districtCode))
        {
            await _audit.RecordAsync(new AuditEntry(AuditEvents.AccessDenied, AuditOutcome.Denied, "OverseasDispute", id?.ToString(CultureInfo.InvariantCulture), $"unit={actor.UnitCode ?? "-"}: wrote for district {districtCode}"), ct);
            throw new IpCityException(OutOfScope, "只能登记本辖区企业的海外纠纷。", 403, new Dictionary<string, object?> { ["field"] = "districtCode" });
        }
    }

    private async Task<OverseasDispute> ValidateAsync(OverseasDisputeRequest? r, CancellationToken ct)
    {
        var p = new FieldProblems();
        if (r is null)
        {
            p.Add("body", "请求内容为空。");
            throw p.ToException(Invalid);
        }

        var credit = r.FirmCreditCode?.Trim().ToUpperInvariant() ?? string.Empty;
        if (!CreditCodes.IsValid(credit))
        {
            p.Add("firmCreditCode", string.IsNullOrEmpty(credit) ? "请填写统一社会信用代码。" : "统一社会信用代码不正确 (18 位, 含校验码)。");
        }

        var country = Countries.Parse(r.Country);
        if (country is null)
        {
            p.Add("country", string.IsNullOrWhiteSpace(r.Country) ? "请填写国家/地区。" : $"未知的国家/地区 “{r.Country.Trim()}” (ISO 3166 两位代码或中文名)。");
        }

        if (r.StartedOn.Year < 1980 || r.StartedOn > Today)
        {
            p.Add("startedOn", "开始日期须在 1980 年之后且不晚于今天。");
        }

        if (r.ClosedOn is { } closed && (closed < r.StartedOn || closed > Today))
        {
            p.Add("closedOn", "结案日期不能早于开始日期, 也不能晚于今天。");
        }

        var currency = r.Currency?.Trim().ToUpperInvariant();
        if (r.Amount is { } amount && (amount < 0 || amount > 1_000_000_000_000m))
        {
            p.Add("amount", "金额须在 0 到 1 万亿之间。");
        }

        if (string.IsNullOrEmpty(currency) ? r.Amount is not null : currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
        {
            p.Add("currency", "填写金额时须填写币种 (ISO 4217 三位字母代码, 如 USD、EUR、CNY)。");
        }

        var row = new OverseasDispute
        {
            FirmName = p.Text(r.FirmName, "firmName", "企业名称", 200, required: true) ?? string.Empty,
            FirmCreditCode = credit,
            DistrictCode = await _districts.CodeAsync(r.DistrictCode, p, "districtCode", ct),
            CountryCode = country ?? string.Empty,
            Type = p.Code(RegisterLabels.DisputeTypes, r.Type, "type", "纠纷类型"),
            Status = p.Code(RegisterLabels.DisputeStatuses, r.Status, "status", "状态"),
            Forum = p.Text(r.Forum, "forum", "受理机构", 200),
            Opponent = p.Text(r.Opponent, "opponent", "对方当事人", 200),
            Outcome = p.Text(r.Outcome, "outcome", "结果", 2000),
            Amount = r.Amount is null ? null : decimal.Round(r.Amount.Value, 2),
            Currency = string.IsNullOrEmpty(currency) ? null : currency,
            StartedOn = r.StartedOn,
            ClosedOn = r.ClosedOn,
            PatentNumbers = Numbers(r.PatentNumbers, "patentNumbers", "专利号", p),
            TrademarkNumbers = Numbers(r.TrademarkNumbers, "trademarkNumbers", "商标注册号", p),
            Note = p.Text(r.Note, "note", "备注", 2000),
            CreatedBy = Actor,
            UpdatedBy = Actor,
        };
        return p.Any ? throw p.ToException(Invalid) : row;
    }

    private static string Numbers(IReadOnlyList<string>? values, string field, string label, FieldProblems p)
    {
        var list = (values ?? []).SelectMany(RegisterText.Split).Select(v => v.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        if (list.Any(v => v.Length > 48 || !v.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '/' or '-')))
        {
            p.Add(field, $"{label}只能包含字母、数字和 . / -, 每个不超过 48 个字符。");
        }

        var joined = string.Join(',', list);
        if (joined.Length > 1000)
        {
            p.Add(field, $"{label}过多 (合计不超过 1000 个字符)。");
        }

        return joined;
    }

    private async Task<List<OverseasDispute>> FilterAsync(ProtectionActor actor, OverseasDisputeQuery query, CancellationToken ct)
    {
        var scope = await ScopeAsync(actor, ct);
        var q = _db.OverseasDisputes.AsNoTracking();
        if (scope is not null)
        {
            var codes = scope.ToList();
            q = q.Where(d => codes.Contains(d.DistrictCode));
        }

        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            var country = Countries.Parse(query.Country) ?? throw IpCityException.Validation($"未知的国家/地区 “{query.Country}”。", new Dictionary<string, object?> { ["field"] = "country" });
            q = q.Where(d => d.CountryCode == country);
        }

        if (!string.IsNullOrWhiteSpace(query.Type))
        {
            var type = RegisterLabels.Parse(RegisterLabels.DisputeTypes, query.Type) ?? throw IpCityException.Validation($"未知的纠纷类型 “{query.Type}”。", new Dictionary<string, object?> { ["field"] = "type" });
            q = q.Where(d => d.Type == type);
        }

        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            var status = RegisterLabels.Parse(RegisterLabels.DisputeStatuses, query.Status) ?? throw IpCityException.Validation($"未知的状态 “{query.Status}”。", new Dictionary<string, object?> { ["field"] = "status" });
            q = q.Where(d => d.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(query.District))
        {
            var unit = await _districts.FindAsync(query.District, ct) ?? throw DistrictLookup.Unknown(query.District);
            var codes = (await _districts.ScopeAsync(unit.Code, ct)).ToList();
            q = q.Where(d => codes.Contains(d.DistrictCode));
        }

        // Text search runs in memory over the filtered rows so that country names and type labels match too.
        var rows = await q.OrderByDescending(d => d.StartedOn).ThenByDescending(d => d.Id).ToListAsync(ct);
        return rows.Where(d => RegisterText.Matches(
            query.Q, d.FirmName, d.FirmCreditCode, d.Opponent, d.Forum, d.CountryCode, Countries.Name(d.CountryCode),
            RegisterLabels.Label(RegisterLabels.DisputeTypes, d.Type), d.PatentNumbers, d.TrademarkNumbers)).ToList();
    }

    private async Task<OverseasDisputeDto> ToDtoAsync(OverseasDispute d, CancellationToken ct) => new(
        d.Id,
        d.FirmName,
        d.FirmCreditCode,
        d.DistrictCode,
        await _districts.NameAsync(d.DistrictCode, ct),
        d.CountryCode,
        Countries.Name(d.CountryCode),
        d.Type,
        RegisterLabels.Label(RegisterLabels.DisputeTypes, d.Type),
        d.Forum,
        d.Opponent,
        d.Status,
        RegisterLabels.Label(RegisterLabels.DisputeStatuses, d.Status),
        d.Outcome,
        d.Amount,
        d.Currency,
        d.StartedOn,
        d.ClosedOn,
        RegisterText.List(d.PatentNumbers),
        RegisterText.List(d.TrademarkNumbers),
        d.Note,
        d.UpdatedAtUtc,
        d.UpdatedBy);

    private Task AuditAsync(string type, OverseasDispute d, CancellationToken ct) =>
        _audit.RecordAsync(new AuditEntry(type, AuditOutcome.Success, "OverseasDispute", d.Id.ToString(CultureInfo.InvariantCulture), $"district={d.DistrictCode} country={d.CountryCode} type={d.Type} status={d.Status}"), ct);
}

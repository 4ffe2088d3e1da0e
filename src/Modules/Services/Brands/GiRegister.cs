using System.Globalization;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Identifiers;
using IpCity.BuildingBlocks.Security;
using IpCity.IpData.Contracts;
using IpCity.Organisations.Contracts;
using IpCity.Protection.Contracts;
using IpCity.Services.Agencies;
using IpCity.Services.Contracts;
using IpCity.Services.Data;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Services.Brands;

/// <summary>
/// The city's GIs (the IP data center's facts whose area code lies in the city) with their authorised users and use
/// supervision records. Officers read (district officers: firms whose address lies in their unit; another unit's record
/// by id is 404 plus an AccessDenied audit row); city and district officers write (districts within their unit); the
/// public list shows only the GI facts and the number of active authorised users. Every write is audited after saving.
/// </summary>
internal sealed partial class GiRegister : IGiRegister
{
    private const string GiNotFound = "GI_NOT_FOUND";
    private const string UserNotFound = "GI_USER_NOT_FOUND";
    private const string SupervisionNotFound = "GI_SUPERVISION_NOT_FOUND";

    private readonly ServicesDbContext _db;
    private readonly IRegisterQueries _registers;
    private readonly IOrgUnitDirectory _units;
    private readonly IAddressResolver _addresses;
    private readonly ICaseRegister _cases;
    private readonly IAuditTrail _audit;
    private readonly TimeProvider _clock;

    public GiRegister(ServicesDbContext db, IRegisterQueries registers, IOrgUnitDirectory units, IAddressResolver addresses, ICaseRegister cases, IAuditTrail audit, TimeProvider clock)
    {
        _db = db;
        _registers = registers;
        _units = units;
        _addresses = addresses;
        _cases = cases;
        _audit = audit;
        _clock = clock;
    }

    /// <summary>The stable key of a GI: the first 16 hex digits of the hash of its name and type as the source wrote them (its natural key in the IP data center).</summary>
    public static string KeyOf(GiDto gi) => AgencyRules.Hash(gi.Name, gi.TypeText)[..16];

    // ------------------------------------------------------------------ public

    public async Task<IReadOnlyList<GiPublicDto>> PublicListAsync(CancellationToken ct = default)
    {
        var gis = await CityGisAsync(ct);
        var keys = gis.Select(g => g.Key).ToList();
        var counts = await _db.GiUsers.AsNoTracking().Where(u => keys.Contains(u.GiKey) && u.Status == GiUserStatuses.Active)
            .GroupBy(u => u.GiKey).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return gis.Select(g => Public(g.Key, g.Gi, counts.GetValueOrDefault(g.Key))).ToList();
    }

    public async Task<GiPublicDto> GetPublicAsync(string key, CancellationToken ct = default) =>
        (await PublicListAsync(ct)).FirstOrDefault(g => g.Key == key) ?? throw new IpCityException(GiNotFound, "未找到该地理标志。", 404);

    public async Task<GiDetailDto> GetAsync(Actor actor, string key, CancellationToken ct = default)
    {
        RequireOfficer(actor);
        var gi = await GetPublicAsync(key, ct);
        return new GiDetailDto(gi, await ListUsersAsync(actor, key, null, ct), await ListSupervisionAsync(actor, key, ct));
    }

    // ------------------------------------------------------------------ authorised users

    public async Task<IReadOnlyList<GiUserDto>> ListUsersAsync(Actor actor, string? key, string? status, CancellationToken ct = default)
    {
        RequireOfficer(actor);
        var q = VisibleUsers(actor);
        if (!string.IsNullOrWhiteSpace(key))
        {
            q = q.Where(u => u.GiKey == key);
        }

        if (!string.IsNullOrWhiteSpace(status))
        {
            q = q.Where(u => u.Status == status);
        }

        return (await q.OrderBy(u => u.GiName).ThenBy(u => u.FirmName).ThenBy(u => u.Id).ToListAsync(ct)).Select(ToDto).ToList();
    }

    public async Task<GiUserDto> GetUserAsync(Actor actor, long id, CancellationToken ct = default) => ToDto(await FindUserAsync(actor, id, ct));

    public async Task<GiUserDto> SaveUserAsync(Actor actor, string key, GiUserRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireWriter(actor);
        var gi = await FindGiAsync(key, ct);
        var problems = new FieldProblems();
        var valid = ValidateUser(request.FirmName, request.CreditCode, request.ApprovalNumber, request.Address, problems);
        if (request.ApprovedOn > AgencyRules.Today(_clock))
        {
            problems.Add("approvedOn", AgencyRules.Day(request.ApprovedOn), "核准日期不能晚于今天。");
        }

        problems.ThrowIfAny("GI_USER_INVALID", "授权使用人信息有误。");
        var region = _addresses.Resolve(valid.Address);
        RequireInUnit(actor, region.CountyCode, region.ZoneCode);
        var user = await _db.GiUsers.FirstOrDefaultAsync(u => u.GiKey == gi.Key && u.CreditCode == valid.CreditCode, ct);
        if (user is not null && !InView(actor, user))
        {
            // The firm is registered for this GI in another unit: the district may not overwrite it.
            await DeniedAsync(actor, "GiUser", user.Id, ct);
            throw new IpCityException("GI_USER_UNIT", "该企业已由其他辖区登记为授权使用人。", 409);
        }

        var created = user is null;
        user ??= new GiUser { GiKey = gi.Key, GiName = gi.Gi.Name, CreditCode = valid.CreditCode };
        Apply(user, valid with { ApprovedOn = request.ApprovedOn }, region, actor.Name);
        if (created)
        {
            _db.GiUsers.Add(user);
        }

        await SaveAsync(ct);
        await AuditAsync(created ? BrandAuditEvents.GiUserCreated : BrandAuditEvents.GiUserUpdated, "GiUser", user.Id, $"gi={gi.Key} creditCode={user.CreditCode} county={user.CountyCode ?? "-"}", ct);
        return ToDto(user);
    }

    public async Task<GiUserDto> RevokeUserAsync(Actor actor, long id, RevokeGiUserRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireWriter(actor);
        var user = await FindUserAsync(actor, id, ct, tracking: true);
        RequireInUnit(actor, user.CountyCode, user.ZoneCode);
        if (user.Status == GiUserStatuses.Revoked)
        {
            throw new IpCityException("GI_USER_REVOKED", "该授权已撤销。", 409);
        }

        if (request.RevokedOn > AgencyRules.Today(_clock) || (user.ApprovedOn is { } approved && request.RevokedOn < approved))
        {
            throw new IpCityException("GI_USER_REVOKE_DATE", "撤销日期须在核准日期之后且不晚于今天。", 400, new Dictionary<string, object?> { ["field"] = "revokedOn", ["value"] = AgencyRules.Day(request.RevokedOn) });
        }

        user.Status = GiUserStatuses.Revoked;
        user.RevokedOn = request.RevokedOn;
        user.RevokeReason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim()[..Math.Min(1000, request.Reason.Trim().Length)];
        user.ContentHash = Hash(user);
        user.UpdatedBy = actor.Name;
        user.UpdatedAt = _clock.GetUtcNow();
        await SaveAsync(ct);
        await AuditAsync(BrandAuditEvents.GiUserRevoked, "GiUser", user.Id, $"gi={user.GiKey} on={AgencyRules.Day(request.RevokedOn)}", ct);
        return ToDto(user);
    }

    // ------------------------------------------------------------------ supervision

    public async Task<IReadOnlyList<GiSupervisionDto>> ListSupervisionAsync(Actor actor, string? key, CancellationToken ct = default)
    {
        RequireOfficer(actor);
        var q = VisibleSupervision(actor);
        if (!string.IsNullOrWhiteSpace(key))
        {
            q = q.Where(s => s.GiKey == key);
        }

        return (await q.OrderByDescending(s => s.On).ThenByDescending(s => s.Id).ToListAsync(ct)).Select(ToDto).ToList();
    }

    public async Task<GiSupervisionDto> GetSupervisionAsync(Actor actor, long id, CancellationToken ct = default)
    {
        RequireOfficer(actor);
        var record = await VisibleSupervision(actor).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (record is null)
        {
            await DeniedAsync(actor, "GiSupervision", id, ct);
            throw new IpCityException(SupervisionNotFound, "未找到该监管记录。", 404);
        }

        return ToDto(record);
    }

    public async Task<GiSupervisionDto> AddSupervisionAsync(Actor actor, string key, GiSupervisionRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireWriter(actor);
        var gi = await FindGiAsync(key, ct);
        var problems = new FieldProblems();
        var unit = problems.Required(request.Unit, 200, "unit", "检查单位");
        var firm = problems.Required(request.FirmName, 200, "firmName", "企业名称");
        var finding = problems.Required(request.Finding, 2000, "finding", "检查发现");
        var followUp = problems.Optional(request.FollowUp, 2000, "followUp");
        var address = problems.Optional(request.Address, 300, "address");
        var caseNumber = problems.Optional(request.CaseNumber, 64, "caseNumber");
        var code = string.IsNullOrWhiteSpace(request.CreditCode) ? null : AgencyRules.Normalise(request.CreditCode);
        if (code is not null && !UnifiedSocialCreditCode.IsValid(code))
        {
            problems.Add("creditCode", request.CreditCode, "统一社会信用代码无效 (18 位, GB 32100 校验位)。");
        }

        var result = GiCheckResults.All.FirstOrDefault(r => r.Equals(request.Result?.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? GiCheckResults.All.FirstOrDefault(r => GiCheckResults.Name(r) == request.Result?.Trim());
        if (result is null)
        {
            problems.Add("result", request.Result, "结果须为 合规 / 不合规 / 已整改 (Compliant / NonCompliant / Rectified)。");
        }

        if (request.On > AgencyRules.Today(_clock))
        {
            problems.Add("on", AgencyRules.Day(request.On), "检查日期不能晚于今天。");
        }

        problems.ThrowIfAny("GI_SUPERVISION_INVALID", "监管记录有误。");

        // The firm's district: its authorised-user record for this GI when it has one, else its address.
        var user = code is null ? null : await _db.GiUsers.AsNoTracking().FirstOrDefaultAsync(u => u.GiKey == gi.Key && u.CreditCode == code, ct);
        var region = address is not null || user is null ? _addresses.Resolve(address) : null;
        var county = region is not null ? region.CountyCode : user!.CountyCode;
        var zone = region is not null ? region.ZoneCode : user!.ZoneCode;
        RequireInUnit(actor, county, zone);
        var record = new GiSupervision
        {
            GiKey = gi.Key,
            GiName = gi.Gi.Name,
            On = request.On,
            Unit = unit!,
            FirmName = firm!,
            CreditCode = code,
            UserId = user?.Id,
            Address = address ?? user?.Address,
            CountyCode = county,
            ZoneCode = zone,
            Finding = finding!,
            Result = result!,
            FollowUp = followUp,
            RecordedBy = actor.Name,
            RecordedAt = _clock.GetUtcNow(),
        };
        if (caseNumber is not null)
        {
            var protectionActor = new ProtectionActor(actor.Name, actor.Role, actor.UnitCode, actor.EnterpriseCode, actor.Labels);
            var page = await _cases.ListAsync(protectionActor, new CaseQuery(Text: caseNumber, PageSize: 200), ct);
            var hit = page.Items.FirstOrDefault(c => string.Equals(c.Number, caseNumber, StringComparison.Ordinal))
                ?? throw new IpCityException("GI_SUPERVISION_CASE_NOT_FOUND", "未找到该案件编号 (或不在您的查看范围内)。", 400, new Dictionary<string, object?> { ["field"] = "caseNumber", ["value"] = caseNumber });
            record.CaseNumber = hit.Number;
            record.CaseId = hit.Id;
        }

        _db.GiSupervisions.Add(record);
        await SaveAsync(ct);
        await AuditAsync(BrandAuditEvents.GiSupervisionRecorded, "GiSupervision", record.Id, $"gi={gi.Key} result={record.Result} county={record.CountyCode ?? "-"}", ct);
        return ToDto(record);
    }

    // ------------------------------------------------------------------ scope and helpers

    private async Task<List<(string Key, GiDto Gi)>> CityGisAsync(CancellationToken ct)
    {
        var profile = await _units.GetProfileAsync(ct) ?? throw new IpCityException("PROFILE_NOT_LOADED", "请先加载城市配置 (ipcity profile load)。", 409);
        var prefix = profile.CityCode.Length >= 4 ? profile.CityCode[..4] : profile.CityCode;
        return (await _registers.GisAsync(ct)).Where(g => g.AreaCode is not null && g.AreaCode.StartsWith(prefix, StringComparison.Ordinal))
            .Select(g => (KeyOf(g), g)).ToList();
    }

    private async Task<(string Key, GiDto Gi)> FindGiAsync(string key, CancellationToken ct)
    {
        var found = (await CityGisAsync(ct)).FirstOrDefault(g => g.Key == key);
        return found.Gi is null ? throw new IpCityException(GiNotFound, "未找到该地理标志。", 404) : found;
    }

    private static GiPublicDto Public(string key, GiDto g, int active) =>
        new(key, g.Name, g.Type, g.TypeText, g.Area, g.AreaCode, g.Number, g.EffectiveText, g.SourceUrl, active);

    private IQueryable<GiUser> VisibleUsers(Actor actor)
    {
        var q = _db.GiUsers.AsNoTracking();
        return actor.IsCity || actor.IsDept ? q
            : actor.IsDistrict && actor.UnitCode is { Length: > 0 } unit ? q.Where(u => u.CountyCode == unit || u.ZoneCode == unit)
            : q.Where(u => false);
    }

    private IQueryable<GiSupervision> VisibleSupervision(Actor actor)
    {
        var q = _db.GiSupervisions.AsNoTracking();
        return actor.IsCity || actor.IsDept ? q
            : actor.IsDistrict && actor.UnitCode is { Length: > 0 } unit ? q.Where(s => s.CountyCode == unit || s.ZoneCode == unit)
            : q.Where(s => false);
    }

    private static bool InView(Actor actor, GiUser user) =>
        actor.IsCity || actor.IsDept || (actor.IsDistrict && actor.UnitCode is { Length: > 0 } unit && (user.CountyCode == unit || user.ZoneCode == unit));

    private async Task<GiUser> FindUserAsync(Actor actor, long id, CancellationToken ct, bool tracking = false)
    {
        RequireOfficer(actor);
        if (!await VisibleUsers(actor).AnyAsync(u => u.Id == id, ct))
        {
            await DeniedAsync(actor, "GiUser", id, ct);
            throw new IpCityException(UserNotFound, "未找到该授权使用人。", 404);
        }

        return tracking ? await _db.GiUsers.FirstAsync(u => u.Id == id, ct) : await _db.GiUsers.AsNoTracking().FirstAsync(u => u.Id == id, ct);
    }

    private Task DeniedAsync(Actor actor, string type, long id, CancellationToken ct) =>
        _audit.RecordAsync(new AuditEntry(AuditEvents.AccessDenied, AuditOutcome.Denied, type, id.ToString(CultureInfo.InvariantCulture), $"role={actor.Role} unit={actor.UnitCode ?? "-"}: outside the actor's view or does not exist"), ct);

    private static void RequireOfficer(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsOfficer)
        {
            throw new IpCityException("GI_OFFICER_ROLE", "授权使用人与监管记录仅供知识产权管理人员查看。", 403);
        }
    }

    private static void RequireWriter(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsCity && !(actor.IsDistrict && actor.UnitCode is { Length: > 0 }))
        {
            throw new IpCityException("GI_WRITER_ROLE", "授权使用人与监管记录由市局或区局人员登记。", 403);
        }
    }

    private static void RequireInUnit(Actor actor, string? county, string? zone)
    {
        if (actor.IsDistrict && county != actor.UnitCode && zone != actor.UnitCode)
        {
            throw new IpCityException("GI_UNIT", "区级用户只能登记本辖区 (按企业地址识别) 的企业。", 400, new Dictionary<string, object?> { ["county"] = county, ["unit"] = actor.UnitCode });
        }
    }

    internal sealed record ValidUser(string FirmName, string CreditCode, string? ApprovalNumber, DateOnly? ApprovedOn, string? Address);

    private static ValidUser ValidateUser(string? firmName, string? creditCode, string? approvalNumber, string? address, FieldProblems problems)
    {
        var name = problems.Required(firmName, 200, "firmName", "企业名称");
        var code = AgencyRules.Normalise(creditCode ?? string.Empty);
        if (!UnifiedSocialCreditCode.IsValid(code))
        {
            problems.Add("creditCode", creditCode, "统一社会信用代码无效 (18 位, GB 32100 校验位)。");
        }

        return new ValidUser(name ?? string.Empty, code, problems.Optional(approvalNumber, 64, "approvalNumber"), null, problems.Optional(address, 300, "address"));
    }

    private void Apply(GiUser user, ValidUser v, AddressResolution region, string by)
    {
        user.FirmName = v.FirmName;
        user.ApprovalNumber = v.ApprovalNumber;
        user.ApprovedOn = v.ApprovedOn;
        user.Address = v.Address;
        user.CityCode = region.CityCode;
        user.CountyCode = region.CountyCode;
        user.ZoneCode = region.ZoneCode;
        user.ContentHash = Hash(user);
        user.UpdatedBy = by;
        user.UpdatedAt = _clock.GetUtcNow();
    }

    private static string Hash(GiUser u) =>
        AgencyRules.Hash(u.GiKey, u.FirmName, u.CreditCode, u.ApprovalNumber, AgencyRules.Day(u.ApprovedOn), u.Address, u.Status, AgencyRules.Day(u.RevokedOn), u.RevokeReason);

    private static GiUserDto ToDto(GiUser u) =>
        new(u.Id, u.GiKey, u.GiName, u.FirmName, u.CreditCode, u.ApprovalNumber, u.ApprovedOn, u.Status, u.RevokedOn, u.Address, u.CountyCode, u.ZoneCode, u.UpdatedBy, u.UpdatedAt);

    private static GiSupervisionDto ToDto(GiSupervision s) =>
        new(s.Id, s.GiKey, s.GiName, s.On, s.Unit, s.FirmName, s.CreditCode, s.UserId, s.CountyCode, s.ZoneCode, s.Finding, s.Result, s.FollowUp, s.CaseNumber, s.RecordedBy, s.RecordedAt);

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await _db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            _db.ChangeTracker.Clear();
            throw new IpCityException("GI_CONCURRENT_WRITE", "同一授权使用人正被同时登记或导入, 请刷新后重试。", 409);
        }
    }

    private Task AuditAsync(string eventType, string objectType, long id, string? detail, CancellationToken ct) =>
        _audit.RecordAsync(new AuditEntry(eventType, AuditOutcome.Success, objectType, id.ToString(CultureInfo.InvariantCulture), detail), ct);
}

/// <summary>Audit event types of the Brands area.</summary>
internal static class BrandAuditEvents
{
    public const string GiUserCreated = "GiUserCreated";
    public const string GiUserUpdated = "GiUserUpdated";
    public const string GiUserRevoked = "GiUserRevoked";
    public const string GiUsersImported = "GiUsersImported";
    public const string GiSupervisionRecorded = "GiSupervisionRecorded";
}

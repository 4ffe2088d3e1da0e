using System.Globalization;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Crypto;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Files;
using IpCity.BuildingBlocks.Security;
using IpCity.BuildingBlocks.Storage;
using IpCity.Protection.Contracts;
using IpCity.Services.Contracts;
using IpCity.Services.Data;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Services.Catalogue;

/// <summary>Evidence files of service requests: &lt;data&gt;/services/requests, 10 MB each.</summary>
internal sealed class RequestFiles : EvidenceFiles
{
    public RequestFiles(StorageOptions storage)
        : base(storage, ["services", "requests"], "SERVICE_REQUEST_ATTACHMENT", 10L * 1024 * 1024)
    {
    }
}

/// <summary>
/// Online service requests. The due date is counted from the <b>submission date</b> (the day the responsible unit
/// receives the online request; the day itself not counted) with the item version's time limit, through the
/// Protection working-day calendar (<see cref="IDeadlineCalculator"/>): a unit that has not yet accepted a request
/// is already on the clock. Timing (OnTime / DueSoon / Overdue) is computed on every read from the clock.
/// </summary>
internal sealed class ServiceRequests : IServiceRequests
{
    private const string NotFoundCode = "SERVICE_REQUEST_NOT_FOUND";
    private const int MaxAttachments = 10;

    private static readonly string[] s_exportHeader =
        ["受理编号", "事项编码", "事项名称", "版本", "办理时限", "责任单位代码", "责任单位", "申请企业", "事项主题", "联系人", "联系电话", "状态", "提交日期", "受理日期", "办结日期", "应办结日期", "剩余天数", "时限状态", "按时办结"];

    private readonly ServicesDbContext _db;
    private readonly CatalogueUnits _units;
    private readonly IDeadlineCalculator _deadlines;
    private readonly Sm4Gcm _cipher;
    private readonly RequestFiles _files;
    private readonly IAuditTrail _audit;
    private readonly TimeProvider _clock;
    private readonly CatalogueSettings _settings;
    private readonly ServiceCatalogue _catalogue;

    public ServiceRequests(ServicesDbContext db, CatalogueUnits units, IDeadlineCalculator deadlines, Sm4Gcm cipher, RequestFiles files, IAuditTrail audit, TimeProvider clock, CatalogueSettings settings,
        ServiceCatalogue catalogue)
    {
        _catalogue = catalogue;
        _db = db;
        _units = units;
        _deadlines = deadlines;
        _cipher = cipher;
        _files = files;
        _audit = audit;
        _clock = clock;
        _settings = settings;
    }

    private DateOnly Today => CatalogueRules.Today(_clock);

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    public async Task<ServiceRequestDto> SubmitAsync(Actor actor, SubmitServiceRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (!actor.IsEnterprise || string.IsNullOrWhiteSpace(actor.EnterpriseCode))
        {
            throw new IpCityException("SERVICE_REQUEST_FORBIDDEN", "网上申请须以企业账户 (已绑定统一社会信用代码) 提交。", 403);
        }

        await _catalogue.EnsureStarterAsync(ct);
        var code = request.ItemCode?.Trim() ?? string.Empty;
        var item = await _db.ServiceItems.AsNoTracking().Include(i => i.Versions).FirstOrDefaultAsync(i => i.Code == code, ct);
        var version = item is null ? null : ServiceCatalogue.InForce(item.Versions, Today);
        if (item is null || version is null)
        {
            throw new IpCityException("CATALOGUE_ITEM_NOT_FOUND", $"事项 {code} 不存在或尚未施行。", 404, new Dictionary<string, object?> { ["field"] = "itemCode" });
        }

        if (version.Status != ServiceItemStatuses.Active || !CatalogueRules.Bars(version.Channels).Contains(ServiceChannels.Online))
        {
            throw new IpCityException("SERVICE_ITEM_NOT_ONLINE", $"事项 “{version.Name}” 当前{(version.Status == ServiceItemStatuses.Active ? "不支持网上办理" : ServiceItemStatuses.Name(version.Status))}。", 409,
                new Dictionary<string, object?> { ["itemCode"] = code, ["status"] = version.Status });
        }

        var problems = new FieldProblems();
        var subject = problems.Text(request.Subject, "subject", "申请事由", 200, required: true) ?? string.Empty;
        var description = problems.Text(request.Description, "description", "情况说明", 4000);
        var contact = problems.Text(request.ContactName, "contactName", "联系人", 50, required: true) ?? string.Empty;
        var phone = CatalogueRules.Phone(request.ContactPhone, problems, "contactPhone", required: true) ?? string.Empty;
        problems.ThrowIfAny("SERVICE_REQUEST_INVALID", "申请内容有误:");

        var today = Today;
        var due = await DueAsync(today, version.TimeLimitAmount, version.TimeLimitUnit, ct);
        var r = new ServiceRequest
        {
            PublicId = Guid.NewGuid(),
            ItemId = item.Id,
            ItemCode = item.Code,
            ItemVersion = version.VersionNo,
            ItemName = version.Name,
            TimeLimitAmount = version.TimeLimitAmount,
            TimeLimitUnit = version.TimeLimitUnit,
            UnitCode = version.ResponsibleUnitCode,
            EnterpriseCode = actor.EnterpriseCode.Trim(),
            RequesterAccount = actor.Name,
            Subject = subject,
            Description = description,
            ContactNameCipher = _cipher.Encrypt(contact),
            ContactNameMasked = CatalogueRules.MaskName(contact),
            ContactPhoneCipher = _cipher.Encrypt(phone),
            ContactPhoneMasked = CatalogueRules.MaskPhone(phone),
            State = ServiceRequestStates.Submitted,
            SubmittedAtUtc = Now,
            SubmittedOn = today,
            DueOn = due.Due,
            DueTrail = Cut(string.Join('\n', due.Trail), 4000),
            CalendarMissing = due.CalendarMissing,
        };
        r.Events.Add(Event(r, "Submit", null, ServiceRequestStates.Submitted, actor.Name, null));
        _db.ServiceRequests.Add(r);
        for (var attempt = 0; ; attempt++)
        {
            r.Number = await NextNumberAsync(today, attempt, ct);
            try
            {
                await _db.SaveChangesAsync(ct);
                break;
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                // Two requests took the same number at once: the unique index refused this one; take the next.
            }
        }

        await _audit.RecordAsync(new AuditEntry("ServiceRequestSubmitted", AuditOutcome.Success, "ServiceRequest", r.Number,
            $"item={r.ItemCode} v{r.ItemVersion.ToString(CultureInfo.InvariantCulture)}; unit={r.UnitCode}; due={CatalogueRules.Day(r.DueOn)}"), ct);
        return await ToDtoAsync(r, unmasked: false, ct);
    }

    public async Task<ServiceRequestPage> ListAsync(Actor actor, ServiceRequestQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var rows = await FilterAsync(actor, query, ct);
        var pageSize = Math.Clamp(query.PageSize, 1, 500);
        var page = Math.Max(1, query.Page);
        var items = new List<ServiceRequestDto>();
        foreach (var r in rows.Skip((page - 1) * pageSize).Take(pageSize))
        {
            items.Add(await ToDtoAsync(r, unmasked: false, ct));
        }

        return new ServiceRequestPage(items, rows.Count, page, pageSize);
    }

    public async Task<IReadOnlyList<ServiceRequestDto>> ForEnterpriseAsync(Actor actor, string enterpriseCode, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var code = enterpriseCode?.Trim() ?? string.Empty;
        if (actor.IsEnterprise && !string.Equals(actor.EnterpriseCode?.Trim(), code, StringComparison.Ordinal))
        {
            await _audit.RecordAsync(new AuditEntry(AuditEvents.AccessDenied, AuditOutcome.Denied, "ServiceRequest", null, $"role={actor.Role}: requests of another enterprise"), ct);
            return [];
        }

        var rows = await Visible(actor, await ScopeAsync(actor, ct)).Where(r => r.EnterpriseCode == code).OrderByDescending(r => r.Id).ToListAsync(ct);
        var list = new List<ServiceRequestDto>();
        foreach (var r in rows)
        {
            list.Add(await ToDtoAsync(r, unmasked: false, ct));
        }

        return list;
    }

    public async Task<ServiceRequestDto> GetAsync(Actor actor, Guid id, bool unmask = false, string? reason = null, CancellationToken ct = default)
    {
        var r = await FindAsync(actor, id, tracking: false, ct);
        if (unmask)
        {
            if (!(actor.IsCity || actor.IsDistrict))
            {
                throw new IpCityException("SERVICE_REQUEST_UNMASK_FORBIDDEN", "只有责任单位和市局工作人员可以查看完整联系方式。", 403);
            }

            var why = PersonalDataMask.RequireReason(reason, "SERVICE_REQUEST_UNMASK_REASON");
            await _audit.RecordAsync(new AuditEntry("PersonalDataViewed", AuditOutcome.Success, "ServiceRequest", r.Number, "contact unmasked; reason: " + why), ct);
        }

        return await ToDtoAsync(r, unmask, ct);
    }

    public Task<ServiceRequestDto> AcceptAsync(Actor actor, Guid id, ServiceRequestActionRequest request, CancellationToken ct = default) =>
        ActAsync(actor, id, request, "Accept", [ServiceRequestStates.Submitted], ServiceRequestStates.Accepted, ct);

    public Task<ServiceRequestDto> CompleteAsync(Actor actor, Guid id, ServiceRequestActionRequest request, CancellationToken ct = default) =>
        ActAsync(actor, id, request, "Complete", [ServiceRequestStates.Accepted], ServiceRequestStates.Completed, ct);

    public Task<ServiceRequestDto> RejectAsync(Actor actor, Guid id, ServiceRequestActionRequest request, CancellationToken ct = default) =>
        ActAsync(actor, id, request, "Reject", ServiceRequestStates.Open, ServiceRequestStates.Rejected, ct);

    public Task<ServiceRequestDto> WithdrawAsync(Actor actor, Guid id, ServiceRequestActionRequest request, CancellationToken ct = default) =>
        ActAsync(actor, id, request, "Withdraw", ServiceRequestStates.Open, ServiceRequestStates.Withdrawn, ct);

    public async Task<ServiceRequestAttachmentDto> AttachAsync(Actor actor, Guid id, string fileName, Stream content, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsEnterprise)
        {
            throw new IpCityException("SERVICE_REQUEST_FORBIDDEN", "附件由申请企业上传。", 403);
        }

        var r = await FindAsync(actor, id, tracking: false, ct);
        if (!ServiceRequestStates.Open.Contains(r.State))
        {
            throw new IpCityException("SERVICE_REQUEST_STATE", "申请已办结或撤回, 不能再上传附件。", 409, new Dictionary<string, object?> { ["state"] = r.State });
        }

        if (await _db.ServiceRequestAttachments.CountAsync(a => a.RequestId == r.Id, ct) >= MaxAttachments)
        {
            throw new IpCityException("SERVICE_REQUEST_TOO_MANY_FILES", $"每件申请最多上传 {MaxAttachments.ToString(CultureInfo.InvariantCulture)} 个附件。", 409);
        }

        var (name, _) = _files.CheckName(fileName, null);
        var (key, size, sha) = await _files.SaveAsync(name, content, ct);
        var attachment = new ServiceRequestAttachment { RequestId = r.Id, FileName = name, StoredName = key, Sha256 = sha, Size = size, UploadedAtUtc = Now, UploadedBy = actor.Name };
        _db.ServiceRequestAttachments.Add(attachment);
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry("ServiceRequestAttachmentUploaded", AuditOutcome.Success, "ServiceRequest", r.Number, $"attachment={attachment.Id.ToString(CultureInfo.InvariantCulture)}; bytes={size.ToString(CultureInfo.InvariantCulture)}; sha256={sha}"), ct);
        return new ServiceRequestAttachmentDto(attachment.Id, attachment.FileName, attachment.Size, attachment.Sha256, attachment.UploadedAtUtc);
    }

    public async Task<(string FileName, byte[] Content)> DownloadAsync(Actor actor, Guid id, long attachmentId, CancellationToken ct = default)
    {
        var r = await FindAsync(actor, id, tracking: false, ct);
        var a = r.Attachments.FirstOrDefault(x => x.Id == attachmentId)
            ?? throw new IpCityException("SERVICE_REQUEST_ATTACHMENT_NOT_FOUND", "附件不存在。", 404);
        var bytes = await _files.ReadVerifiedAsync(a.StoredName, a.Sha256, ct);
        await _audit.RecordAsync(new AuditEntry("ServiceRequestAttachmentDownloaded", AuditOutcome.Success, "ServiceRequest", r.Number, $"attachment={a.Id.ToString(CultureInfo.InvariantCulture)}"), ct);
        return (a.FileName, bytes);
    }

    public async Task<byte[]> ExportCsvAsync(Actor actor, ServiceRequestQuery query, CancellationToken ct = default)
    {
        var rows = await ExportRowsAsync(actor, query, ct);
        await _audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "ServiceRequest", "csv", $"rows={rows.Count}; contacts masked"), ct);
        return CatalogueFile.Csv(s_exportHeader, rows);
    }

    public async Task<byte[]> ExportXlsxAsync(Actor actor, ServiceRequestQuery query, CancellationToken ct = default)
    {
        var rows = await ExportRowsAsync(actor, query, ct);
        await _audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "ServiceRequest", "xlsx", $"rows={rows.Count}; contacts masked"), ct);
        return await CatalogueFile.XlsxAsync("网上申请", s_exportHeader, rows, ct);
    }

    /// <summary>OnTime / DueSoon / Overdue for open requests, from the clock's date; Closed otherwise.</summary>
    public static string TimingOf(string state, DateOnly dueOn, DateOnly today, int dueSoonDays) =>
        !ServiceRequestStates.Open.Contains(state) ? ServiceRequestTimings.Closed
        : today > dueOn ? ServiceRequestTimings.Overdue
        : dueOn.DayNumber - today.DayNumber <= dueSoonDays ? ServiceRequestTimings.DueSoon
        : ServiceRequestTimings.OnTime;

    private async Task<ServiceRequestDto> ActAsync(Actor actor, Guid id, ServiceRequestActionRequest request, string action, IReadOnlyList<string> from, string to, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        var byRequester = action == "Withdraw";
        if (byRequester ? !actor.IsEnterprise : !(actor.IsCity || actor.IsDistrict))
        {
            throw new IpCityException("SERVICE_REQUEST_FORBIDDEN", byRequester ? "只有申请企业可以撤回申请。" : "只有责任单位和市局工作人员可以办理申请。", 403);
        }

        var r = await FindAsync(actor, id, tracking: true, ct);
        if (request.Version != r.Version)
        {
            throw Concurrency(r);
        }

        if (!from.Contains(r.State))
        {
            throw new IpCityException("SERVICE_REQUEST_STATE", $"申请当前为“{ServiceRequestStates.Name(r.State)}”, 不能{ServiceRequestStates.ActionName(action)}。", 409,
                new Dictionary<string, object?> { ["state"] = r.State, ["action"] = action });
        }

        var problems = new FieldProblems();
        var note = problems.Text(request.Note, "note", action == "Reject" ? "不予办理的理由" : "说明", 2000, required: action == "Reject");
        problems.ThrowIfAny("SERVICE_REQUEST_INVALID", "办理信息有误:");
        var today = Today;
        var previous = r.State;
        r.State = to;
        switch (to)
        {
            case ServiceRequestStates.Accepted:
                r.AcceptedOn = today;
                break;
            case ServiceRequestStates.Completed or ServiceRequestStates.Rejected:
                r.ClosedOn = today;
                r.FinishedOnTime = today <= r.DueOn;
                r.Reason = to == ServiceRequestStates.Rejected ? note : r.Reason;
                break;
            case ServiceRequestStates.Withdrawn:
                r.ClosedOn = today;
                break;
        }

        r.Version++;
        r.Events.Add(Event(r, action, previous, to, actor.Name, note));
        try
        {
            await _db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Concurrency(r);
        }

        await _audit.RecordAsync(new AuditEntry("ServiceRequest" + action, AuditOutcome.Success, "ServiceRequest", r.Number,
            $"{previous} → {to}; due={CatalogueRules.Day(r.DueOn)}" + (r.FinishedOnTime is { } onTime && to is ServiceRequestStates.Completed or ServiceRequestStates.Rejected ? (onTime ? "; on time" : "; late") : string.Empty)), ct);
        return await ToDtoAsync(r, unmasked: false, ct);
    }

    private async Task<DeadlineResult> DueAsync(DateOnly start, int amount, string unit, CancellationToken ct)
    {
        if (amount == 0)
        {
            return new DeadlineResult(start, ["即时办结: 当日办结"], []);
        }

        var period = new Period(amount, unit == ServiceTimeLimitUnits.Days ? PeriodUnit.Days : PeriodUnit.WorkingDays);
        return await _deadlines.ComputeAsync(new DeadlineRequest(start, period), ct);
    }

    private async Task<string> NextNumberAsync(DateOnly day, int attempt, CancellationToken ct)
    {
        var prefix = "FW" + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var count = await _db.ServiceRequests.CountAsync(r => r.Number.StartsWith(prefix), ct);
        return prefix + (count + 1 + attempt).ToString("D4", CultureInfo.InvariantCulture);
    }

    private async Task<IReadOnlySet<string>> ScopeAsync(Actor actor, CancellationToken ct) =>
        actor.IsDistrict ? await _units.ScopeAsync(actor.UnitCode, ct) : new HashSet<string>();

    /// <summary>City officers: all; district officers: requests routed to their unit (or below); an enterprise: its own; anyone else: none.</summary>
    private IQueryable<ServiceRequest> Visible(Actor actor, IReadOnlySet<string> scope)
    {
        var q = _db.ServiceRequests.AsNoTracking();
        if (actor.IsCity)
        {
            return q;
        }

        if (actor.IsDistrict && scope.Count > 0)
        {
            var units = scope.ToList();
            return q.Where(r => units.Contains(r.UnitCode));
        }

        if (actor.IsEnterprise && !string.IsNullOrWhiteSpace(actor.EnterpriseCode))
        {
            var code = actor.EnterpriseCode.Trim();
            return q.Where(r => r.EnterpriseCode == code);
        }

        return q.Where(r => false);
    }

    /// <summary>The request if the actor may see it; otherwise 404 (never 403) with an AccessDenied audit row.</summary>
    private async Task<ServiceRequest> FindAsync(Actor actor, Guid id, bool tracking, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var query = Visible(actor, await ScopeAsync(actor, ct)).Where(r => r.PublicId == id).Include(r => r.Events).Include(r => r.Attachments).AsSplitQuery();
        var r = await (tracking ? query.AsTracking() : query).FirstOrDefaultAsync(ct);
        if (r is null)
        {
            await _audit.RecordAsync(new AuditEntry(AuditEvents.AccessDenied, AuditOutcome.Denied, "ServiceRequest", id.ToString(),
                $"not visible to {actor.Role} {actor.UnitCode ?? actor.EnterpriseCode ?? string.Empty} or does not exist"), ct);
            throw new IpCityException(NotFoundCode, "申请不存在。", 404);
        }

        return r;
    }

    private async Task<List<ServiceRequest>> FilterAsync(Actor actor, ServiceRequestQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var q = Visible(actor, await ScopeAsync(actor, ct));
        if (!string.IsNullOrWhiteSpace(query.State))
        {
            var state = ServiceRequestStates.All.FirstOrDefault(s => s.Equals(query.State.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new IpCityException("SERVICE_REQUEST_QUERY_INVALID", $"未知的状态 “{query.State}”。", 400, new Dictionary<string, object?> { ["field"] = "state", ["allowed"] = ServiceRequestStates.All });
            q = q.Where(r => r.State == state);
        }

        if (!string.IsNullOrWhiteSpace(query.Unit))
        {
            var unit = (await _units.FindAsync(query.Unit, ct))?.Code
                ?? throw new IpCityException(ErrorCodes.UnknownOrgUnit, $"未知的单位 “{query.Unit.Trim()}”。", 400, new Dictionary<string, object?> { ["field"] = "unit" });
            q = q.Where(r => r.UnitCode == unit);
        }

        if (!string.IsNullOrWhiteSpace(query.ItemCode))
        {
            var item = query.ItemCode.Trim();
            q = q.Where(r => r.ItemCode == item);
        }

        var rows = await q.Include(r => r.Events).Include(r => r.Attachments).AsSplitQuery().OrderByDescending(r => r.Id).ToListAsync(ct);
        if (!string.IsNullOrWhiteSpace(query.Timing))
        {
            var timing = ServiceRequestTimings.All.FirstOrDefault(s => s.Equals(query.Timing.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new IpCityException("SERVICE_REQUEST_QUERY_INVALID", $"未知的时限状态 “{query.Timing}”。", 400, new Dictionary<string, object?> { ["field"] = "timing", ["allowed"] = ServiceRequestTimings.All });
            var today = Today;
            rows = rows.Where(r => TimingOf(r.State, r.DueOn, today, _settings.DueSoonDays) == timing).ToList();
        }

        return rows;
    }

    private async Task<List<IReadOnlyList<string?>>> ExportRowsAsync(Actor actor, ServiceRequestQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var list = new List<IReadOnlyList<string?>>();
        foreach (var r in await FilterAsync(actor, query, ct))
        {
            var d = await ToDtoAsync(r, unmasked: false, ct);
            list.Add([d.Number, d.ItemCode, d.ItemName, d.ItemVersion.ToString(CultureInfo.InvariantCulture), d.TimeLimitText, d.UnitCode, d.UnitName, d.EnterpriseCode, d.Subject,
                d.ContactName, d.ContactPhone, d.StateName, CatalogueRules.Day(d.SubmittedOn), d.AcceptedOn is { } a ? CatalogueRules.Day(a) : null,
                d.ClosedOn is { } c ? CatalogueRules.Day(c) : null, CatalogueRules.Day(d.DueOn), d.DaysLeft?.ToString(CultureInfo.InvariantCulture), d.TimingName,
                d.FinishedOnTime is { } onTime ? (onTime ? "是" : "否") : null]);
        }

        return list;
    }

    private async Task<ServiceRequestDto> ToDtoAsync(ServiceRequest r, bool unmasked, CancellationToken ct)
    {
        var today = Today;
        var timing = TimingOf(r.State, r.DueOn, today, _settings.DueSoonDays);
        int? daysLeft = timing == ServiceRequestTimings.Closed ? null : r.DueOn.DayNumber - today.DayNumber;
        return new ServiceRequestDto(r.PublicId, r.Number, r.ItemCode, r.ItemVersion, r.ItemName, ServiceTimeLimitUnits.Text(r.TimeLimitAmount, r.TimeLimitUnit),
            r.UnitCode, await _units.NameAsync(r.UnitCode, ct), r.EnterpriseCode, r.RequesterAccount, r.Subject, r.Description,
            unmasked ? _cipher.Reveal(r.ContactNameCipher) : r.ContactNameMasked,
            unmasked ? _cipher.Reveal(r.ContactPhoneCipher) : r.ContactPhoneMasked,
            unmasked, r.State, ServiceRequestStates.Name(r.State), r.SubmittedAtUtc, r.SubmittedOn, r.AcceptedOn, r.ClosedOn, r.DueOn, daysLeft,
            timing, ServiceRequestTimings.Name(timing), r.FinishedOnTime, r.CalendarMissing, CatalogueRules.Lines(r.DueTrail), r.Reason, r.Version,
            r.Events.OrderBy(e => e.AtUtc).ThenBy(e => e.Id).Select(e => new ServiceRequestEventDto(e.AtUtc, e.On, e.Action, e.FromState, e.ToState, e.Actor, e.Note)).ToList(),
            r.Attachments.OrderBy(a => a.Id).Select(a => new ServiceRequestAttachmentDto(a.Id, a.FileName, a.Size, a.Sha256, a.UploadedAtUtc)).ToList());
    }

    private ServiceRequestEvent Event(ServiceRequest r, string action, string? from, string to, string actor, string? note) =>
        new() { RequestId = r.Id, AtUtc = Now, On = Today, Action = action, FromState = from, ToState = to, Actor = actor, Note = note };

    private static IpCityException Concurrency(ServiceRequest r) =>
        new("SERVICE_REQUEST_CONCURRENCY", "申请已被他人更新, 请刷新后重试。", 409, new Dictionary<string, object?> { ["version"] = r.Version });

    private static string Cut(string s, int max) => s.Length > max ? s[..max] : s;
}

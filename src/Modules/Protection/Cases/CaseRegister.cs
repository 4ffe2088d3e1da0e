using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.IpData.Contracts;
using IpCity.Organisations.Contracts;
using IpCity.Protection.Contracts;
using IpCity.Protection.Data;
using IpCity.Protection.Domain;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Protection.Cases;

/// <summary>
/// The cases of the protection register. Every read goes through <see cref="Visible"/>: district officers see
/// their unit's cases, confidential cases need the Confidential label, enterprises see the cases they are a
/// party to; anything else is 404 (never 403) with an AccessDenied audit row (SECURITY.md specs 7-8).
/// </summary>
internal sealed class CaseRegister : ICaseRegister
{
    private const string Portal = "Portal";
    private const string Staff = "Staff";
    private readonly ProtectionDbContext _db;
    private readonly CaseDeadlines _deadlines;
    private readonly PartyProtector _parties;
    private readonly CaseEvidenceStore _evidence;
    private readonly IOrgUnitDirectory _units;
    private readonly IPatentSearch _patents;
    private readonly ITrademarkQueries _trademarks;
    private readonly IAuditTrail _audit;
    private readonly TimeProvider _clock;
    private readonly IResolutionBodies _bodies;

    public CaseRegister(ProtectionDbContext db, CaseDeadlines deadlines, PartyProtector parties, CaseEvidenceStore evidence, IOrgUnitDirectory units,
        IPatentSearch patents, ITrademarkQueries trademarks, IAuditTrail audit, TimeProvider clock, IResolutionBodies bodies)
    {
        _bodies = bodies;
        _db = db;
        _deadlines = deadlines;
        _parties = parties;
        _evidence = evidence;
        _units = units;
        _patents = patents;
        _trademarks = trademarks;
        _audit = audit;
        _clock = clock;
    }

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    public async Task<ComplaintReceipt> FileComplaintAsync(ComplaintRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var procedure = ProcedureOf(request.Type);
        if (request.Anonymous && !procedure.AnonymousAllowed)
        {
            throw new IpCityException("COMPLAINT_NAME_REQUIRED", $"{procedure.Name}须由请求人实名提出; 仅假冒专利、商标侵权等违法行为可匿名举报。", 400, new Dictionary<string, object?> { ["field"] = "anonymous" });
        }

        if (!request.Anonymous && string.IsNullOrWhiteSpace(request.ComplainantName))
        {
            throw Field("COMPLAINT_INVALID", "complainantName", "请填写投诉/请求人姓名或名称。");
        }

        Text(request.Title, "title", 200, required: true);
        Text(request.Description, "description", 4000, required: true);
        Text(request.RespondentName, "respondentName", 200, required: true);
        var unit = await UnitAsync(request.UnitCode, null, ct);
        var parties = new List<PartyInput> { new(PartyRoles.Respondent, Kind(request.RespondentIdNumber, "Enterprise"), request.RespondentName, request.RespondentIdNumber, null, null) };
        if (!request.Anonymous)
        {
            parties.Insert(0, new PartyInput(PartyRoles.Requester, Kind(request.ComplainantIdNumber, "Person"), request.ComplainantName!, request.ComplainantIdNumber, request.ComplainantContact, null));
        }

        var code = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10));
        var today = _deadlines.Today;
        var c = await NewCaseAsync(procedure, request.Title, request.Description, today, unit, confidential: false, Portal, "portal", parties, request.Links, null, ct);
        c.Anonymous = request.Anonymous;
        c.TrackingHash = TrackingHash(code);
        await SaveNewAsync(c, ct);
        await _audit.RecordAsync(new AuditEntry("CaseReceived", AuditOutcome.Success, "Case", c.Number, $"portal; type={c.Type}; unit={c.UnitCode}; anonymous={c.Anonymous}"), ct);
        return new ComplaintReceipt(code, c.Number, c.ReceivedOn, CaseProcedures.StateName(c.State));
    }

    public async Task<ComplaintStatusDto> ComplaintStatusAsync(string trackingCode, CancellationToken ct = default)
    {
        var hash = TrackingHash(trackingCode ?? string.Empty);
        var c = await _db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.TrackingHash == hash, ct)
            ?? throw new IpCityException("COMPLAINT_NOT_FOUND", "查询码无效。", 404);
        return new ComplaintStatusDto(c.Number, ProcedureOf(c.Type).Name, c.State, CaseProcedures.StateName(c.State), c.ReceivedOn, c.ClosedOn);
    }

    public async Task<AttachmentDto> AttachToComplaintAsync(string trackingCode, string fileName, Stream content, CancellationToken ct = default)
    {
        var hash = TrackingHash(trackingCode ?? string.Empty);
        var c = await _db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.TrackingHash == hash, ct)
            ?? throw new IpCityException("COMPLAINT_NOT_FOUND", "查询码无效。", 404);
        if (c.State != CaseStates.Intake)
        {
            throw new IpCityException("COMPLAINT_CLOSED_FOR_UPLOADS", "案件已进入办理程序, 请与承办人联系补充材料。", 409);
        }

        if (await _db.CaseAttachments.CountAsync(a => a.CaseId == c.Id, ct) >= MaxPortalAttachments)
        {
            throw new IpCityException("COMPLAINT_TOO_MANY_FILES", $"每件投诉最多上传 {MaxPortalAttachments} 个附件。", 409);
        }

        var (name, _) = _evidence.CheckName(fileName, null);
        var (key, size, sha) = await _evidence.SaveAsync(name, content, ct);
        var attachment = new CaseAttachment { CaseId = c.Id, FileName = name, StoredName = key, Sha256 = sha, Size = size, Kind = "Evidence", UploadedAtUtc = Now, UploadedBy = "portal" };
        _db.CaseAttachments.Add(attachment);
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry("CaseAttachmentUploaded", AuditOutcome.Success, "Case", c.Number, $"portal; attachment={attachment.Id}; bytes={size}; sha256={sha}"), ct);
        return ToDto(attachment);
    }

    /// <summary>Files a complainant may add to a complaint still in intake.</summary>
    public const int MaxPortalAttachments = 10;

    public async Task<CaseDetailDto> OpenAsync(ProtectionActor actor, OpenCaseRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (!(actor.IsCity || actor.IsDistrict))
        {
            throw new IpCityException("CASE_FORBIDDEN", "只有市局和区县执法人员可以立案登记。", 403);
        }

        var procedure = ProcedureOf(request.Type);
        Text(request.Title, "title", 200, required: true);
        Text(request.Summary, "summary", 4000, required: false);
        if (request.Parties is not { Count: > 0 } || !request.Parties.Any(p => p.Role == PartyRoles.Respondent))
        {
            throw Field("CASE_INVALID", "parties", "至少登记一名被请求人/当事人。");
        }

        if (request.Confidential && !actor.Holds(Labels.Confidential))
        {
            throw Field("CASE_LABEL_REQUIRED", "confidential", "登记涉密案件须持有涉密标识。");
        }

        var unit = await UnitAsync(request.UnitCode, actor, ct);
        var c = await NewCaseAsync(procedure, request.Title, request.Summary, request.ReceivedOn, unit, request.Confidential, Staff, actor.Name, request.Parties, request.Links, request.AmountInvolved, ct);
        await SaveNewAsync(c, ct);
        await _audit.RecordAsync(new AuditEntry("CaseOpened", AuditOutcome.Success, "Case", c.Number, $"type={c.Type}; unit={c.UnitCode}; confidential={c.Confidential}"), ct);
        return await DetailAsync(c, unmask: false, ct);
    }

    public async Task<CasePage> ListAsync(ProtectionActor actor, CaseQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var size = Math.Clamp(query.PageSize, 1, 200);
        var page = Math.Max(1, query.Page);
        var filtered = Filter(Visible(actor), query);
        if (query.Overdue == true)
        {
            // Overdue is computed from the calendar: evaluate the open cases and page in memory.
            var open = await Load(filtered.Where(c => c.State != CaseStates.Closed && c.State != CaseStates.NotFiled)).OrderBy(c => c.Id).ToListAsync(ct);
            var overdue = new List<CaseSummaryDto>();
            foreach (var c in open)
            {
                var s = await SummaryAsync(c, ct);
                if (s.NextDeadline is { State: "Overdue" })
                {
                    overdue.Add(s);
                }
            }

            return new CasePage(overdue.Skip((page - 1) * size).Take(size).ToList(), page, size, overdue.Count);
        }

        var total = await filtered.CountAsync(ct);
        var rows = await Load(filtered).OrderByDescending(c => c.ReceivedOn).ThenByDescending(c => c.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var items = new List<CaseSummaryDto>();
        foreach (var c in rows)
        {
            items.Add(await SummaryAsync(c, ct));
        }

        return new CasePage(items, page, size, total);
    }

    public async IAsyncEnumerable<CaseSummaryDto> ExportAsync(ProtectionActor actor, CaseQuery query, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        long after = 0;
        while (true)
        {
            var rows = await Load(Filter(Visible(actor), query)).Where(c => c.Id > after).OrderBy(c => c.Id).Take(500).ToListAsync(ct);
            if (rows.Count == 0)
            {
                yield break;
            }

            after = rows[^1].Id;
            foreach (var c in rows)
            {
                var s = await SummaryAsync(c, ct);
                if (query.Overdue != true || s.NextDeadline is { State: "Overdue" })
                {
                    yield return s;
                }
            }
        }
    }

    public async Task<CaseDetailDto> GetAsync(ProtectionActor actor, Guid id, bool unmask = false, string? reason = null, CancellationToken ct = default)
    {
        var c = await FindAsync(actor, id, tracking: false, ct);
        if (unmask)
        {
            if (!(actor.IsCity || await _db.CaseHandlers.AnyAsync(h => h.CaseId == c.Id && h.UserName == actor.Name, ct)))
            {
                throw new IpCityException("CASE_UNMASK_FORBIDDEN", "只有承办人和市局可以查看当事人完整信息。", 403);
            }

            var why = PersonalDataMask.RequireReason(reason, "CASE_UNMASK_REASON");
            await _audit.RecordAsync(new AuditEntry("PersonalDataViewed", AuditOutcome.Success, "Case", c.Number, "parties unmasked; reason: " + why), ct);
        }

        return await DetailAsync(c, unmask, ct);
    }

    public async Task<CaseDetailDto> ActAsync(ProtectionActor actor, Guid id, CaseActionRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireHandlerRole(actor);
        var c = await FindAsync(actor, id, tracking: true, ct);
        var procedure = ProcedureOf(c.Type);
        if (request.Version != c.Version)
        {
            throw new IpCityException("CASE_CONCURRENCY", "案件已被他人更新, 请刷新后重试。", 409, new Dictionary<string, object?> { ["version"] = c.Version });
        }

        var on = request.On ?? _deadlines.Today;
        if (on > _deadlines.Today || on < c.ReceivedOn)
        {
            throw Field("CASE_DATE_INVALID", "on", $"日期须在收案日 {c.ReceivedOn:yyyy-MM-dd} 与今天之间。");
        }

        Text(request.Note, "note", 2000, required: false);
        var from = c.State;
        string? to;
        if (request.Action == CaseActions.Resume)
        {
            to = c.State == CaseStates.Suspended ? c.SuspendedFrom : null;
        }
        else
        {
            to = CaseProcedures.Next(procedure, c.State, request.Action);
        }

        if (to is null)
        {
            throw new IpCityException("CASE_ACTION_NOT_ALLOWED", $"“{CaseProcedures.StateName(c.State)}”状态下不能执行 {request.Action}。", 409,
                new Dictionary<string, object?> { ["state"] = c.State, ["action"] = request.Action, ["allowed"] = CaseProcedures.Allowed(procedure, c.State) });
        }

        switch (request.Action)
        {
            case CaseActions.File:
                var handlers = c.Handlers.Count;
                if (handlers < procedure.HandlersRequired || (procedure.OddHandlers && handlers % 2 == 0))
                {
                    throw new IpCityException("CASE_HANDLERS_REQUIRED", $"{procedure.Name}立案须指派{(procedure.OddHandlers ? "单数且不少于" : "不少于")} {procedure.HandlersRequired} 名承办人 (现有 {handlers} 名)。", 409,
                        new Dictionary<string, object?> { ["required"] = procedure.HandlersRequired, ["assigned"] = handlers });
                }

                c.FiledOn = on;
                break;
            case CaseActions.Notify:
                c.NotifiedOn = on;
                break;
            case CaseActions.Decide or CaseActions.Mediate:
                c.DecidedOn = on;
                c.Fine = request.Fine ?? c.Fine;
                c.AmountInvolved = request.AmountInvolved ?? c.AmountInvolved;
                break;
            case CaseActions.Suspend:
                Text(request.Reason, "reason", 100, required: true);
                c.SuspendedFrom = c.State;
                c.Suspensions.Add(new CaseSuspension { Reason = request.Reason!.Trim(), From = on });
                break;
            case CaseActions.Resume:
                // The clock stops for the days of the suspension: from its first day to the day before resumption.
                var open = c.Suspensions.Single(s => s.To is null);
                open.To = on > open.From ? on.AddDays(-1) : open.From;
                c.SuspendedFrom = null;
                break;
            case CaseActions.Extend:
                if (!actor.IsCity && !actor.IsDistrict)
                {
                    throw new IpCityException("CASE_FORBIDDEN", "延长期限须经负责人批准。", 403);
                }

                var rule = procedure.ExtensionRule!;
                var (amount, unit) = (request.ExtensionAmount, request.ExtensionUnit);
                if (amount is null || unit is null)
                {
                    throw Field("CASE_EXTENSION_INVALID", "extensionAmount", $"请填写延长的期限 (默认规则 {rule})。");
                }

                if (amount is < 1 or > 366)
                {
                    throw Field("CASE_EXTENSION_INVALID", "extensionAmount", "延长期限须在 1–366 之间。");
                }

                c.Extensions.Add(new CaseExtension { Amount = amount.Value, Unit = unit.Value.ToString(), ApprovedOn = on, ApprovedBy = actor.Name, Reason = request.Reason });
                break;
            case CaseActions.Refer:
                if (request.Channel is not ("Mediation" or "Arbitration" or "Court" or "Police" or "OtherAuthority"))
                {
                    throw Field("CASE_REFERRAL_INVALID", "channel", "移送渠道应为 Mediation、Arbitration、Court、Police 或 OtherAuthority。");
                }

                var body = request.BodyId is { } bodyId
                    ? await _bodies.GetAsync(bodyId, ct) ?? throw Field("CASE_REFERRAL_INVALID", "bodyId", $"解纷机构 {bodyId} 不存在 (见 /api/protection/bodies)。")
                    : null;
                _db.CaseReferrals.Add(new CaseReferral { CaseId = c.Id, Channel = request.Channel, BodyId = body?.Id, BodyName = body?.Name ?? request.Reason, ReferredOn = on });
                break;
        }

        if (to == CaseStates.Closed)
        {
            c.ClosedOn = on;
            c.ClosureMode = request.Action switch
            {
                CaseActions.Withdraw => ClosureModes.Withdrawn,
                CaseActions.Cancel => ClosureModes.Cancelled,
                CaseActions.Refer => ClosureModes.Referred,
                _ => c.Events.Any(e => e.Action == CaseActions.Mediate) ? ClosureModes.Mediated : ClosureModes.Decision,
            };
            if (c.State == CaseStates.Suspended)
            {
                c.Suspensions.Single(s => s.To is null).To = on;
                c.SuspendedFrom = null;
            }

            var due = await _deadlines.DecisionDueAsync(c, procedure, on, ct);
            c.DueOnAtClose = due?.Due;
            c.ClosedLate = due is null ? null : on > due.Due;
        }

        c.State = to;
        c.Version++;
        c.Events.Add(new CaseEvent { AtUtc = Now, On = on, Action = request.Action, FromState = from, ToState = to, Actor = actor.Name, Note = request.Note, DocumentNumber = request.DocumentNumber });
        try
        {
            await _db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new IpCityException("CASE_CONCURRENCY", "案件已被他人更新, 请刷新后重试。", 409);
        }

        await _audit.RecordAsync(new AuditEntry("CaseAction", AuditOutcome.Success, "Case", c.Number,
            $"{request.Action}: {from} → {to}; on={on:yyyy-MM-dd}" + (c.ClosedLate == true && to == CaseStates.Closed ? "; closed late" : string.Empty)), ct);
        return await DetailAsync(c, unmask: false, ct);
    }

    public async Task<CaseDetailDto> AssignAsync(ProtectionActor actor, Guid id, AssignHandlersRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireHandlerRole(actor);
        var c = await FindAsync(actor, id, tracking: true, ct);
        if (request.Version != c.Version)
        {
            throw new IpCityException("CASE_CONCURRENCY", "案件已被他人更新, 请刷新后重试。", 409, new Dictionary<string, object?> { ["version"] = c.Version });
        }

        var names = (request.Handlers ?? []).Select(h => h.Trim()).Where(h => h.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (names.Count == 0 || names.Any(n => n.Length > 100))
        {
            throw Field("CASE_HANDLERS_INVALID", "handlers", "请指定承办人 (账户名)。");
        }

        var before = string.Join(",", c.Handlers.Select(h => h.UserName).Order(StringComparer.Ordinal));
        _db.CaseHandlers.RemoveRange(c.Handlers.Where(h => !names.Contains(h.UserName)));
        foreach (var name in names.Where(n => c.Handlers.All(h => h.UserName != n)))
        {
            c.Handlers.Add(new CaseHandler { UserName = name, AssignedAtUtc = Now });
        }

        c.Version++;
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry("CaseHandlersAssigned", AuditOutcome.Success, "Case", c.Number, $"{before} → {string.Join(",", names.Order(StringComparer.Ordinal))}"), ct);
        return await DetailAsync(c, unmask: false, ct);
    }

    public async Task<ReferralDto> RecordReferralOutcomeAsync(ProtectionActor actor, Guid id, long referralId, ReferralOutcomeRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireHandlerRole(actor);
        var c = await FindAsync(actor, id, tracking: false, ct);
        var referral = await _db.CaseReferrals.FirstOrDefaultAsync(r => r.Id == referralId && r.CaseId == c.Id, ct)
            ?? throw new IpCityException("CASE_REFERRAL_NOT_FOUND", "移送记录不存在。", 404);
        Text(request.Outcome, "outcome", 1000, required: true);
        referral.Outcome = request.Outcome.Trim();
        referral.OutcomeOn = request.On;
        referral.JudicialConfirmation = request.JudicialConfirmation;
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry("CaseReferralOutcome", AuditOutcome.Success, "Case", c.Number, $"referral={referralId}; judicialConfirmation={request.JudicialConfirmation}"), ct);
        return ToDto(referral);
    }

    public async Task<AttachmentDto> AttachAsync(ProtectionActor actor, Guid id, string fileName, string? kind, Stream content, CancellationToken ct = default)
    {
        RequireHandlerRole(actor);
        var c = await FindAsync(actor, id, tracking: false, ct);
        var (name, _) = _evidence.CheckName(fileName, null);
        var (key, size, sha) = await _evidence.SaveAsync(name, content, ct);
        var attachment = new CaseAttachment { CaseId = c.Id, FileName = name, StoredName = key, Sha256 = sha, Size = size, Kind = kind == "Document" ? "Document" : "Evidence", UploadedAtUtc = Now, UploadedBy = actor.Name };
        _db.CaseAttachments.Add(attachment);
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry("CaseAttachmentUploaded", AuditOutcome.Success, "Case", c.Number, $"attachment={attachment.Id}; name={name}; bytes={size}; sha256={sha}"), ct);
        return ToDto(attachment);
    }

    public async Task<(AttachmentDto Attachment, Stream Content)> OpenAttachmentAsync(ProtectionActor actor, Guid id, long attachmentId, CancellationToken ct = default)
    {
        var c = await FindAsync(actor, id, tracking: false, ct);
        var attachment = await _db.CaseAttachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId && a.CaseId == c.Id, ct);
        if (attachment is null)
        {
            await DeniedAsync(actor, $"{id}/attachments/{attachmentId}", ct);
            throw NotFound();
        }

        var bytes = await _evidence.ReadVerifiedAsync(attachment.StoredName, attachment.Sha256, ct);
        await _audit.RecordAsync(new AuditEntry("CaseAttachmentDownloaded", AuditOutcome.Success, "Case", c.Number, $"attachment={attachmentId}"), ct);
        return (ToDto(attachment), new MemoryStream(bytes, writable: false));
    }

    /// <summary>The cases the actor may see (SECURITY.md specs 7-8).</summary>
    internal IQueryable<ProtectionCase> Visible(ProtectionActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var cases = _db.Cases.AsQueryable();
        if (!actor.Holds(Labels.Confidential))
        {
            cases = cases.Where(c => !c.Confidential);
        }

        if (actor.IsCity)
        {
            return cases;
        }

        if (actor.IsDistrict && actor.UnitCode is { Length: > 0 } unit)
        {
            return cases.Where(c => c.UnitCode == unit);
        }

        if (actor.IsEnterprise && _parties.IndexOrNull(actor.EnterpriseCode) is { } hash)
        {
            return cases.Where(c => c.Parties.Any(p => p.IdHash == hash));
        }

        return cases.Where(_ => false);
    }

    private static IQueryable<ProtectionCase> Filter(IQueryable<ProtectionCase> cases, CaseQuery q)
    {
        if (!string.IsNullOrWhiteSpace(q.Type))
        {
            cases = cases.Where(c => c.Type == q.Type);
        }

        if (!string.IsNullOrWhiteSpace(q.State))
        {
            cases = cases.Where(c => c.State == q.State);
        }

        if (!string.IsNullOrWhiteSpace(q.UnitCode))
        {
            cases = cases.Where(c => c.UnitCode == q.UnitCode);
        }

        if (q.Year is { } y)
        {
            var from = new DateOnly(y, 1, 1);
            var to = new DateOnly(y, 12, 31);
            cases = cases.Where(c => c.ReceivedOn >= from && c.ReceivedOn <= to);
        }

        if (!string.IsNullOrWhiteSpace(q.Text))
        {
            var t = q.Text.Trim();
            cases = cases.Where(c => c.Title.Contains(t) || c.Number.Contains(t));
        }

        return cases;
    }

    private static IQueryable<ProtectionCase> Load(IQueryable<ProtectionCase> cases) =>
        cases.AsNoTracking().Include(c => c.Suspensions).Include(c => c.Extensions).AsSplitQuery();

    private async Task<ProtectionCase> FindAsync(ProtectionActor actor, Guid id, bool tracking, CancellationToken ct)
    {
        var query = Visible(actor).Where(c => c.PublicId == id)
            .Include(c => c.Parties).Include(c => c.Handlers).Include(c => c.Events).Include(c => c.Suspensions).Include(c => c.Extensions).Include(c => c.Links).AsSplitQuery();
        var c = await (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync(ct);
        if (c is null)
        {
            await DeniedAsync(actor, id.ToString(), ct);
            throw NotFound();
        }

        return c;
    }

    private async Task DeniedAsync(ProtectionActor actor, string what, CancellationToken ct) =>
        await _audit.RecordAsync(new AuditEntry(AuditEvents.AccessDenied, AuditOutcome.Denied, "Case", what, $"not visible to {actor.Role} {actor.UnitCode ?? actor.EnterpriseCode ?? string.Empty} or does not exist"), ct);

    private static IpCityException NotFound() => new("CASE_NOT_FOUND", "案件不存在。", 404);

    private static void RequireHandlerRole(ProtectionActor actor)
    {
        if (!(actor.IsCity || actor.IsDistrict))
        {
            throw new IpCityException("CASE_FORBIDDEN", "只有市局和区县执法人员可以办理案件。", 403);
        }
    }

    private async Task<ProtectionCase> NewCaseAsync(Procedure procedure, string title, string? description, DateOnly receivedOn, string unit, bool confidential, string source, string createdBy,
        IReadOnlyList<PartyInput> parties, IReadOnlyList<CaseLinkInput>? links, decimal? amount, CancellationToken ct)
    {
        if (receivedOn > _deadlines.Today || receivedOn.Year < 2000)
        {
            throw Field("CASE_DATE_INVALID", "receivedOn", "收案日期不能晚于今天。");
        }

        var c = new ProtectionCase
        {
            PublicId = Guid.NewGuid(),
            Number = string.Empty,
            Type = procedure.Type,
            State = CaseStates.Intake,
            UnitCode = unit,
            Confidential = confidential,
            Title = title.Trim(),
            Description = description?.Trim(),
            Source = source,
            ReceivedOn = receivedOn,
            AmountInvolved = amount,
            CreatedAtUtc = Now,
            CreatedBy = createdBy,
        };
        foreach (var (p, i) in parties.Select((p, i) => (p, i)))
        {
            if (p.Role is not (PartyRoles.Requester or PartyRoles.Respondent or PartyRoles.ThirdParty) || p.Kind is not ("Enterprise" or "Person"))
            {
                throw Field("CASE_PARTY_INVALID", $"parties[{i}]", "当事人角色应为 Requester/Respondent/ThirdParty, 类型为 Enterprise/Person。");
            }

            Text(p.Name, $"parties[{i}].name", 200, required: true);
            Text(p.IdNumber, $"parties[{i}].idNumber", 32, required: false);
            Text(p.Contact, $"parties[{i}].contact", 100, required: false);
            c.Parties.Add(new CaseParty
            {
                Role = p.Role,
                Kind = p.Kind,
                NameCipher = _parties.Encrypt(p.Name.Trim()),
                NameMasked = PartyProtector.MaskName(p.Kind, p.Name),
                IdCipher = _parties.EncryptOrNull(p.IdNumber),
                IdHash = _parties.IndexOrNull(p.IdNumber),
                ContactCipher = _parties.EncryptOrNull(p.Contact),
                AddressCipher = _parties.EncryptOrNull(p.Address),
            });
        }

        foreach (var l in links ?? [])
        {
            c.Links.Add(await LinkAsync(l, ct));
        }

        c.Events.Add(new CaseEvent { AtUtc = Now, On = receivedOn, Action = "Receive", FromState = null, ToState = CaseStates.Intake, Actor = createdBy, Note = source == Portal ? "公众服务平台投诉举报" : "登记" });
        return c;
    }

    /// <summary>Numbers "〔year〕seq" per year; a concurrent insert of the same number retries with the next one.</summary>
    private async Task SaveNewAsync(ProtectionCase c, CancellationToken ct)
    {
        var year = c.ReceivedOn.Year;
        var prefix = string.Create(CultureInfo.InvariantCulture, $"知保〔{year}〕");
        for (var attempt = 0; ; attempt++)
        {
            var count = await _db.Cases.CountAsync(x => x.Number.StartsWith(prefix), ct);
            c.Number = string.Create(CultureInfo.InvariantCulture, $"{prefix}{count + 1 + attempt:D4}号");
            _db.Cases.Add(c);
            try
            {
                await _db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                _db.Entry(c).State = EntityState.Detached;
            }
        }
    }

    private async Task<CaseLink> LinkAsync(CaseLinkInput link, CancellationToken ct)
    {
        var number = (link.Number ?? string.Empty).Trim();
        Text(number, "links.number", 64, required: true);
        if (link.Kind == "Patent")
        {
            var hits = await _patents.SearchAsync(new SearchRequest(number, 1, 5, null, false), ct);
            var hit = hits.Hits.FirstOrDefault(h => string.Equals(h.ApplicationNumber, number, StringComparison.OrdinalIgnoreCase));
            return new CaseLink { Kind = "Patent", Number = number, RecordId = hit?.Id, Title = hit?.Title };
        }

        if (link.Kind == "Trademark")
        {
            var hits = await _trademarks.SearchAsync(new TrademarkSearchRequest(number, null, 1, 5), ct);
            var hit = hits.Hits.FirstOrDefault(h => string.Equals(h.RegistrationNumber, number, StringComparison.OrdinalIgnoreCase));
            return new CaseLink { Kind = "Trademark", Number = number, RecordId = hit?.Id, Title = hit?.MarkText };
        }

        throw Field("CASE_LINK_INVALID", "links.kind", "关联对象类型应为 Patent 或 Trademark。");
    }

    private async Task<string> UnitAsync(string? requested, ProtectionActor? actor, CancellationToken ct)
    {
        var profile = await _units.GetProfileAsync(ct) ?? throw new IpCityException("PROFILE_NOT_LOADED", "请先加载城市配置。", 409);
        var code = actor is { IsDistrict: true } ? actor.UnitCode! : string.IsNullOrWhiteSpace(requested) ? profile.CityCode : requested.Trim();
        if (actor is { IsDistrict: true } && !string.IsNullOrWhiteSpace(requested) && requested.Trim() != code)
        {
            throw Field("CASE_UNIT_INVALID", "unitCode", "区县执法人员只能登记本单位案件。");
        }

        if (await _units.GetUnitAsync(code, ct) is null)
        {
            throw Field("CASE_UNIT_INVALID", "unitCode", $"未知单位: {code}");
        }

        return code;
    }

    private async Task<CaseSummaryDto> SummaryAsync(ProtectionCase c, CancellationToken ct) =>
        Summary(c, await _deadlines.ForAsync(c, ProcedureOf(c.Type), ct));

    private static CaseSummaryDto Summary(ProtectionCase c, IReadOnlyList<CaseDeadlineDto> deadlines)
    {
        var p = ProcedureOf(c.Type);
        var next = deadlines.Where(d => d.State != "Paused").OrderBy(d => d.Due).FirstOrDefault() ?? deadlines.FirstOrDefault();
        return new CaseSummaryDto(c.PublicId, c.Number, c.Type, p.Name, c.State, CaseProcedures.StateName(c.State), c.UnitCode, c.Confidential, c.Title, c.ReceivedOn, c.FiledOn, c.ClosedOn,
            c.ClosureMode, c.ClosedLate, next);
    }

    private async Task<CaseDetailDto> DetailAsync(ProtectionCase c, bool unmask, CancellationToken ct)
    {
        var p = ProcedureOf(c.Type);
        var deadlines = await _deadlines.ForAsync(c, p, ct);
        var summary = Summary(c, deadlines);
        var attachments = await _db.CaseAttachments.AsNoTracking().Where(a => a.CaseId == c.Id).OrderBy(a => a.Id).ToListAsync(ct);
        var referrals = await _db.CaseReferrals.AsNoTracking().Where(r => r.CaseId == c.Id).OrderBy(r => r.Id).ToListAsync(ct);
        var parties = c.Parties.OrderBy(x => x.Id).Select(x => unmask
            ? new PartyDto(x.Id, x.Role, x.Kind, _parties.Decrypt(x.NameCipher), _parties.DecryptOrNull(x.IdCipher), _parties.DecryptOrNull(x.ContactCipher), false)
            : new PartyDto(x.Id, x.Role, x.Kind, x.NameMasked, _parties.DecryptOrNull(x.IdCipher) is { } id ? PartyProtector.MaskId(x.Kind, id) : null,
                _parties.DecryptOrNull(x.ContactCipher) is { } contact ? PartyProtector.MaskContact(contact) : null, true)).ToList();
        return new CaseDetailDto(
            summary,
            c.Version,
            c.Description,
            c.Source,
            parties,
            c.Handlers.Select(h => h.UserName).Order(StringComparer.Ordinal).ToList(),
            p.HandlersRequired,
            c.Links.Select(l => new CaseLinkDto(l.Kind, l.Number, l.RecordId, l.Title)).ToList(),
            c.Events.OrderBy(e => e.AtUtc).ThenBy(e => e.Id).Select(e => new CaseEventDto(e.AtUtc, e.On, e.Action, e.FromState, e.ToState, e.Actor, e.Note, e.DocumentNumber)).ToList(),
            deadlines,
            attachments.Select(ToDto).ToList(),
            referrals.Select(ToDto).ToList(),
            CaseProcedures.Allowed(p, c.State),
            c.AmountInvolved,
            c.Fine);
    }

    private static AttachmentDto ToDto(CaseAttachment a) => new(a.Id, a.FileName, a.Sha256, a.Size, a.Kind, a.UploadedAtUtc, a.UploadedBy);

    private static ReferralDto ToDto(CaseReferral r) => new(r.Id, r.Channel, r.BodyId, r.BodyName, r.ReferredOn, r.Outcome, r.OutcomeOn, r.JudicialConfirmation);

    private static Procedure ProcedureOf(string type) => CaseProcedures.Find(type ?? string.Empty)
        ?? throw new IpCityException("CASE_TYPE_UNKNOWN", $"未知案件类型: {type}", 400, new Dictionary<string, object?> { ["field"] = "type", ["allowed"] = CaseTypes.All });

    /// <summary>A resident ID is 17 digits and a check character; a 统一社会信用代码 carries letters. Without an identifier, the fallback.</summary>
    private static string Kind(string? id, string fallback)
    {
        var n = id is null ? string.Empty : BuildingBlocks.Crypto.IdentifierProtector.Normalise(id);
        return n.Length == 18 && n[..17].All(char.IsAsciiDigit) ? "Person" : n.Length > 0 ? "Enterprise" : fallback;
    }

    private static string TrackingHash(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code.Trim().ToLowerInvariant())));

    private static void Text(string? value, string field, int max, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(value))
        {
            throw Field("CASE_INVALID", field, $"{field} 不能为空。");
        }

        if (value is not null && value.Length > max)
        {
            throw Field("CASE_INVALID", field, $"{field} 最长 {max} 字。");
        }
    }

    private static IpCityException Field(string code, string field, string message) =>
        new(code, message, 400, new Dictionary<string, object?> { ["field"] = field });
}

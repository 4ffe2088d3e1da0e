using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Export;
using IpCity.BuildingBlocks.Identifiers;
using IpCity.BuildingBlocks.Security;
using IpCity.Protection.Contracts;
using IpCity.Protection.Data;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Protection.Credit;

/// <summary>
/// Credit supervision (issue 5 §5, DOMAIN.md §8): proposal, four-eyes listing decision, notice, measures, period
/// extension, repair and objection with review, the published list behind a personal-information impact
/// assessment, and expiry evaluated on every read (plus a sweep that stores it).
/// </summary>
internal sealed partial class CreditSupervision : ICreditSupervision
{
    private const string RecordNotFound = "CREDIT_RECORD_NOT_FOUND";

    private readonly ProtectionDbContext _db;
    private readonly IAuditTrail _audit;
    private readonly TimeProvider _clock;
    private readonly CreditSubjectProtector _protector;

    public CreditSupervision(ProtectionDbContext db, IAuditTrail audit, TimeProvider clock, CreditSubjectProtector protector)
    {
        _db = db;
        _audit = audit;
        _clock = clock;
        _protector = protector;
    }

    private DateOnly Today => CreditRules.Today(_clock);

    public async Task<CreditRecordDto> ProposeAsync(ProtectionActor actor, ProposeCreditRecordRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        RequireManager(actor);
        if (!CreditKinds.All.Contains(request.Kind))
        {
            throw Invalid("CREDIT_KIND_UNKNOWN", "未知的信用记录类型。", new Dictionary<string, object?> { ["kind"] = request.Kind, ["allowed"] = CreditKinds.All });
        }

        if (!CreditBehaviours.ByKind[request.Kind].Contains(request.Behaviour))
        {
            throw Invalid("CREDIT_BEHAVIOUR_UNKNOWN", "该类型下没有此失信行为。", new Dictionary<string, object?> { ["behaviour"] = request.Behaviour, ["allowed"] = CreditBehaviours.ByKind[request.Kind] });
        }

        if (request.Kind == CreditKinds.JointPunishment2019 && request.ActOn >= new DateOnly(2022, 1, 1))
        {
            throw Invalid("CREDIT_KIND_SUPERSEDED", "2019 年联合惩戒办法仅适用于 2022 年以前的旧记录; 新记录请按《知识产权信用管理规定》登记。");
        }

        if (request.SubjectKind is not (CreditSubjectKinds.Enterprise or CreditSubjectKinds.NaturalPerson))
        {
            throw Invalid("CREDIT_SUBJECT_KIND", "主体类型须为 Enterprise (企业) 或 NaturalPerson (自然人)。");
        }

        var identifier = CreditRules.Normalise(request.SubjectIdentifier ?? string.Empty);
        if (request.SubjectKind == CreditSubjectKinds.Enterprise ? !UsccPattern().IsMatch(identifier) : !ResidentIdNumber.IsValid(identifier))
        {
            throw Invalid("CREDIT_SUBJECT_IDENTIFIER", request.SubjectKind == CreditSubjectKinds.Enterprise ? "统一社会信用代码格式不正确 (18 位)。" : "身份证号码格式或校验位不正确 (18 位)。");
        }

        var name = Required(request.SubjectName, 200, "CREDIT_SUBJECT_NAME", "请填写主体名称 (不超过 200 字)。");
        var facts = Required(request.Facts, 4000, "CREDIT_FACTS", "请填写失信事实 (不超过 4000 字)。");
        var basis = Required(request.LegalBasis, 500, "CREDIT_LEGAL_BASIS", "请填写法律依据 (不超过 500 字)。");
        if (request.ActOn > Today)
        {
            throw Invalid("CREDIT_DATE_FUTURE", "失信行为认定日期不能晚于今天。");
        }

        var unit = actor.IsDistrict ? actor.UnitCode : Optional(request.UnitCode, 32);
        if (actor.IsDistrict && request.UnitCode is { Length: > 0 } asked && asked != actor.UnitCode)
        {
            throw Invalid("CREDIT_UNIT", "区级用户只能登记本单位的信用记录。");
        }

        var now = _clock.GetUtcNow();
        var record = new CreditRecord
        {
            Id = Guid.NewGuid(),
            Kind = request.Kind,
            Behaviour = request.Behaviour,
            State = CreditRules.ProposedState(request.Kind),
            SubjectKind = request.SubjectKind,
            SubjectName = request.SubjectKind == CreditSubjectKinds.NaturalPerson ? CreditRules.MaskName(name) : name,
            SubjectNameCipher = request.SubjectKind == CreditSubjectKinds.NaturalPerson ? _protector.Encrypt(name) : null,
            SubjectIdCipher = _protector.Encrypt(identifier),
            SubjectIdHash = _protector.Index(identifier),
            SubjectIdMasked = CreditRules.MaskIdentifier(identifier, request.SubjectKind),
            UnitCode = unit,
            CaseId = request.CaseId,
            Facts = facts,
            LegalBasis = basis,
            DocumentNumber = Optional(request.DocumentNumber, 100),
            ActOn = request.ActOn,
            ProposedBy = actor.Name,
            ProposedAt = now,
        };
        _db.CreditRecords.Add(record);
        Transition(record, null, record.State, "Proposed", basis, record.DocumentNumber, actor.Name, request.ActOn, request.CaseId is { } c ? "case " + c.ToString(CultureInfo.InvariantCulture) : null);
        await SaveAsync(CreditAuditEvents.Proposed, record, $"kind={record.Kind} behaviour={record.Behaviour}", ct);
        return await DetailAsync(record, ct);
    }

    public async Task<CreditRecordDto> DecideAsync(ProtectionActor actor, Guid id, CreditDecisionRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireCity(actor);
        var record = await FindAsync(actor, id, ct);
        if (record.State != CreditRules.ProposedState(record.Kind))
        {
            throw WrongState(record, "只有待决定的信用记录可以作出列入决定。");
        }

        if (string.Equals(record.ProposedBy, actor.Name, StringComparison.Ordinal))
        {
            throw new IpCityException("CREDIT_FOUR_EYES", "列入决定须由提出人以外的市局人员审批 (双人复核)。", 409, new Dictionary<string, object?> { ["proposedBy"] = record.ProposedBy });
        }

        var basis = Required(request.LegalBasis, 500, "CREDIT_LEGAL_BASIS", "请填写法律依据 (不超过 500 字)。");
        var document = Required(request.DocumentNumber, 100, "CREDIT_DOCUMENT_NUMBER", "请填写决定书文号。");
        if (request.DecidedOn > Today)
        {
            throw Invalid("CREDIT_DATE_FUTURE", "决定日期不能晚于今天。");
        }

        var from = record.State;
        record.DecidedBy = actor.Name;
        record.DecidedOn = request.DecidedOn;
        if (request.Approve)
        {
            var duration = await ParameterAsync(CreditRules.DurationParameter(record.Kind), ct);
            record.State = CreditRules.ActiveState(record.Kind);
            record.StartsOn = request.DecidedOn;
            record.EndsOn = CreditRules.Add(request.DecidedOn, duration.Amount, duration.Unit);
            record.DocumentNumber = document;
            Transition(record, from, record.State, "ListingApproved", basis, document, actor.Name, request.DecidedOn, $"{duration.Name}={Period(duration)}; ends {Day(record.EndsOn.Value)}");
        }
        else
        {
            var reason = Required(request.Reason, 2000, "CREDIT_REASON", "不予列入须说明理由。");
            record.State = CreditStates.NotListed;
            Transition(record, from, record.State, "ListingRefused", basis, document, actor.Name, request.DecidedOn, reason);
        }

        await SaveAsync(CreditAuditEvents.ListingDecided, record, $"{from}->{record.State}", ct);
        return await DetailAsync(record, ct);
    }

    public async Task<CreditRecordDto> RecordNoticeAsync(ProtectionActor actor, Guid id, CreditNoticeRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireManager(actor);
        var record = await FindAsync(actor, id, ct);
        if (record.DecidedOn is null || record.State == CreditStates.NotListed)
        {
            throw WrongState(record, "列入决定作出后才能登记告知。");
        }

        var channel = Required(request.Channel, 100, "CREDIT_NOTICE_CHANNEL", "请填写告知方式 (如直接送达、邮寄、电子送达)。");
        var document = Required(request.DocumentNumber, 100, "CREDIT_DOCUMENT_NUMBER", "请填写告知书文号。");
        if (request.ServedOn > Today || request.ServedOn < record.DecidedOn)
        {
            throw Invalid("CREDIT_NOTICE_DATE", "告知日期须在决定日期与今天之间。");
        }

        record.NoticeServedOn = request.ServedOn;
        record.NoticeChannel = channel;
        record.NoticeDocumentNumber = document;
        Transition(record, record.State, record.State, "NoticeServed", null, document, actor.Name, request.ServedOn, channel);
        await SaveAsync(CreditAuditEvents.NoticeServed, record, channel, ct);
        return await DetailAsync(record, ct);
    }

    public async Task<CreditRecordDto> SetMeasuresAsync(ProtectionActor actor, Guid id, SetCreditMeasuresRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireManager(actor);
        var record = await FindAsync(actor, id, ct);
        RequireInForce(record);
        var basis = Required(request.LegalBasis, 500, "CREDIT_LEGAL_BASIS", "请填写法律依据 (不超过 500 字)。");
        var choices = request.Measures ?? [];
        if (choices.Count == 0 || choices.Select(m => m.Code).Distinct(StringComparer.Ordinal).Count() != choices.Count)
        {
            throw Invalid("CREDIT_MEASURES", "请至少选择一项管理措施, 且不得重复。");
        }

        var catalogue = await _db.CreditMeasureTypes.AsNoTracking().ToDictionaryAsync(m => m.Code, StringComparer.Ordinal, ct);
        var unknown = choices.Where(m => !catalogue.TryGetValue(m.Code, out var t) || !t.Active).Select(m => m.Code).ToList();
        if (unknown.Count > 0)
        {
            throw Invalid("CREDIT_MEASURE_UNKNOWN", "措施不在 (启用的) 措施目录中。", new Dictionary<string, object?> { ["measures"] = unknown });
        }

        _db.CreditMeasures.RemoveRange(record.Measures);
        record.Measures.Clear();
        foreach (var choice in choices)
        {
            var type = catalogue[choice.Code];
            var departments = choice.Departments is { Count: > 0 } chosen ? CleanDepartments(chosen) : Split(type.Departments);
            record.Measures.Add(new CreditMeasure { RecordId = record.Id, Code = type.Code, Name = type.Name, Departments = string.Join('|', departments), AppliedOn = Today });
        }

        var codes = string.Join(',', choices.Select(c => c.Code));
        Transition(record, record.State, record.State, "MeasuresSet", basis, Optional(request.DocumentNumber, 100), actor.Name, Today, codes);
        await SaveAsync(CreditAuditEvents.MeasuresSet, record, codes, ct);
        return await DetailAsync(record, ct);
    }

    public async Task<CreditRecordDto> RecordNewActAsync(ProtectionActor actor, Guid id, CreditNewActRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireCity(actor);
        var record = await FindAsync(actor, id, ct);
        RequireInForce(record);
        if (record.Kind != CreditKinds.Cnipa)
        {
            throw WrongState(record, "只有 CNIPA 失信记录在管理期内的新失信行为会延长期限; 严重违法失信名单请另行列入。");
        }

        var basis = Required(request.LegalBasis, 500, "CREDIT_LEGAL_BASIS", "请填写法律依据 (不超过 500 字)。");
        var document = Required(request.DocumentNumber, 100, "CREDIT_DOCUMENT_NUMBER", "请填写新失信行为的决定书文号。");
        if (request.DecidedOn > Today || request.DecidedOn < record.StartsOn)
        {
            throw Invalid("CREDIT_NEW_ACT_DATE", "新失信行为的认定日期须在管理期内且不晚于今天。");
        }

        var duration = await ParameterAsync(CreditRules.DurationParameter(record.Kind), ct);
        var before = record.EndsOn!.Value;
        var renewed = CreditRules.Add(request.DecidedOn, duration.Amount, duration.Unit);
        record.EndsOn = renewed > before ? renewed : before;
        var note = $"ends {Day(before)} -> {Day(record.EndsOn.Value)}" + (request.CaseId is { } c ? "; case " + c.ToString(CultureInfo.InvariantCulture) : string.Empty)
            + (string.IsNullOrWhiteSpace(request.Note) ? string.Empty : "; " + request.Note.Trim());
        Transition(record, record.State, record.State, "PeriodExtended", basis, document, actor.Name, request.DecidedOn, note.Length > 2000 ? note[..2000] : note);
        await SaveAsync(CreditAuditEvents.PeriodExtended, record, $"ends {Day(before)}->{Day(record.EndsOn.Value)}", ct);
        return await DetailAsync(record, ct);
    }

    public async Task<CreditRecordDto> GetAsync(ProtectionActor actor, Guid id, CancellationToken ct = default) =>
        await DetailAsync(await FindAsync(actor, id, ct), ct);

    public async Task<CreditRecordPage> ListAsync(ProtectionActor actor, CreditRecordQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var pageSize = Math.Clamp(query.PageSize, 1, 500);
        var page = Math.Max(1, query.Page);
        var rows = await VisibleAsync(actor, query, ct);
        return new CreditRecordPage(rows.Skip((page - 1) * pageSize).Take(pageSize).ToList(), rows.Count, page, pageSize);
    }

    public async Task<string> ExportCsvAsync(ProtectionActor actor, CreditRecordQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var rows = await VisibleAsync(actor, query, ct);
        var csv = Csv(
            ["记录编号", "类型", "失信行为", "状态", "主体类型", "主体名称", "主体代码(脱敏)", "单位", "案件", "决定书文号", "认定日期", "起始日期", "届满日期", "告知日期", "管理措施", "联合惩戒部门"],
            rows.Select(r => new[]
            {
                r.Id.ToString(), r.Kind, r.Behaviour, r.State, r.SubjectKind, r.SubjectName, r.SubjectIdentifier, r.UnitCode ?? string.Empty,
                r.CaseId?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, r.DocumentNumber ?? string.Empty, Day(r.ActOn), Day(r.StartsOn), Day(r.EndsOn), Day(r.NoticeServedOn),
                MeasureNames(r.Measures), MeasureDepartments(r.Measures),
            }));
        await _audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "CreditRecords", null, $"rows={rows.Count} masked"), ct);
        return csv;
    }

    public async Task<CreditRepairDto> FileRepairAsync(ProtectionActor actor, Guid id, CreditRepairRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (!actor.IsEnterprise)
        {
            RequireManager(actor);
        }

        var record = await FindAsync(actor, id, ct);
        var state = CreditRules.Effective(record.Kind, record.State, record.EndsOn, Today);
        if (state != CreditRules.ActiveState(record.Kind) && state != CreditStates.RepairRejected)
        {
            throw WrongState(record, "只有管理期内、且没有待审修复申请的记录可以申请信用修复。");
        }

        var wait = await ParameterAsync(CreditRules.RepairWaitParameter(record.Kind), ct);
        var earliest = CreditRules.Add(record.StartsOn!.Value, wait.Amount, wait.Unit);
        if (Today < earliest)
        {
            throw new IpCityException("CREDIT_REPAIR_TOO_EARLY", $"列入满 {Period(wait)} 后方可申请信用修复, 最早 {Day(earliest)}。", 409, new Dictionary<string, object?> { ["earliest"] = Day(earliest), ["parameter"] = wait.Name });
        }

        if (record.Kind == CreditKinds.SamrSerious)
        {
            var cooldown = await ParameterAsync(CreditParameterNames.SamrRepairCooldown, ct);
            var last = await _db.CreditRepairs.AsNoTracking()
                .Where(r => r.Status == CreditRules.Approved && _db.CreditRecords.Any(c => c.Id == r.RecordId && c.SubjectIdHash == record.SubjectIdHash && c.Kind == CreditKinds.SamrSerious))
                .Select(r => r.ReviewedOn).ToListAsync(ct);
            if (last.Count > 0 && last.Max() is { } lastOn && Today < CreditRules.Add(lastOn, cooldown.Amount, cooldown.Unit))
            {
                var next = CreditRules.Add(lastOn, cooldown.Amount, cooldown.Unit);
                throw new IpCityException("CREDIT_REPAIR_COOLDOWN", $"上次信用修复后 {Period(cooldown)} 内不再予以修复, 最早 {Day(next)}。", 409, new Dictionary<string, object?> { ["earliest"] = Day(next), ["parameter"] = cooldown.Name });
            }
        }

        var sha = Optional(request.AttachmentSha256, 64)?.ToLowerInvariant();
        if (sha is not null && !Sha256Pattern().IsMatch(sha))
        {
            throw Invalid("CREDIT_ATTACHMENT_HASH", "附件摘要须为 64 位十六进制 SHA-256。");
        }

        var repair = new CreditRepair
        {
            RecordId = record.Id,
            FiledBy = actor.Name,
            FiledByRole = actor.Role,
            FiledAt = _clock.GetUtcNow(),
            PenaltyFulfilled = request.PenaltyFulfilled,
            HarmRemoved = request.HarmRemoved,
            CommitmentLetter = request.CommitmentLetter,
            AttachmentName = Optional(request.AttachmentName is null ? null : Path.GetFileName(request.AttachmentName), 200),
            AttachmentSha256 = sha,
            Statement = Optional(request.Statement, 4000),
        };
        _db.CreditRepairs.Add(repair);
        var from = record.State;
        record.State = CreditRules.RepairRequestedState(record.Kind);
        Transition(record, from, record.State, "RepairFiled", null, null, actor.Name, Today, Checklist(repair));
        await SaveAsync(CreditAuditEvents.RepairFiled, record, Checklist(repair), ct);
        return ToDto(repair);
    }

    public async Task<CreditRepairDto> ReviewRepairAsync(ProtectionActor actor, long repairId, CreditReviewRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireCity(actor);
        var repair = await _db.CreditRepairs.FirstOrDefaultAsync(r => r.Id == repairId, ct)
            ?? throw new IpCityException("CREDIT_REPAIR_NOT_FOUND", "未找到该信用修复申请。", 404);
        var record = await FindAsync(actor, repair.RecordId, ct);
        if (repair.Status != CreditRules.Pending)
        {
            throw new IpCityException("CREDIT_REPAIR_DECIDED", "该修复申请已审核。", 409);
        }

        if (CreditRules.Effective(record.Kind, record.State, record.EndsOn, Today) != CreditRules.RepairRequestedState(record.Kind))
        {
            throw WrongState(record, "记录已届满或不在修复申请状态, 无需审核。");
        }

        if (string.Equals(repair.FiledBy, actor.Name, StringComparison.Ordinal))
        {
            throw new IpCityException("CREDIT_FOUR_EYES", "修复申请须由申请人以外的市局人员审核 (双人复核)。", 409);
        }

        var reason = Required(request.Reason, 2000, "CREDIT_REASON", "请填写审核意见。");
        if (request.Approve && !(repair.PenaltyFulfilled && repair.HarmRemoved && repair.CommitmentLetter))
        {
            throw new IpCityException("CREDIT_REPAIR_CONDITIONS_UNMET", "修复条件未全部满足 (履行处罚义务、消除不良影响、信用承诺书), 不能批准。", 409, new Dictionary<string, object?>
            {
                ["penaltyFulfilled"] = repair.PenaltyFulfilled,
                ["harmRemoved"] = repair.HarmRemoved,
                ["commitmentLetter"] = repair.CommitmentLetter,
            });
        }

        repair.Status = request.Approve ? CreditRules.Approved : CreditRules.Rejected;
        repair.ReviewedBy = actor.Name;
        repair.ReviewedOn = Today;
        repair.Reason = reason;
        var from = record.State;
        record.State = request.Approve ? CreditRules.RepairedState(record.Kind) : CreditRules.RepairRejectedState(record.Kind);
        Transition(record, from, record.State, request.Approve ? "RepairApproved" : "RepairRejected", Optional(request.LegalBasis, 500), Optional(request.DocumentNumber, 100), actor.Name, Today, reason);
        await SaveAsync(CreditAuditEvents.RepairReviewed, record, $"repair={repair.Id} {repair.Status}", ct);
        return ToDto(repair);
    }

    public async Task<IReadOnlyList<CreditRepairDto>> ListRepairsAsync(ProtectionActor actor, string? status, CancellationToken ct = default)
    {
        var visible = Visible(actor).Select(r => r.Id);
        var rows = await _db.CreditRepairs.AsNoTracking().Where(r => visible.Contains(r.RecordId) && (status == null || r.Status == status)).OrderByDescending(r => r.Id).ToListAsync(ct);
        return rows.Select(ToDto).ToList();
    }

    public async Task<string> ExportRepairsCsvAsync(ProtectionActor actor, string? status, CancellationToken ct = default)
    {
        var rows = await ListRepairsAsync(actor, status, ct);
        await _audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "CreditRepairs", null, $"rows={rows.Count}"), ct);
        return Csv(
            ["申请编号", "记录编号", "申请人", "申请人角色", "申请时间", "已履行处罚义务", "已消除不良影响", "信用承诺书", "附件", "附件SHA-256", "状态", "审核人", "审核日期", "审核意见"],
            rows.Select(r => new[]
            {
                r.Id.ToString(CultureInfo.InvariantCulture), r.RecordId.ToString(), r.FiledBy, r.FiledByRole, r.FiledAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                YesNo(r.PenaltyFulfilled), YesNo(r.HarmRemoved), YesNo(r.CommitmentLetter), r.AttachmentName ?? string.Empty, r.AttachmentSha256 ?? string.Empty,
                r.Status, r.ReviewedBy ?? string.Empty, Day(r.ReviewedOn), r.Reason ?? string.Empty,
            }));
    }

    public async Task<CreditObjectionDto> FileObjectionAsync(ProtectionActor actor, Guid id, CreditObjectionRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (!actor.IsEnterprise)
        {
            throw new IpCityException("CREDIT_OBJECTION_SUBJECT_ONLY", "异议由信用主体本身提出。", 403);
        }

        var record = await FindAsync(actor, id, ct);
        var text = Required(request.Text, 4000, "CREDIT_OBJECTION_TEXT", "请填写异议内容 (不超过 4000 字)。");
        if (await _db.CreditObjections.AnyAsync(o => o.RecordId == record.Id && o.Status == CreditRules.Pending, ct))
        {
            throw new IpCityException("CREDIT_OBJECTION_PENDING", "该记录已有待处理的异议。", 409);
        }

        var objection = new CreditObjection { RecordId = record.Id, FiledBy = actor.Name, FiledAt = _clock.GetUtcNow(), Text = text };
        _db.CreditObjections.Add(objection);
        Transition(record, record.State, record.State, "ObjectionFiled", null, null, actor.Name, Today, null);
        await SaveAsync(CreditAuditEvents.ObjectionFiled, record, null, ct);
        return ToDto(objection);
    }

    public async Task<CreditObjectionDto> ReviewObjectionAsync(ProtectionActor actor, long objectionId, CreditReviewRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireManager(actor);
        var objection = await _db.CreditObjections.FirstOrDefaultAsync(o => o.Id == objectionId, ct)
            ?? throw new IpCityException("CREDIT_OBJECTION_NOT_FOUND", "未找到该异议。", 404);
        var record = await FindAsync(actor, objection.RecordId, ct);
        if (objection.Status != CreditRules.Pending)
        {
            throw new IpCityException("CREDIT_OBJECTION_DECIDED", "该异议已处理。", 409);
        }

        var reason = Required(request.Reason, 2000, "CREDIT_REASON", "请填写处理意见。");
        objection.Status = request.Approve ? CreditRules.Approved : CreditRules.Rejected;
        objection.ReviewedBy = actor.Name;
        objection.ReviewedOn = Today;
        objection.Reason = reason;
        var from = record.State;
        if (request.Approve)
        {
            record.State = CreditStates.Revoked;
        }

        Transition(record, from, record.State, request.Approve ? "ObjectionUpheld" : "ObjectionDismissed", Optional(request.LegalBasis, 500), Optional(request.DocumentNumber, 100), actor.Name, Today, reason);
        await SaveAsync(CreditAuditEvents.ObjectionReviewed, record, $"objection={objection.Id} {objection.Status}", ct);
        return ToDto(objection);
    }

    public async Task<IReadOnlyList<CreditObjectionDto>> ListObjectionsAsync(ProtectionActor actor, string? status, CancellationToken ct = default)
    {
        var visible = Visible(actor).Select(r => r.Id);
        var rows = await _db.CreditObjections.AsNoTracking().Where(o => visible.Contains(o.RecordId) && (status == null || o.Status == status)).OrderByDescending(o => o.Id).ToListAsync(ct);
        return rows.Select(ToDto).ToList();
    }

    public async Task<string> ExportObjectionsCsvAsync(ProtectionActor actor, string? status, CancellationToken ct = default)
    {
        var rows = await ListObjectionsAsync(actor, status, ct);
        await _audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "CreditObjections", null, $"rows={rows.Count}"), ct);
        return Csv(
            ["异议编号", "记录编号", "提出人", "提出时间", "异议内容", "状态", "处理人", "处理日期", "处理意见"],
            rows.Select(o => new[]
            {
                o.Id.ToString(CultureInfo.InvariantCulture), o.RecordId.ToString(), o.FiledBy, o.FiledAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), o.Text,
                o.Status, o.ReviewedBy ?? string.Empty, Day(o.ReviewedOn), o.Reason ?? string.Empty,
            }));
    }

    public async Task<CreditExpiryResult> ExpireDueAsync(CancellationToken ct = default)
    {
        var today = Today;
        var inForce = CreditStates.InForce.ToList();
        var due = await _db.CreditRecords.Where(r => inForce.Contains(r.State) && r.EndsOn != null && r.EndsOn <= today).ToListAsync(ct);
        var expired = new List<AuditEntry>(due.Count);
        foreach (var record in due)
        {
            var from = record.State;
            record.State = CreditRules.ExpiredState(record.Kind);
            record.Version++;
            Transition(record, from, record.State, "Expired", CreditRules.DurationParameter(record.Kind), null, "system", record.EndsOn!.Value, null);
            expired.Add(new AuditEntry(CreditAuditEvents.Expired, AuditOutcome.Success, "CreditRecord", record.Id.ToString(), $"{from}->{record.State} ends {Day(record.EndsOn.Value)}"));
        }

        // A record changed meanwhile (a repair approved this instant) fails the whole round with a 409; the next round retries.
        await SaveChangesAsync(ct);
        foreach (var entry in expired)
        {
            await _audit.RecordAsync(entry, ct);
        }

        return new CreditExpiryResult(due.Count);
    }

    private void Transition(CreditRecord record, string? from, string to, string action, string? basis, string? document, string decider, DateOnly on, string? note) =>
        _db.CreditTransitions.Add(new CreditTransition
        {
            RecordId = record.Id,
            FromState = from,
            ToState = to,
            Action = action,
            LegalBasis = basis,
            DocumentNumber = document,
            Decider = decider,
            DecidedOn = on,
            RecordedAt = _clock.GetUtcNow(),
            Note = note,
        });

    /// <summary>Audit first (fail closed: a failed audit write leaves the change unsaved), then save.</summary>
    private async Task SaveAsync(string eventType, CreditRecord record, string? detail, CancellationToken ct)
    {
        // ADR 0003: a module writes its audit row after its own commit, so a refused save (a stale version, a
        // constraint) never leaves an audit row claiming a change that did not happen.
        record.Version++;
        await SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry(eventType, AuditOutcome.Success, "CreditRecord", record.Id.ToString(), detail), ct);
    }

    /// <summary>Saves; a record changed by someone else since it was read is a 409 and nothing of this change is kept.</summary>
    private async Task SaveChangesAsync(CancellationToken ct)
    {
        try
        {
            await _db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            var ids = ex.Entries.Select(e => e.Entity).OfType<CreditRecord>().Select(r => r.Id.ToString()).ToList();
            _db.ChangeTracker.Clear();
            throw new IpCityException("CREDIT_CONCURRENCY", "信用记录已被他人更新, 请刷新后重试。", 409, new Dictionary<string, object?> { ["records"] = ids });
        }
    }

    private IQueryable<CreditRecord> Visible(ProtectionActor actor)
    {
        var q = _db.CreditRecords.AsNoTracking();
        if (actor.IsCity || actor.Role == Roles.DeptOfficer)
        {
            return q;
        }

        if (actor.IsDistrict && actor.UnitCode is { Length: > 0 } unit)
        {
            return q.Where(r => r.UnitCode == unit);
        }

        if (actor.IsEnterprise && actor.EnterpriseCode is { Length: > 0 } code)
        {
            var hash = _protector.Index(code);
            return q.Where(r => r.SubjectIdHash == hash && r.DecidedOn != null && r.State != CreditStates.NotListed);
        }

        return q.Where(r => false);
    }

    /// <summary>The record if the actor may see it; otherwise 404 (never 403) and an AccessDenied audit row.</summary>
    private async Task<CreditRecord> FindAsync(ProtectionActor actor, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var visible = await Visible(actor).AnyAsync(r => r.Id == id, ct);
        if (!visible)
        {
            await _audit.RecordAsync(new AuditEntry(AuditEvents.AccessDenied, AuditOutcome.Denied, "CreditRecord", id.ToString(), $"role={actor.Role} unit={actor.UnitCode ?? "-"}: outside the actor's view or does not exist"), ct);
            throw new IpCityException(RecordNotFound, "未找到该信用记录。", 404);
        }

        return await _db.CreditRecords.Include(r => r.Measures).FirstAsync(r => r.Id == id, ct);
    }

    private async Task<List<CreditRecordDto>> VisibleAsync(ProtectionActor actor, CreditRecordQuery query, CancellationToken ct)
    {
        var q = Visible(actor).Include(r => r.Measures).AsQueryable();
        if (!string.IsNullOrWhiteSpace(query.Kind))
        {
            q = q.Where(r => r.Kind == query.Kind);
        }

        if (!string.IsNullOrWhiteSpace(query.UnitCode))
        {
            q = q.Where(r => r.UnitCode == query.UnitCode);
        }

        var today = Today;
        var rows = (await q.ToListAsync(ct)).Select(r => ToDto(r, today, [], [], [])).ToList();
        return rows.Where(r => string.IsNullOrWhiteSpace(query.State) || r.State == query.State)
            .OrderByDescending(r => r.DecidedOn ?? r.ActOn).ThenBy(r => r.Id).ToList();
    }

    private async Task<CreditRecordDto> DetailAsync(CreditRecord record, CancellationToken ct)
    {
        var transitions = await _db.CreditTransitions.AsNoTracking().Where(t => t.RecordId == record.Id).OrderBy(t => t.Id).ToListAsync(ct);
        var repairs = await _db.CreditRepairs.AsNoTracking().Where(t => t.RecordId == record.Id).OrderBy(t => t.Id).ToListAsync(ct);
        var objections = await _db.CreditObjections.AsNoTracking().Where(t => t.RecordId == record.Id).OrderBy(t => t.Id).ToListAsync(ct);
        return ToDto(
            record,
            Today,
            transitions.Select(t => new CreditTransitionDto(t.FromState, t.ToState, t.Action, t.LegalBasis, t.DocumentNumber, t.Decider, t.DecidedOn, t.RecordedAt, t.Note)).ToList(),
            repairs.Select(ToDto).ToList(),
            objections.Select(ToDto).ToList());
    }

    private static CreditRecordDto ToDto(CreditRecord r, DateOnly today, IReadOnlyList<CreditTransitionDto> transitions, IReadOnlyList<CreditRepairDto> repairs, IReadOnlyList<CreditObjectionDto> objections)
    {
        var state = CreditRules.Effective(r.Kind, r.State, r.EndsOn, today);
        return new CreditRecordDto(
            r.Id, r.Kind, r.Behaviour, state, r.State, r.SubjectKind, r.SubjectName, r.SubjectIdMasked, r.UnitCode, r.CaseId, r.Facts, r.LegalBasis, r.DocumentNumber, r.ActOn,
            r.ProposedBy, r.DecidedBy, r.DecidedOn, r.StartsOn, r.EndsOn, r.NoticeServedOn, r.NoticeChannel, r.NoticeDocumentNumber,
            CreditStates.InForce.Contains(state), r.Measures.OrderBy(m => m.Code, StringComparer.Ordinal).Select(ToDto).ToList(), transitions, repairs, objections, r.Version);
    }

    private static CreditMeasureDto ToDto(CreditMeasure m) => new(m.Code, m.Name, Split(m.Departments), m.AppliedOn);

    private static CreditRepairDto ToDto(CreditRepair r) =>
        new(r.Id, r.RecordId, r.FiledBy, r.FiledByRole, r.FiledAt, r.PenaltyFulfilled, r.HarmRemoved, r.CommitmentLetter, r.AttachmentName, r.AttachmentSha256, r.Statement, r.Status, r.ReviewedBy, r.ReviewedOn, r.Reason);

    private static CreditObjectionDto ToDto(CreditObjection o) => new(o.Id, o.RecordId, o.FiledBy, o.FiledAt, o.Text, o.Status, o.ReviewedBy, o.ReviewedOn, o.Reason);

    private void RequireInForce(CreditRecord record)
    {
        if (!CreditStates.InForce.Contains(CreditRules.Effective(record.Kind, record.State, record.EndsOn, Today)))
        {
            throw WrongState(record, "记录不在管理期内。");
        }
    }

    /// <summary>Managing records: the city office or a district office (department officers read only).</summary>
    private static void RequireManager(ProtectionActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsCity && !(actor.IsDistrict && actor.UnitCode is { Length: > 0 }))
        {
            throw new IpCityException("CREDIT_OFFICER_ROLE", "信用记录由市局或区局人员登记和管理。", 403);
        }
    }

    private static void RequireCity(ProtectionActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsCity)
        {
            throw new IpCityException("CREDIT_CITY_ONLY", "此操作须由市局人员审批。", 403);
        }
    }

    private static IpCityException WrongState(CreditRecord record, string message) =>
        new("CREDIT_STATE", message, 409, new Dictionary<string, object?> { ["state"] = record.State });

    private static IpCityException Invalid(string code, string message, IReadOnlyDictionary<string, object?>? details = null) => new(code, message, 400, details);

    private static string Required(string? value, int max, string code, string message) =>
        string.IsNullOrWhiteSpace(value) || value.Trim().Length > max ? throw Invalid(code, message) : value.Trim();

    private static string? Optional(string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().Length > max ? throw Invalid("CREDIT_FIELD_TOO_LONG", $"字段超过 {max} 字。") : value.Trim();

    private static List<string> Split(string departments) => departments.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static List<string> CleanDepartments(IEnumerable<string> departments)
    {
        var list = departments.Select(d => d?.Trim() ?? string.Empty).ToList();
        return list.Any(d => d.Length is 0 or > 100 || d.Contains('|', StringComparison.Ordinal)) || list.Count > 30
            ? throw Invalid("CREDIT_DEPARTMENTS", "实施部门名称须非空、不超过 100 字、不含 '|', 最多 30 个。")
            : list.Distinct(StringComparer.Ordinal).ToList();
    }

    private static string Checklist(CreditRepair r) => $"penalty={YesNo(r.PenaltyFulfilled)} harm={YesNo(r.HarmRemoved)} commitment={YesNo(r.CommitmentLetter)}";

    private static string MeasureNames(IEnumerable<CreditMeasureDto> measures) => string.Join("; ", measures.Select(m => m.Name));

    /// <summary>The joint-punishment departments of all measures, each once.</summary>
    private static string MeasureDepartments(IEnumerable<CreditMeasureDto> measures) => string.Join("; ", measures.SelectMany(m => m.Departments).Distinct(StringComparer.Ordinal));

    private static string YesNo(bool value) => value ? "是" : "否";

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Period(CreditParameterDto p) => p.Amount.ToString(CultureInfo.InvariantCulture) + p.Unit switch { "Days" => " 日", "Years" => " 年", _ => " 个月" };

    /// <summary>UTF-8 CSV text (the endpoint adds the BOM), every cell formula-injection safe.</summary>
    internal static string Csv(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(',', header.Select(CsvCells.Cell))).Append("\r\n");
        foreach (var row in rows)
        {
            sb.Append(string.Join(',', row.Select(CsvCells.Cell))).Append("\r\n");
        }

        return sb.ToString();
    }

    [GeneratedRegex("^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$", RegexOptions.CultureInvariant)]
    private static partial Regex UsccPattern();

    [GeneratedRegex("^[0-9a-f]{64}$", RegexOptions.CultureInvariant)]
    private static partial Regex Sha256Pattern();
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Export;
using IpCity.BuildingBlocks.Security;
using IpCity.Monitoring.Contracts;
using IpCity.Monitoring.Data;
using IpCity.Monitoring.Domain;
using IpCity.Organisations.Contracts;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace IpCity.Monitoring.Tasks;

/// <summary>The task ledger (任务台账). See <see cref="ITaskLedger"/> for who may do what.</summary>
internal sealed class TaskLedgerService : ITaskLedger
{
    public const string TaskNotFound = "TASK_NOT_FOUND";
    public const string NotResponsible = "TASK_NOT_RESPONSIBLE";
    public const string DepartmentNotAssigned = "TASK_DEPARTMENT_NOT_ASSIGNED";
    public const string EditionConflict = "TASK_LEDGER_EDITION_CONFLICT";
    public const string EvaluationReviewed = "TASK_EVALUATION_REVIEWED";
    public const string StarterMissing = "TASK_LEDGER_STARTER_MISSING";
    public const string StarterFileName = "outline-tasks.json";

    /// <summary>Nanchang (Asia/Shanghai) has no daylight saving time: the city's date is UTC+8.</summary>
    private static readonly TimeSpan s_cityOffset = TimeSpan.FromHours(8);

    private readonly MonitoringDbContext _db;
    private readonly IAuditTrail _audit;
    private readonly IRequestContext _request;
    private readonly TimeProvider _clock;
    private readonly IOrgUnitDirectory _units;
    private readonly TaskEvidenceStore _evidence;

    public TaskLedgerService(MonitoringDbContext db, IAuditTrail audit, IRequestContext request, TimeProvider clock, IOrgUnitDirectory units, TaskEvidenceStore evidence)
    {
        _db = db;
        _audit = audit;
        _request = request;
        _clock = clock;
        _units = units;
        _evidence = evidence;
    }

    private string Actor => _request.ActorName ?? "system";

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    private DateOnly Today => DateOnly.FromDateTime(_clock.GetUtcNow().ToOffset(s_cityOffset).DateTime);

    /// <summary>CityOfficer, or the CLI / a background job (no request user).</summary>
    private bool IsCity
    {
        get
        {
            var roles = (_request.Role ?? string.Empty).Split('+');
            return roles.Contains(Roles.CityOfficer) || roles.Contains("System");
        }
    }

    // ---------------------------------------------------------------- reads

    public async Task<IReadOnlyList<TaskSummaryDto>> ListAsync(TaskQuery query, bool tree = true, CancellationToken ct = default)
    {
        var snapshot = await SnapshotAsync(ct);
        LedgerTaskStatus? status = query.Status is null ? null : TaskStatusRules.Parse(query.Status)
            ?? throw IpCityException.Validation($"未知状态 “{query.Status}” (未开始 / 进行中 / 已完成 / 滞后)。", new Dictionary<string, object?> { ["field"] = "status" });
        TaskDepartment? department = null;
        if (!string.IsNullOrWhiteSpace(query.Department))
        {
            department = snapshot.Departments.Values.FirstOrDefault(d => d.Code == query.Department.Trim() || d.Name == query.Department.Trim());
            if (department is null)
            {
                return [];
            }
        }

        var filtered = query.Department is not null || query.Status is not null || query.Overdue is not null;
        bool Matches(OutlineTask t)
        {
            var s = snapshot.Summaries[t.Id];
            return !t.IsRetired
                && (department is null || snapshot.Assignments.Any(a => a.TaskId == t.Id && a.DepartmentId == department.Id))
                && (status is null || s.Status == status.Value.ToString())
                && (query.Overdue is null || (s.OverdueMilestones > 0) == query.Overdue.Value);
        }

        var matching = snapshot.Tasks.Where(Matches).ToList();
        if (!tree || filtered)
        {
            return matching.Select(t => snapshot.Summaries[t.Id]).ToList();
        }

        var ids = matching.Select(t => t.Id).ToHashSet();
        TaskSummaryDto Build(OutlineTask t) => snapshot.Summaries[t.Id] with
        {
            Children = matching.Where(c => c.ParentId == t.Id).Select(Build).ToList(),
        };
        return matching.Where(t => t.ParentId is null || !ids.Contains(t.ParentId.Value)).Select(Build).ToList();
    }

    public async Task<TaskDetailDto> GetAsync(long id, CancellationToken ct = default)
    {
        var snapshot = await SnapshotAsync(ct);
        var task = snapshot.Tasks.FirstOrDefault(t => t.Id == id) ?? throw NotFound(id);
        var workPoints = snapshot.WorkPoints.Where(w => w.TaskId == id).OrderBy(w => w.Year).ThenBy(w => w.Id).ToList();
        var reports = await _db.ProgressReports.AsNoTracking().Where(r => r.TaskId == id).OrderByDescending(r => r.ReportedAtUtc).ThenByDescending(r => r.Id).ToListAsync(ct);
        var reportIds = reports.Select(r => r.Id).ToList();
        var attachments = await _db.EvidenceAttachments.AsNoTracking().Where(a => reportIds.Contains(a.ReportId)).OrderBy(a => a.Id).ToListAsync(ct);
        var evaluations = await _db.SelfEvaluations.AsNoTracking().Where(e => e.TaskId == id).OrderBy(e => e.Year).ThenBy(e => e.Id).ToListAsync(ct);
        var evaluationIds = evaluations.Select(e => e.Id).ToList();
        var reviews = await _db.EvaluationReviews.AsNoTracking().Where(r => evaluationIds.Contains(r.SelfEvaluationId)).ToDictionaryAsync(r => r.SelfEvaluationId, ct);
        var today = Today;
        return new TaskDetailDto(
            snapshot.Summaries[id] with { Children = snapshot.Tasks.Where(c => c.ParentId == id && !c.IsRetired).Select(c => snapshot.Summaries[c.Id]).ToList() },
            task.Text,
            task.Note,
            workPoints.Select(w => ToDto(w, snapshot.Departments, today)).ToList(),
            reports.Select(r => new ProgressReportDto(r.Id, r.WorkPointId, Dept(snapshot.Departments, r.DepartmentId), r.Period, r.Text, r.Percent, r.ReportedAtUtc, r.ReportedBy,
                attachments.Where(a => a.ReportId == r.Id).Select(ToDto).ToList())).ToList(),
            evaluations.Select(e => ToDto(e, snapshot.Departments[e.DepartmentId], reviews.GetValueOrDefault(e.Id))).ToList(),
            IsCity || ActorDepartment(snapshot, id) is not null,
            IsCity);
    }

    public async Task<IReadOnlyList<TaskDepartmentDto>> ListDepartmentsAsync(CancellationToken ct = default) =>
        (await _db.TaskDepartments.AsNoTracking().OrderBy(d => d.Kind).ThenBy(d => d.Name).ToListAsync(ct)).Select(ToDto).ToList();

    public async Task<IReadOnlyList<OverdueGroupDto>> OverdueAsync(string? department = null, CancellationToken ct = default)
    {
        var snapshot = await SnapshotAsync(ct);
        var today = Today;
        var tasks = snapshot.Tasks.Where(t => !t.IsRetired).ToDictionary(t => t.Id);
        var items = new List<(long? DepartmentId, OverdueItemDto Item)>();
        foreach (var w in snapshot.WorkPoints.Where(w => tasks.ContainsKey(w.TaskId)))
        {
            var task = tasks[w.TaskId];
            var owners = w.OwnerDepartmentId is { } owner
                ? [owner]
                : snapshot.Assignments.Where(a => a.TaskId == w.TaskId && a.Role == TaskAssignmentRole.Lead).Select(a => (long?)a.DepartmentId).DefaultIfEmpty(null).ToList();
            foreach (var m in w.Milestones.Where(m => m.IsOverdue(today)))
            {
                var item = new OverdueItemDto(task.Id, task.Number, task.Title, w.Id, w.Year, w.Description, m.Id, m.Title, m.DueOn, today.DayNumber - m.DueOn.DayNumber);
                items.AddRange(owners.Select(o => (o, item)));
            }
        }

        var groups = items.GroupBy(i => i.DepartmentId)
            .Select(g => new OverdueGroupDto(Dept(snapshot.Departments, g.Key), g.Select(i => i.Item).OrderBy(i => i.DueOn).ThenBy(i => i.TaskNumber, StringComparer.Ordinal).ToList()))
            .OrderBy(g => g.Department?.Name ?? "~", StringComparer.Ordinal)
            .ToList();
        if (!string.IsNullOrWhiteSpace(department))
        {
            var d = department.Trim();
            groups = groups.Where(g => g.Department is not null && (g.Department.Code == d || g.Department.Name == d)).ToList();
        }

        return groups;
    }

    // ---------------------------------------------------------------- structure edits (city office)

    public async Task<TaskDepartmentDto> UpdateDepartmentAsync(long id, UpdateTaskDepartmentRequest request, CancellationToken ct = default)
    {
        RequireCity();
        var dept = await _db.TaskDepartments.FirstOrDefaultAsync(d => d.Id == id, ct)
            ?? throw new IpCityException("TASK_DEPARTMENT_NOT_FOUND", $"找不到责任单位 {id}。", 404);
        var code = request.Code?.Trim();
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(code) || code.Length > 64 || string.IsNullOrEmpty(name) || name.Length > 100)
        {
            throw IpCityException.Validation("单位代码 (最长 64) 与名称 (最长 100) 必填。");
        }

        if (await _db.TaskDepartments.AnyAsync(d => d.Id != id && (d.Code == code || d.Name == name), ct))
        {
            throw IpCityException.Conflict("TASK_DEPARTMENT_EXISTS", $"单位代码 {code} 或名称 {name} 已被使用。");
        }

        var before = $"{dept.Code} {dept.Name}";
        dept.Code = code;
        dept.Name = name;
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry("TaskDepartmentUpdated", AuditOutcome.Success, "TaskDepartment", id.ToString(CultureInfo.InvariantCulture), $"{before} → {code} {name}"), ct);
        return ToDto(dept);
    }

    public async Task<TaskDetailDto> SetDepartmentsAsync(long id, SetTaskDepartmentsRequest request, CancellationToken ct = default)
    {
        RequireCity();
        var task = await _db.OutlineTasks.FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw NotFound(id);
        var cache = await DepartmentCacheAsync(ct);
        var lead = new List<TaskDepartment>();
        foreach (var name in (request.Lead ?? []).Where(n => !string.IsNullOrWhiteSpace(n)))
        {
            lead.Add(await ResolveDepartmentAsync(name, cache, ct));
        }

        var co = new List<TaskDepartment>();
        foreach (var name in (request.CoOperating ?? []).Where(n => !string.IsNullOrWhiteSpace(n)))
        {
            co.Add(await ResolveDepartmentAsync(name, cache, ct));
        }

        await _db.SaveChangesAsync(ct);
        var detail = ReplaceAssignments(task.Id, lead, co, await _db.TaskAssignments.Where(a => a.TaskId == id).ToListAsync(ct));
        task.UpdatedAtUtc = Now;
        task.UpdatedBy = Actor;
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry("TaskDepartmentsChanged", AuditOutcome.Success, "OutlineTask", task.Number, detail), ct);
        return await GetAsync(id, ct);
    }

    public async Task<TaskDetailDto> SetIndicatorsAsync(long id, SetTaskIndicatorsRequest request, CancellationToken ct = default)
    {
        RequireCity();
        var task = await _db.OutlineTasks.FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw NotFound(id);
        var links = await IndicatorLinks.LoadAsync(_db, _units, ct);
        var wanted = new List<(string Code, string? Sentence)>();
        foreach (var l in request.Links ?? [])
        {
            var code = links.Resolve(l.IndicatorCode)
                ?? throw new IpCityException("TASK_INDICATOR_UNKNOWN", $"未知指标 “{l.IndicatorCode}”。", 400, new Dictionary<string, object?> { ["indicatorCode"] = l.IndicatorCode });
            if (l.Sentence is { Length: > 1000 })
            {
                throw IpCityException.Validation("原文句子最长 1000 字。");
            }

            if (wanted.All(w => w.Code != code))
            {
                wanted.Add((code, string.IsNullOrWhiteSpace(l.Sentence) ? null : l.Sentence.Trim()));
            }
        }

        var detail = ReplaceLinks(task.Id, wanted, await _db.TaskIndicatorLinks.Where(x => x.TaskId == id).ToListAsync(ct));
        task.UpdatedAtUtc = Now;
        task.UpdatedBy = Actor;
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry("TaskIndicatorsChanged", AuditOutcome.Success, "OutlineTask", task.Number, detail), ct);
        return await GetAsync(id, ct);
    }

    // ---------------------------------------------------------------- work of the responsible units

    public async Task<WorkPointDto> AddWorkPointAsync(long taskId, AddWorkPointRequest request, CancellationToken ct = default)
    {
        var (task, actorDept) = await ResponsibleAsync(taskId, ct);
        if (request.Year is < 2021 or > 2035)
        {
            throw new IpCityException("TASK_YEAR_RANGE", "年度须在纲要期 2021–2035 之内。", 400, new Dictionary<string, object?> { ["field"] = "year" });
        }

        var description = Required(request.Description, "description", 2000);
        var owner = await AssignedDepartmentAsync(taskId, request.OwnerDepartment, actorDept, ct)
            ?? await _db.TaskAssignments.Where(a => a.TaskId == taskId && a.Role == TaskAssignmentRole.Lead).OrderBy(a => a.SortOrder).Select(a => (long?)a.DepartmentId).FirstOrDefaultAsync(ct);
        var point = new WorkPoint { TaskId = taskId, Year = request.Year, Description = description, OwnerDepartmentId = owner, CreatedAtUtc = Now, CreatedBy = Actor };
        foreach (var m in request.Milestones ?? [])
        {
            point.Milestones.Add(new Milestone { Title = Required(m.Title, "milestones.title", 500), DueOn = m.DueOn });
        }

        _db.WorkPoints.Add(point);
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry("TaskWorkPointAdded", AuditOutcome.Success, "OutlineTask", task.Number,
            $"workPoint={point.Id}; year={point.Year}; milestones={string.Join(",", point.Milestones.Select(m => m.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))}"), ct);
        var departments = await _db.TaskDepartments.AsNoTracking().ToDictionaryAsync(d => d.Id, ct);
        return ToDto(point, departments, Today);
    }

    public async Task<ProgressReportDto> AddReportAsync(long taskId, AddProgressReportRequest request, CancellationToken ct = default)
    {
        var (task, actorDept) = await ResponsibleAsync(taskId, ct);
        var period = Required(request.Period, "period", 32);
        var text = Required(request.Text, "text", 8000);
        if (request.Percent is < 0 or > 100)
        {
            throw new IpCityException("TASK_PERCENT_RANGE", "完成进度须在 0–100 之间。", 400, new Dictionary<string, object?> { ["field"] = "percent" });
        }

        if (request.WorkPointId is { } wp && !await _db.WorkPoints.AnyAsync(w => w.Id == wp && w.TaskId == taskId, ct))
        {
            throw new IpCityException("TASK_WORK_POINT_NOT_FOUND", $"任务 {task.Number} 没有工作要点 {wp}。", 400);
        }

        var department = await AssignedDepartmentAsync(taskId, request.Department, actorDept, ct);
        var completed = (request.CompletedMilestoneIds ?? []).Distinct().ToList();
        var milestones = completed.Count == 0 ? [] : await _db.Milestones
            .Where(m => completed.Contains(m.Id) && _db.WorkPoints.Any(w => w.Id == m.WorkPointId && w.TaskId == taskId)).ToListAsync(ct);
        if (milestones.Count != completed.Count)
        {
            throw new IpCityException("TASK_MILESTONE_NOT_FOUND", $"任务 {task.Number} 没有所列的全部里程碑。", 400);
        }

        var today = Today;
        foreach (var m in milestones)
        {
            m.CompletedOn ??= today;
        }

        var report = new ProgressReport
        {
            TaskId = taskId,
            WorkPointId = request.WorkPointId,
            DepartmentId = department,
            Period = period,
            Text = text,
            Percent = request.Percent,
            ReportedAtUtc = Now,
            ReportedBy = Actor,
        };
        _db.ProgressReports.Add(report);
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry("TaskProgressReported", AuditOutcome.Success, "OutlineTask", task.Number,
            $"report={report.Id}; period={period}; percent={report.Percent}; milestonesCompleted={string.Join(",", completed)}"), ct);
        var departments = await _db.TaskDepartments.AsNoTracking().ToDictionaryAsync(d => d.Id, ct);
        return new ProgressReportDto(report.Id, report.WorkPointId, Dept(departments, report.DepartmentId), report.Period, report.Text, report.Percent, report.ReportedAtUtc, report.ReportedBy, []);
    }

    public async Task<AttachmentDto> AddAttachmentAsync(long reportId, string fileName, string? contentType, Stream content, CancellationToken ct = default)
    {
        var report = await _db.ProgressReports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == reportId, ct)
            ?? throw new IpCityException("TASK_REPORT_NOT_FOUND", $"找不到进展报告 {reportId}。", 404);
        var (task, _) = await ResponsibleAsync(report.TaskId, ct);
        var (name, type) = _evidence.CheckName(fileName, contentType);
        var (key, size, sha) = await _evidence.SaveAsync(name, content, ct);
        var attachment = new EvidenceAttachment
        {
            ReportId = reportId,
            FileName = name,
            ContentType = type,
            Size = size,
            Sha256 = sha,
            StorageKey = key,
            UploadedAtUtc = Now,
            UploadedBy = Actor,
        };
        _db.EvidenceAttachments.Add(attachment);
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry("TaskEvidenceUploaded", AuditOutcome.Success, "OutlineTask", task.Number,
            $"report={reportId}; attachment={attachment.Id}; name={name}; bytes={size}; sha256={sha}"), ct);
        return ToDto(attachment);
    }

    public async Task<(AttachmentDto Attachment, Stream Content)> OpenAttachmentAsync(long attachmentId, CancellationToken ct = default)
    {
        var attachment = await _db.EvidenceAttachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId, ct)
            ?? throw new IpCityException("TASK_ATTACHMENT_NOT_FOUND", $"找不到附件 {attachmentId}。", 404);
        var taskId = await _db.ProgressReports.Where(r => r.Id == attachment.ReportId).Select(r => r.TaskId).FirstAsync(ct);
        var (task, _) = await ResponsibleAsync(taskId, ct);
        var bytes = await _evidence.ReadVerifiedAsync(attachment.StorageKey, attachment.Sha256, ct);
        await _audit.RecordAsync(new AuditEntry("TaskEvidenceDownloaded", AuditOutcome.Success, "OutlineTask", task.Number, $"attachment={attachmentId}; name={attachment.FileName}"), ct);
        return (ToDto(attachment), new MemoryStream(bytes, writable: false));
    }

    public async Task<SelfEvaluationDto> EvaluateAsync(long taskId, SelfEvaluationRequest request, CancellationToken ct = default)
    {
        var (task, actorDept) = await ResponsibleAsync(taskId, ct);
        CheckScore(request.Score, "score");
        if (request.Year is < 2021 or > 2035)
        {
            throw new IpCityException("TASK_YEAR_RANGE", "年度须在纲要期 2021–2035 之内。", 400, new Dictionary<string, object?> { ["field"] = "year" });
        }

        if (request.Text is { Length: > 4000 })
        {
            throw IpCityException.Validation("自评说明最长 4000 字。");
        }

        var departmentId = await AssignedDepartmentAsync(taskId, request.Department, actorDept, ct)
            ?? throw new IpCityException(DepartmentNotAssigned, "请指明自评单位 (本任务的牵头或配合单位)。", 400, new Dictionary<string, object?> { ["field"] = "department" });
        var evaluation = await _db.SelfEvaluations.FirstOrDefaultAsync(e => e.TaskId == taskId && e.DepartmentId == departmentId && e.Year == request.Year, ct);
        if (evaluation is not null && await _db.EvaluationReviews.AnyAsync(r => r.SelfEvaluationId == evaluation.Id, ct))
        {
            throw IpCityException.Conflict(EvaluationReviewed, "市局已评审该自评, 不能再修改。");
        }

        var previous = evaluation?.Score;
        if (evaluation is null)
        {
            evaluation = new SelfEvaluation { TaskId = taskId, DepartmentId = departmentId, Year = request.Year, SubmittedBy = Actor };
            _db.SelfEvaluations.Add(evaluation);
        }

        evaluation.Score = request.Score;
        evaluation.Text = string.IsNullOrWhiteSpace(request.Text) ? null : request.Text.Trim();
        evaluation.SubmittedAtUtc = Now;
        evaluation.SubmittedBy = Actor;
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry("TaskSelfEvaluated", AuditOutcome.Success, "OutlineTask", task.Number,
            $"evaluation={evaluation.Id}; department={departmentId}; year={evaluation.Year}; score={Score(evaluation.Score)}{(previous is null ? string.Empty : "; previous=" + Score(previous.Value))}"), ct);
        var dept = await _db.TaskDepartments.AsNoTracking().FirstAsync(d => d.Id == departmentId, ct);
        return ToDto(evaluation, dept, null);
    }

    public async Task<SelfEvaluationDto> ReviewAsync(long evaluationId, ReviewEvaluationRequest request, CancellationToken ct = default)
    {
        var evaluation = await _db.SelfEvaluations.AsNoTracking().FirstOrDefaultAsync(e => e.Id == evaluationId, ct)
            ?? throw new IpCityException("TASK_EVALUATION_NOT_FOUND", $"找不到自评 {evaluationId}。", 404);
        RequireCity();
        CheckScore(request.FinalScore, "finalScore");
        if (request.Comment is { Length: > 4000 })
        {
            throw IpCityException.Validation("评审意见最长 4000 字。");
        }

        var review = await _db.EvaluationReviews.FirstOrDefaultAsync(r => r.SelfEvaluationId == evaluationId, ct);
        var previous = review?.FinalScore;
        if (review is null)
        {
            review = new EvaluationReview { SelfEvaluationId = evaluationId, ReviewedBy = Actor };
            _db.EvaluationReviews.Add(review);
        }

        review.FinalScore = request.FinalScore;
        review.Comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim();
        review.ReviewedAtUtc = Now;
        review.ReviewedBy = Actor;
        await _db.SaveChangesAsync(ct);
        var number = await _db.OutlineTasks.Where(t => t.Id == evaluation.TaskId).Select(t => t.Number).FirstAsync(ct);
        await _audit.RecordAsync(new AuditEntry("TaskEvaluationReviewed", AuditOutcome.Success, "OutlineTask", number,
            $"evaluation={evaluationId}; selfScore={Score(evaluation.Score)}; finalScore={Score(review.FinalScore)}{(previous is null ? string.Empty : "; previous=" + Score(previous.Value))}"), ct);
        var dept = await _db.TaskDepartments.AsNoTracking().FirstAsync(d => d.Id == evaluation.DepartmentId, ct);
        return ToDto(evaluation, dept, review);
    }

    // ---------------------------------------------------------------- export

    private static readonly string[] s_exportHeaders = ["编号", "章", "节", "标题", "状态", "逾期里程碑", "最新进度(%)", "牵头单位", "配合单位", "关联指标", "确认状态", "版本"];

    private async Task<List<string[]>> ExportRowsAsync(TaskQuery query, CancellationToken ct) =>
        (await ListAsync(query, tree: false, ct)).Select(t => new[]
        {
            t.Number, t.Chapter ?? string.Empty, t.Section ?? string.Empty, t.Title, t.StatusLabel, t.OverdueMilestones.ToString(CultureInfo.InvariantCulture),
            t.LatestPercent?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, string.Join("、", t.Lead.Select(d => d.Name)), string.Join("、", t.CoOperating.Select(d => d.Name)),
            string.Join("、", t.Indicators.Select(i => i.IndicatorCode)), t.Confirmation, t.SourceEdition,
        }).ToList();

    public async Task<string> ExportCsvAsync(TaskQuery query, CancellationToken ct = default)
    {
        var rows = await ExportRowsAsync(query, ct);
        var sb = new StringBuilder();
        sb.Append(string.Join(',', s_exportHeaders)).Append("\r\n");
        foreach (var r in rows)
        {
            sb.Append(string.Join(',', r.Select(CsvCells.Cell))).Append("\r\n");
        }

        await _audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "TaskLedger", "csv", $"rows={rows.Count}"), ct);
        return sb.ToString();
    }

    public async Task<byte[]> ExportXlsxAsync(TaskQuery query, CancellationToken ct = default)
    {
        var rows = await ExportRowsAsync(query, ct);
        var sheet = rows.Select(r =>
        {
            var d = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < s_exportHeaders.Length; i++)
            {
                d[s_exportHeaders[i]] = CsvCells.Escape(r[i]);
            }

            return d;
        }).ToList();
        if (sheet.Count == 0)
        {
            sheet.Add(s_exportHeaders.ToDictionary(h => h, _ => (object?)null, StringComparer.Ordinal));
        }

        using var ms = new MemoryStream();
        await ms.SaveAsAsync(sheet, sheetName: "任务台账", cancellationToken: ct);
        await _audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "TaskLedger", "xlsx", $"rows={rows.Count}"), ct);
        return ms.ToArray();
    }

    // ---------------------------------------------------------------- import

    public async Task<IReadOnlyList<TaskLedgerEditionDto>> ListEditionsAsync(CancellationToken ct = default) =>
        (await _db.TaskLedgerEditions.AsNoTracking().OrderByDescending(e => e.Id).ToListAsync(ct))
            .Select(e => new TaskLedgerEditionDto(e.Edition, e.FileName, e.Sha256, e.SourceNote, e.Items, e.Issues, e.ImportedAtUtc, e.ImportedBy)).ToList();

    public async Task<TaskLedgerImportResult> LoadStarterAsync(string? profilePath = null, CancellationToken ct = default)
    {
        var profile = profilePath ?? Path.Combine(AppContext.BaseDirectory, "profiles", "nanchang.json");
        var path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(profile))!, Path.GetFileNameWithoutExtension(profile), StarterFileName);
        if (!File.Exists(path))
        {
            throw new IpCityException(StarterMissing, $"找不到起始台账文件 {path}。", 404);
        }

        return await ImportAsync(path, null, null, null, ct);
    }

    public async Task<TaskLedgerImportResult> ImportAsync(string path, string? edition = null, string? sourceNote = null, string? fileName = null, CancellationToken ct = default)
    {
        RequireCity();
        var name = fileName ?? Path.GetFileName(path);
        var sha = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(path, ct)));
        var file = LedgerFile.Read(path);
        var editionName = (string.IsNullOrWhiteSpace(edition) ? file.Edition : edition)?.Trim();
        if (string.IsNullOrEmpty(editionName) || editionName.Length > 64)
        {
            throw new IpCityException("TASK_LEDGER_EDITION_REQUIRED", "请给出台账版本 (edition, 最长 64)。", 400, new Dictionary<string, object?> { ["field"] = "edition" });
        }

        var note = string.IsNullOrWhiteSpace(sourceNote) ? file.SourceNote : sourceNote.Trim();
        if (note is { Length: > 1000 })
        {
            note = note[..1000];
        }

        var issues = file.Issues.ToList();
        var links = await IndicatorLinks.LoadAsync(_db, _units, ct);
        var rows = new List<(LedgerRow Row, List<(string Code, string? Sentence)> Links)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in file.Rows)
        {
            var resolved = new List<(string Code, string? Sentence)>();
            var bad = false;
            foreach (var (reference, sentence) in row.Indicators)
            {
                var codes = links.Resolve(reference) is { } one ? [one] : reference.Split('、', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(links.Resolve).ToList();
                if (codes.Count > 0 && codes.All(c => c is not null))
                {
                    foreach (var code in codes.Where(c => resolved.All(r => r.Code != c)))
                    {
                        resolved.Add((code!, string.IsNullOrWhiteSpace(sentence) ? null : sentence.Trim()));
                    }
                }
                else
                {
                    issues.Add(new TaskImportIssue(row.Row, "关联指标", $"未知指标 “{reference}”"));
                    bad = true;
                }
            }

            if (!seen.Add(row.Number))
            {
                issues.Add(new TaskImportIssue(row.Row, "编号", $"编号 “{row.Number}” 重复"));
                bad = true;
            }

            if (!bad)
            {
                rows.Add((row, resolved));
            }
        }

        var existing = await _db.OutlineTasks.ToListAsync(ct);
        var numbers = existing.Select(t => t.Number).Concat(rows.Select(r => r.Row.Number)).ToHashSet(StringComparer.Ordinal);
        foreach (var r in rows.Where(r => r.Row.Parent is not null && !numbers.Contains(r.Row.Parent)).ToList())
        {
            issues.Add(new TaskImportIssue(r.Row.Row, "上级编号", $"上级编号 “{r.Row.Parent}” 不存在"));
            rows.Remove(r);
        }

        issues = issues.OrderBy(i => i.Row).ThenBy(i => i.Field, StringComparer.Ordinal).ToList();
        var previous = await _db.TaskLedgerEditions.AsNoTracking().FirstOrDefaultAsync(e => e.Edition == editionName, ct);
        if (previous is not null)
        {
            if (previous.Sha256 != sha)
            {
                throw IpCityException.Conflict(EditionConflict, $"台账版本 {editionName} 已用另一个文件导入过; 修订请使用新的版本号。");
            }

            return new TaskLedgerImportResult(editionName, name, sha, false, 0, 0, rows.Count, 0, issues);
        }

        var created = 0;
        var updated = 0;
        var unchanged = 0;
        var now = Now;
        await using var tx = await _db.Database.BeginTransactionAsync(ct);
        var byNumber = existing.ToDictionary(t => t.Number, StringComparer.Ordinal);
        var order = 0;
        foreach (var (row, _) in rows)
        {
            order++;
            if (!byNumber.TryGetValue(row.Number, out var task))
            {
                task = new OutlineTask { Number = row.Number, Title = row.Title, Confirmation = row.Confirmation, SourceEdition = editionName, UpdatedBy = Actor };
                _db.OutlineTasks.Add(task);
                byNumber[row.Number] = task;
                created++;
            }
            else if (task.Chapter != row.Chapter || task.Section != row.Section || task.Title != row.Title || task.Text != row.Text || task.Note != row.Note
                || task.Confirmation != row.Confirmation || task.IsRetired || task.SortOrder != order)
            {
                updated++;
            }
            else
            {
                unchanged++;
            }

            task.Chapter = row.Chapter;
            task.Section = row.Section;
            task.Title = row.Title;
            task.Text = row.Text;
            task.Note = row.Note;
            task.Confirmation = row.Confirmation;
            task.SortOrder = order;
            task.IsRetired = false;
            task.SourceEdition = editionName;
            task.UpdatedAtUtc = now;
            task.UpdatedBy = Actor;
        }

        var inFile = rows.Select(r => r.Row.Number).ToHashSet(StringComparer.Ordinal);
        var retired = 0;
        foreach (var t in existing.Where(t => !inFile.Contains(t.Number) && !t.IsRetired))
        {
            t.IsRetired = true;
            t.UpdatedAtUtc = now;
            t.UpdatedBy = Actor;
            retired++;
        }

        await _db.SaveChangesAsync(ct);

        // Parents (explicit, else the chapter row of a section), departments and indicator links.
        var cache = await DepartmentCacheAsync(ct);
        var assignments = await _db.TaskAssignments.ToListAsync(ct);
        var taskLinks = await _db.TaskIndicatorLinks.ToListAsync(ct);
        foreach (var (row, resolved) in rows)
        {
            var task = byNumber[row.Number];
            var parentNumber = row.Parent ?? (row.Section is not null && row.Chapter is not null && row.Number != row.Chapter && byNumber.ContainsKey(row.Chapter) ? row.Chapter : null);
            task.ParentId = parentNumber is null ? null : byNumber[parentNumber].Id;
            if (row.Lead.Count > 0 || row.CoOperating.Count > 0)
            {
                var lead = new List<TaskDepartment>();
                foreach (var n in row.Lead)
                {
                    lead.Add(await ResolveDepartmentAsync(n, cache, ct));
                }

                var co = new List<TaskDepartment>();
                foreach (var n in row.CoOperating)
                {
                    co.Add(await ResolveDepartmentAsync(n, cache, ct));
                }

                await _db.SaveChangesAsync(ct);
                ReplaceAssignments(task.Id, lead, co, assignments.Where(a => a.TaskId == task.Id).ToList());
            }

            if (resolved.Count > 0)
            {
                ReplaceLinks(task.Id, resolved, taskLinks.Where(l => l.TaskId == task.Id).ToList());
            }
        }

        _db.TaskLedgerEditions.Add(new TaskLedgerEdition
        {
            Edition = editionName,
            FileName = name.Length > 200 ? name[..200] : name,
            Sha256 = sha,
            SourceNote = note,
            Items = rows.Count,
            Issues = issues.Count,
            ImportedAtUtc = now,
            ImportedBy = Actor,
        });
        await _db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);

        // After the commit: on SQLite the audit trail writes to the same file, which the open transaction would lock.
        await _audit.RecordAsync(new AuditEntry("TaskLedgerImported", AuditOutcome.Success, "TaskLedgerEdition", editionName,
            $"file={name}; sha256={sha}; created={created}; updated={updated}; unchanged={unchanged}; retired={retired}; issues={issues.Count}"), ct);
        return new TaskLedgerImportResult(editionName, name, sha, true, created, updated, unchanged, retired, issues);
    }

    // ---------------------------------------------------------------- helpers

    private sealed record Snapshot(
        List<OutlineTask> Tasks,
        Dictionary<long, TaskDepartment> Departments,
        List<TaskAssignment> Assignments,
        List<WorkPoint> WorkPoints,
        Dictionary<long, TaskSummaryDto> Summaries);

    /// <summary>The whole ledger (a few hundred items at most) with every task's derived status.</summary>
    private async Task<Snapshot> SnapshotAsync(CancellationToken ct)
    {
        var tasks = (await _db.OutlineTasks.AsNoTracking().ToListAsync(ct)).OrderBy(t => t.IsRetired).ThenBy(t => t.SortOrder).ThenBy(t => t.Id).ToList();
        var departments = await _db.TaskDepartments.AsNoTracking().ToDictionaryAsync(d => d.Id, ct);
        var assignments = (await _db.TaskAssignments.AsNoTracking().ToListAsync(ct)).OrderBy(a => a.SortOrder).ThenBy(a => a.Id).ToList();
        var links = await _db.TaskIndicatorLinks.AsNoTracking().OrderBy(l => l.Id).ToListAsync(ct);
        var workPoints = await _db.WorkPoints.AsNoTracking().Include(w => w.Milestones).ToListAsync(ct);
        var reports = (await _db.ProgressReports.AsNoTracking().Select(r => new { r.TaskId, r.Percent, r.ReportedAtUtc, r.Id }).ToListAsync(ct))
            .GroupBy(r => r.TaskId).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.ReportedAtUtc).ThenByDescending(r => r.Id).Select(r => r.Percent).ToList());
        var indicators = await IndicatorLinks.LoadAsync(_db, _units, ct);
        var today = Today;
        var summaries = new Dictionary<long, TaskSummaryDto>();
        foreach (var t in tasks)
        {
            var milestones = workPoints.Where(w => w.TaskId == t.Id).SelectMany(w => w.Milestones).ToList();
            var percents = reports.GetValueOrDefault(t.Id) ?? [];
            var status = TaskStatusRules.Derive(milestones, percents, today);
            var mine = assignments.Where(a => a.TaskId == t.Id).ToList();
            summaries[t.Id] = new TaskSummaryDto(
                t.Id, t.Number, t.Chapter, t.Section, t.Title, t.ParentId, status.ToString(), TaskStatusRules.Label(status),
                milestones.Count(m => m.IsOverdue(today)), percents.Count > 0 ? percents[0] : null,
                mine.Where(a => a.Role == TaskAssignmentRole.Lead).Select(a => ToDto(departments[a.DepartmentId])).ToList(),
                mine.Where(a => a.Role == TaskAssignmentRole.CoOperating).Select(a => ToDto(departments[a.DepartmentId])).ToList(),
                links.Where(l => l.TaskId == t.Id).Select(l => new TaskIndicatorLinkDto(l.IndicatorCode, indicators.NameOf(l.IndicatorCode), indicators.NameOf(l.IndicatorCode) is not null, l.Sentence)).ToList(),
                t.Confirmation, t.SourceEdition, t.IsRetired, []);
        }

        return new Snapshot(tasks, departments, assignments, workPoints, summaries);
    }

    private TaskDepartment? ActorDepartment(Snapshot snapshot, long taskId)
    {
        var unit = _request.UnitCode;
        return unit is null ? null : snapshot.Assignments.Where(a => a.TaskId == taskId).Select(a => snapshot.Departments[a.DepartmentId]).FirstOrDefault(d => d.Code == unit);
    }

    private void RequireCity()
    {
        if (!IsCity)
        {
            throw new IpCityException(ErrorCodes.Forbidden, "只有市知识产权局可以执行此操作。", 403);
        }
    }

    /// <summary>
    /// The task (404 first, so a missing task is never confused with a refusal) and the actor's own unit on it:
    /// null for the city office, the matching lead/co-operating unit for a department or district; otherwise refused.
    /// </summary>
    private async Task<(OutlineTask Task, TaskDepartment? ActorDepartment)> ResponsibleAsync(long taskId, CancellationToken ct)
    {
        var task = await _db.OutlineTasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, ct) ?? throw NotFound(taskId);
        if (IsCity)
        {
            return (task, null);
        }

        var unit = _request.UnitCode;
        var dept = unit is null ? null : await (from a in _db.TaskAssignments
                                                join d in _db.TaskDepartments on a.DepartmentId equals d.Id
                                                where a.TaskId == taskId && d.Code == unit
                                                select d).AsNoTracking().FirstOrDefaultAsync(ct);
        if (dept is null)
        {
            await _audit.RecordAsync(new AuditEntry(AuditEvents.AccessDenied, AuditOutcome.Denied, "OutlineTask", task.Number, $"unit={unit ?? "-"}: not a lead or co-operating unit"), ct);
            throw new IpCityException(NotResponsible, $"任务 {task.Number} 不是本单位牵头或配合的任务。", 403, new Dictionary<string, object?> { ["task"] = task.Number });
        }

        return (task, dept);
    }

    /// <summary>The department a write is made for: the actor's own unit, or (city office) the named unit, which must be assigned to the task.</summary>
    private async Task<long?> AssignedDepartmentAsync(long taskId, string? requested, TaskDepartment? actorDept, CancellationToken ct)
    {
        if (actorDept is not null)
        {
            if (!string.IsNullOrWhiteSpace(requested) && requested.Trim() != actorDept.Code && requested.Trim() != actorDept.Name)
            {
                throw new IpCityException(NotResponsible, "只能以本单位名义填报。", 403);
            }

            return actorDept.Id;
        }

        if (string.IsNullOrWhiteSpace(requested))
        {
            return null;
        }

        var r = requested.Trim();
        return await (from a in _db.TaskAssignments
                      join d in _db.TaskDepartments on a.DepartmentId equals d.Id
                      where a.TaskId == taskId && (d.Code == r || d.Name == r)
                      select (long?)d.Id).FirstOrDefaultAsync(ct)
            ?? throw new IpCityException(DepartmentNotAssigned, $"“{r}” 不是本任务的牵头或配合单位。", 400, new Dictionary<string, object?> { ["department"] = r });
    }

    private async Task<Dictionary<string, TaskDepartment>> DepartmentCacheAsync(CancellationToken ct)
    {
        var cache = new Dictionary<string, TaskDepartment>(StringComparer.Ordinal);
        foreach (var d in await _db.TaskDepartments.ToListAsync(ct))
        {
            cache[d.Name] = d;
            cache[d.Code] = d;
        }

        return cache;
    }

    /// <summary>
    /// A unit by code or name; a new name becomes a unit: a county-level unit or zone of the city profile (its
    /// org-unit code), else a department with a provisional code ("dept-" + hash) the city office can edit.
    /// </summary>
    private async Task<TaskDepartment> ResolveDepartmentAsync(string reference, Dictionary<string, TaskDepartment> cache, CancellationToken ct)
    {
        var r = reference.Trim();
        if (r.Length is 0 or > 100)
        {
            throw IpCityException.Validation($"单位名称不合法: “{reference}”。");
        }

        if (cache.TryGetValue(r, out var found))
        {
            return found;
        }

        var units = await _units.GetUnitsAsync(null, false, ct);
        var unit = units.FirstOrDefault(u => u.Kind != "Municipality" && (u.Code == r || u.Name == r || u.ShortName == r));
        if (unit is not null && cache.TryGetValue(unit.Code, out var known))
        {
            cache[r] = known;
            return known;
        }

        var dept = unit is not null
            ? new TaskDepartment { Code = unit.Code, Name = unit.Name, Kind = TaskDepartmentKind.District, CreatedAtUtc = Now, CreatedBy = Actor }
            : new TaskDepartment
            {
                Code = "dept-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(r)))[..10],
                Name = r,
                Kind = TaskDepartmentKind.Department,
                CreatedAtUtc = Now,
                CreatedBy = Actor,
            };
        if (cache.TryGetValue(dept.Name, out var byName))
        {
            cache[r] = byName;
            return byName;
        }

        _db.TaskDepartments.Add(dept);
        cache[r] = dept;
        cache[dept.Name] = dept;
        cache[dept.Code] = dept;
        return dept;
    }

    private string ReplaceAssignments(long taskId, List<TaskDepartment> lead, List<TaskDepartment> co, List<TaskAssignment> current)
    {
        var wanted = lead.DistinctBy(d => d.Id).Select((d, i) => (d, TaskAssignmentRole.Lead, i))
            .Concat(co.DistinctBy(d => d.Id).Where(d => lead.All(l => l.Id != d.Id)).Select((d, i) => (d, TaskAssignmentRole.CoOperating, i)))
            .ToList();
        _db.TaskAssignments.RemoveRange(current.Where(a => wanted.All(w => w.d.Id != a.DepartmentId)));
        foreach (var (d, role, i) in wanted)
        {
            var a = current.FirstOrDefault(x => x.DepartmentId == d.Id);
            if (a is null)
            {
                _db.TaskAssignments.Add(new TaskAssignment { TaskId = taskId, DepartmentId = d.Id, Role = role, SortOrder = i });
            }
            else
            {
                a.Role = role;
                a.SortOrder = i;
            }
        }

        return $"lead={string.Join("、", lead.Select(d => d.Name))}; co={string.Join("、", co.Select(d => d.Name))}";
    }

    private string ReplaceLinks(long taskId, List<(string Code, string? Sentence)> wanted, List<TaskIndicatorLink> current)
    {
        _db.TaskIndicatorLinks.RemoveRange(current.Where(l => wanted.All(w => w.Code != l.IndicatorCode)));
        foreach (var (code, sentence) in wanted)
        {
            var link = current.FirstOrDefault(l => l.IndicatorCode == code);
            if (link is null)
            {
                _db.TaskIndicatorLinks.Add(new TaskIndicatorLink { TaskId = taskId, IndicatorCode = code, Sentence = sentence });
            }
            else
            {
                link.Sentence = sentence;
            }
        }

        return $"indicators={string.Join(",", wanted.Select(w => w.Code))}";
    }

    private static string Required(string? value, string field, int max)
    {
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v) || v.Length > max)
        {
            throw IpCityException.Validation($"{field} 必填, 最长 {max} 字。", new Dictionary<string, object?> { ["field"] = field });
        }

        return v;
    }

    private static void CheckScore(decimal score, string field)
    {
        if (score is < 0 or > 100 || decimal.Round(score, 2) != score)
        {
            throw new IpCityException("TASK_SCORE_RANGE", "分数须在 0–100 之间 (最多两位小数)。", 400, new Dictionary<string, object?> { ["field"] = field });
        }
    }

    private static string Score(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static IpCityException NotFound(long id) => new(TaskNotFound, $"找不到任务 {id}。", 404);

    private static TaskDepartmentDto ToDto(TaskDepartment d) => new(d.Id, d.Code, d.Name, d.Kind.ToString());

    private static TaskDepartmentDto? Dept(Dictionary<long, TaskDepartment> departments, long? id) =>
        id is { } v && departments.TryGetValue(v, out var d) ? ToDto(d) : null;

    private static WorkPointDto ToDto(WorkPoint w, Dictionary<long, TaskDepartment> departments, DateOnly today) =>
        new(w.Id, w.Year, w.Description, Dept(departments, w.OwnerDepartmentId),
            w.Milestones.OrderBy(m => m.DueOn).ThenBy(m => m.Id).Select(m => new MilestoneDto(m.Id, m.Title, m.DueOn, m.CompletedOn, m.IsOverdue(today))).ToList(),
            w.CreatedAtUtc, w.CreatedBy);

    private static AttachmentDto ToDto(EvidenceAttachment a) => new(a.Id, a.ReportId, a.FileName, a.ContentType, a.Size, a.Sha256, a.UploadedAtUtc, a.UploadedBy);

    private static SelfEvaluationDto ToDto(SelfEvaluation e, TaskDepartment d, EvaluationReview? r) =>
        new(e.Id, e.TaskId, ToDto(d), e.Year, e.Score, e.Text, e.SubmittedAtUtc, e.SubmittedBy,
            r is null ? null : new EvaluationReviewDto(r.FinalScore, r.Comment, r.ReviewedAtUtc, r.ReviewedBy));
}

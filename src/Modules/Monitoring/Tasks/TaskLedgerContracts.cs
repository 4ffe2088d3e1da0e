namespace IpCity.Monitoring.Contracts;

public sealed record TaskDepartmentDto(long Id, string Code, string Name, string Kind);

/// <summary>An indicator link; <paramref name="Resolved"/> says whether the code names a known indicator.</summary>
public sealed record TaskIndicatorLinkDto(string IndicatorCode, string? IndicatorName, bool Resolved, string? Sentence);

public sealed record TaskSummaryDto(
    long Id,
    string Number,
    string? Chapter,
    string? Section,
    string Title,
    long? ParentId,
    string Status,
    string StatusLabel,
    int OverdueMilestones,
    int? LatestPercent,
    IReadOnlyList<TaskDepartmentDto> Lead,
    IReadOnlyList<TaskDepartmentDto> CoOperating,
    IReadOnlyList<TaskIndicatorLinkDto> Indicators,
    string Confirmation,
    string SourceEdition,
    bool IsRetired,
    IReadOnlyList<TaskSummaryDto> Children);

public sealed record MilestoneDto(long Id, string Title, DateOnly DueOn, DateOnly? CompletedOn, bool Overdue);

public sealed record WorkPointDto(long Id, int Year, string Description, TaskDepartmentDto? Owner, IReadOnlyList<MilestoneDto> Milestones, DateTime CreatedAtUtc, string CreatedBy);

public sealed record AttachmentDto(long Id, long ReportId, string FileName, string ContentType, long Size, string Sha256, DateTime UploadedAtUtc, string UploadedBy);

public sealed record ProgressReportDto(long Id, long? WorkPointId, TaskDepartmentDto? Department, string Period, string Text, int Percent, DateTime ReportedAtUtc, string ReportedBy, IReadOnlyList<AttachmentDto> Attachments);

public sealed record EvaluationReviewDto(decimal FinalScore, string? Comment, DateTime ReviewedAtUtc, string ReviewedBy);

public sealed record SelfEvaluationDto(long Id, long TaskId, TaskDepartmentDto Department, int Year, decimal Score, string? Text, DateTime SubmittedAtUtc, string SubmittedBy, EvaluationReviewDto? Review);

public sealed record TaskDetailDto(
    TaskSummaryDto Task,
    string? Text,
    string? Note,
    IReadOnlyList<WorkPointDto> WorkPoints,
    IReadOnlyList<ProgressReportDto> Reports,
    IReadOnlyList<SelfEvaluationDto> Evaluations,
    bool CanReport,
    bool CanManage);

public sealed record OverdueItemDto(long TaskId, string TaskNumber, string TaskTitle, long WorkPointId, int Year, string WorkPoint, long MilestoneId, string Milestone, DateOnly DueOn, int DaysOverdue);

/// <summary>Overdue milestones of one responsible unit (the work point's owner, else the task's lead units).</summary>
public sealed record OverdueGroupDto(TaskDepartmentDto? Department, IReadOnlyList<OverdueItemDto> Items);

public sealed record TaskImportIssue(int Row, string Field, string Reason);

public sealed record TaskLedgerImportResult(string Edition, string FileName, string Sha256, bool Changed, int Created, int Updated, int Unchanged, int Retired, IReadOnlyList<TaskImportIssue> Issues);

public sealed record TaskLedgerEditionDto(string Edition, string FileName, string Sha256, string? SourceNote, int Items, int Issues, DateTime ImportedAtUtc, string ImportedBy);

/// <summary>Ledger filters: department (code or name), status (code name or 未开始/进行中/已完成/滞后), overdue only.</summary>
public sealed record TaskQuery(string? Department = null, string? Status = null, bool? Overdue = null);

public sealed record SetTaskDepartmentsRequest(IReadOnlyList<string>? Lead, IReadOnlyList<string>? CoOperating);

public sealed record TaskIndicatorLinkRequest(string IndicatorCode, string? Sentence);

public sealed record SetTaskIndicatorsRequest(IReadOnlyList<TaskIndicatorLinkRequest>? Links);

public sealed record MilestoneRequest(string Title, DateOnly DueOn);

public sealed record AddWorkPointRequest(int Year, string Description, string? OwnerDepartment, IReadOnlyList<MilestoneRequest>? Milestones);

public sealed record AddProgressReportRequest(string Period, string Text, int Percent, long? WorkPointId = null, IReadOnlyList<long>? CompletedMilestoneIds = null, string? Department = null);

public sealed record SelfEvaluationRequest(int Year, decimal Score, string? Text, string? Department = null);

public sealed record ReviewEvaluationRequest(decimal FinalScore, string? Comment);

public sealed record UpdateTaskDepartmentRequest(string Code, string Name);

/// <summary>
/// The task ledger (任务台账, issue 4 §6). Reads: every officer. Structure edits, reviews and imports: CityOfficer.
/// Work points, progress reports, evidence and self-evaluations: the lead or co-operating unit of the task
/// (account unit code = the unit's code) or a CityOfficer. Every change is audited.
/// </summary>
public interface ITaskLedger
{
    Task<IReadOnlyList<TaskSummaryDto>> ListAsync(TaskQuery query, bool tree = true, CancellationToken ct = default);

    Task<TaskDetailDto> GetAsync(long id, CancellationToken ct = default);

    Task<IReadOnlyList<TaskDepartmentDto>> ListDepartmentsAsync(CancellationToken ct = default);

    Task<TaskDepartmentDto> UpdateDepartmentAsync(long id, UpdateTaskDepartmentRequest request, CancellationToken ct = default);

    Task<TaskDetailDto> SetDepartmentsAsync(long id, SetTaskDepartmentsRequest request, CancellationToken ct = default);

    Task<TaskDetailDto> SetIndicatorsAsync(long id, SetTaskIndicatorsRequest request, CancellationToken ct = default);

    Task<WorkPointDto> AddWorkPointAsync(long taskId, AddWorkPointRequest request, CancellationToken ct = default);

    Task<ProgressReportDto> AddReportAsync(long taskId, AddProgressReportRequest request, CancellationToken ct = default);

    Task<AttachmentDto> AddAttachmentAsync(long reportId, string fileName, string? contentType, Stream content, CancellationToken ct = default);

    /// <summary>The attachment and an open stream of its bytes (checked against the stored SHA-256).</summary>
    Task<(AttachmentDto Attachment, Stream Content)> OpenAttachmentAsync(long attachmentId, CancellationToken ct = default);

    Task<SelfEvaluationDto> EvaluateAsync(long taskId, SelfEvaluationRequest request, CancellationToken ct = default);

    Task<SelfEvaluationDto> ReviewAsync(long evaluationId, ReviewEvaluationRequest request, CancellationToken ct = default);

    Task<IReadOnlyList<OverdueGroupDto>> OverdueAsync(string? department = null, CancellationToken ct = default);

    Task<string> ExportCsvAsync(TaskQuery query, CancellationToken ct = default);

    Task<byte[]> ExportXlsxAsync(TaskQuery query, CancellationToken ct = default);

    Task<IReadOnlyList<TaskLedgerEditionDto>> ListEditionsAsync(CancellationToken ct = default);

    /// <summary>Imports a ledger file (.xlsx with Chinese headers, or .json); versioned by edition, idempotent.</summary>
    Task<TaskLedgerImportResult> ImportAsync(string path, string? edition = null, string? sourceNote = null, string? fileName = null, CancellationToken ct = default);

    /// <summary>Imports the starter ledger shipped beside the city profile (profiles/&lt;city&gt;/outline-tasks.json).</summary>
    Task<TaskLedgerImportResult> LoadStarterAsync(string? profilePath = null, CancellationToken ct = default);
}

namespace IpCity.Monitoring.Domain;

/// <summary>Task status in the ledger (任务台账). Derived from milestones and progress reports, never typed in.</summary>
internal enum LedgerTaskStatus
{
    /// <summary>未开始.</summary>
    NotStarted,

    /// <summary>进行中.</summary>
    InProgress,

    /// <summary>已完成.</summary>
    Completed,

    /// <summary>滞后: a milestone is past its due date and not completed.</summary>
    Lagging,
}

internal enum TaskDepartmentKind
{
    /// <summary>A city department (成员单位), e.g. 市市场监管局.</summary>
    Department,

    /// <summary>A county-level unit or functional zone; its code is the org-unit code.</summary>
    District,
}

internal enum TaskAssignmentRole
{
    /// <summary>牵头单位.</summary>
    Lead,

    /// <summary>配合单位.</summary>
    CoOperating,
}

/// <summary>
/// A responsible unit of the ledger (责任单位). An officer acts for it when the account's unit code
/// (claim <c>ipcity:unit</c>) equals <see cref="Code"/>; the city office edits codes and names.
/// </summary>
internal sealed class TaskDepartment
{
    public long Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public TaskDepartmentKind Kind { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public required string CreatedBy { get; set; }
}

/// <summary>
/// One chapter or numbered sub-section of the Outline (纲要) as a ledger task: 章 "四", 节 "(二)", 编号 "四(二)".
/// The wording comes only from the city-maintained ledger file; starter items carry status UNCONFIRMED.
/// </summary>
internal sealed class OutlineTask
{
    public long Id { get; set; }

    /// <summary>编号, unique, e.g. "四" or "四(二)"; starter items without a confirmed number use a provisional key.</summary>
    public required string Number { get; set; }

    public string? Chapter { get; set; }

    public string? Section { get; set; }

    public required string Title { get; set; }

    /// <summary>任务原文: the Outline sentence(s), as given by the ledger file (never invented).</summary>
    public string? Text { get; set; }

    /// <summary>Editorial note (e.g. where a starter item comes from); not Outline text.</summary>
    public string? Note { get; set; }

    public long? ParentId { get; set; }

    public int SortOrder { get; set; }

    /// <summary>CONFIRMED (checked against the official text) or UNCONFIRMED.</summary>
    public required string Confirmation { get; set; }

    /// <summary>The ledger edition the item was last imported from.</summary>
    public required string SourceEdition { get; set; }

    /// <summary>Not in the latest imported edition any more; kept with its history.</summary>
    public bool IsRetired { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public required string UpdatedBy { get; set; }
}

/// <summary>A lead or co-operating unit of a task.</summary>
internal sealed class TaskAssignment
{
    public long Id { get; set; }

    public long TaskId { get; set; }

    public long DepartmentId { get; set; }

    public TaskAssignmentRole Role { get; set; }

    public int SortOrder { get; set; }
}

/// <summary>A measurable thing a task names, linked to its indicator code (IndicatorDefinition.Code), with the sentence that names it.</summary>
internal sealed class TaskIndicatorLink
{
    public long Id { get; set; }

    public long TaskId { get; set; }

    public required string IndicatorCode { get; set; }

    public string? Sentence { get; set; }
}

/// <summary>A yearly work point (年度工作要点) of a task, owned by one unit, with its milestones.</summary>
internal sealed class WorkPoint
{
    public long Id { get; set; }

    public long TaskId { get; set; }

    public int Year { get; set; }

    public required string Description { get; set; }

    public long? OwnerDepartmentId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public required string CreatedBy { get; set; }

    public List<Milestone> Milestones { get; set; } = [];
}

internal sealed class Milestone
{
    public long Id { get; set; }

    public long WorkPointId { get; set; }

    public required string Title { get; set; }

    public DateOnly DueOn { get; set; }

    public DateOnly? CompletedOn { get; set; }

    public bool IsOverdue(DateOnly today) => CompletedOn is null && DueOn < today;
}

/// <summary>A progress report (进展报告) by the reporting unit for a period, with evidence attachments.</summary>
internal sealed class ProgressReport
{
    public long Id { get; set; }

    public long TaskId { get; set; }

    public long? WorkPointId { get; set; }

    public long? DepartmentId { get; set; }

    /// <summary>Reporting period as typed, e.g. "2026-Q1", "2026-03", "2026".</summary>
    public required string Period { get; set; }

    public required string Text { get; set; }

    public int Percent { get; set; }

    public DateTime ReportedAtUtc { get; set; }

    public required string ReportedBy { get; set; }
}

/// <summary>
/// Evidence file of a report. Stored under the data directory by a server-generated key (never the client's
/// name), with its SHA-256; only offered for download (Content-Disposition: attachment), never rendered inline.
/// </summary>
internal sealed class EvidenceAttachment
{
    public long Id { get; set; }

    public long ReportId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    public required string Sha256 { get; set; }

    /// <summary>Path relative to the data directory.</summary>
    public required string StorageKey { get; set; }

    public DateTime UploadedAtUtc { get; set; }

    public required string UploadedBy { get; set; }
}

/// <summary>自评: a department's or district's own score (0–100) for a task and year.</summary>
internal sealed class SelfEvaluation
{
    public long Id { get; set; }

    public long TaskId { get; set; }

    public long DepartmentId { get; set; }

    public int Year { get; set; }

    public decimal Score { get; set; }

    public string? Text { get; set; }

    public DateTime SubmittedAtUtc { get; set; }

    public required string SubmittedBy { get; set; }
}

/// <summary>The city office's review of a self-evaluation, with the final score (终评).</summary>
internal sealed class EvaluationReview
{
    public long Id { get; set; }

    public long SelfEvaluationId { get; set; }

    public decimal FinalScore { get; set; }

    public string? Comment { get; set; }

    public DateTime ReviewedAtUtc { get; set; }

    public required string ReviewedBy { get; set; }
}

/// <summary>One imported edition of the ledger file (versioned; the same edition and file again changes nothing).</summary>
internal sealed class TaskLedgerEdition
{
    public long Id { get; set; }

    public required string Edition { get; set; }

    public required string FileName { get; set; }

    public required string Sha256 { get; set; }

    public string? SourceNote { get; set; }

    public int Items { get; set; }

    public int Issues { get; set; }

    public DateTime ImportedAtUtc { get; set; }

    public required string ImportedBy { get; set; }
}

/// <summary>Status rules of the ledger (pure; the clock's date is passed in).</summary>
internal static class TaskStatusRules
{
    /// <summary>
    /// 滞后 when a milestone is overdue; else 已完成 when the latest report (first of <paramref name="reportPercents"/>,
    /// newest first) says 100 %; else 进行中 once anything was reported or a milestone done; else 未开始.
    /// </summary>
    public static LedgerTaskStatus Derive(IEnumerable<Milestone> milestones, IEnumerable<int> reportPercents, DateOnly today)
    {
        var ms = milestones.ToList();
        var percents = reportPercents.ToList();
        if (ms.Any(m => m.IsOverdue(today)))
        {
            return LedgerTaskStatus.Lagging;
        }

        if (percents.Count > 0 && percents[0] >= 100)
        {
            return LedgerTaskStatus.Completed;
        }

        return percents.Count > 0 || ms.Any(m => m.CompletedOn is not null) ? LedgerTaskStatus.InProgress : LedgerTaskStatus.NotStarted;
    }

    public static string Label(LedgerTaskStatus status) => status switch
    {
        LedgerTaskStatus.NotStarted => "未开始",
        LedgerTaskStatus.InProgress => "进行中",
        LedgerTaskStatus.Completed => "已完成",
        _ => "滞后",
    };

    /// <summary>Accepts the code name or the Chinese label.</summary>
    public static LedgerTaskStatus? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        foreach (var s in Enum.GetValues<LedgerTaskStatus>())
        {
            if (string.Equals(s.ToString(), value.Trim(), StringComparison.OrdinalIgnoreCase) || Label(s) == value.Trim())
            {
                return s;
            }
        }

        return null;
    }
}

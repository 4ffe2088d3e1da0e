namespace IpCity.Protection.Contracts;

/// <summary>Where a case stands in its procedure (DOMAIN.md §7; Outline 五).</summary>
public static class CaseStates
{
    /// <summary>线索核查 (penalty procedures) or 受理审查 of a request (adjudication, mediation).</summary>
    public const string Intake = "Intake";

    /// <summary>立案.</summary>
    public const string Filed = "Filed";

    /// <summary>调查 / 审理 / 调解.</summary>
    public const string Investigation = "Investigation";

    /// <summary>告知 (陈述申辩, 听证) before a decision.</summary>
    public const string Notification = "Notification";

    /// <summary>决定 (处罚决定, 裁决) or 调解协议.</summary>
    public const string Decided = "Decided";

    /// <summary>执行.</summary>
    public const string Execution = "Execution";

    /// <summary>中止 (鉴定, 听证, 公告 …): the clock stops until 恢复.</summary>
    public const string Suspended = "Suspended";

    /// <summary>结案 (by decision, mediation, withdrawal, cancellation or referral).</summary>
    public const string Closed = "Closed";

    /// <summary>不予立案 / 不予受理: never counted as filed.</summary>
    public const string NotFiled = "NotFiled";

    public static readonly IReadOnlyList<string> Open = [Filed, Investigation, Notification, Decided, Execution, Suspended];

    public static string Name(string state) => state switch
    {
        Intake => "受理审查",
        Filed => "已立案",
        Investigation => "调查/审理",
        Notification => "告知/听证",
        Decided => "已决定",
        Execution => "执行",
        Suspended => "中止",
        Closed => "已结案",
        NotFiled => "不予立案",
        _ => state,
    };
}

/// <summary>Actions that move a case (each one a row of its history).</summary>
public static class CaseActions
{
    public const string File = "File";
    public const string Refuse = "Refuse";
    public const string Investigate = "Investigate";
    public const string Notify = "Notify";
    public const string Decide = "Decide";
    public const string Mediate = "Mediate";
    public const string Execute = "Execute";
    public const string Close = "Close";
    public const string Withdraw = "Withdraw";
    public const string Cancel = "Cancel";
    public const string Refer = "Refer";
    public const string Suspend = "Suspend";
    public const string Resume = "Resume";
    public const string Extend = "Extend";
}

/// <summary>How a case ended (DOMAIN.md §1.5: every mode countable).</summary>
public static class ClosureModes
{
    public const string Decision = "Decision";
    public const string Mediated = "Mediated";
    public const string Withdrawn = "Withdrawn";
    public const string Cancelled = "Cancelled";
    public const string Referred = "Referred";

    public static string Name(string? mode) => mode switch
    {
        Decision => "决定结案",
        Mediated => "调解结案",
        Withdrawn => "撤回",
        Cancelled => "撤销案件",
        Referred => "移送",
        null => string.Empty,
        _ => mode,
    };
}

public static class PartyRoles
{
    /// <summary>请求人 / 投诉人 / 举报人.</summary>
    public const string Requester = "Requester";

    /// <summary>被请求人 / 当事人 (the party a penalty case is against).</summary>
    public const string Respondent = "Respondent";

    public const string ThirdParty = "ThirdParty";
}

public sealed record PartyInput(string Role, string Kind, string Name, string? IdNumber, string? Contact, string? Address);

public sealed record CaseLinkInput(string Kind, string Number);

/// <summary>A case opened by staff (the handling unit is the officer's own unless the city office chooses one).</summary>
public sealed record OpenCaseRequest(
    string Type,
    string Title,
    string? Summary,
    DateOnly ReceivedOn,
    string? UnitCode,
    bool Confidential,
    IReadOnlyList<PartyInput> Parties,
    IReadOnlyList<CaseLinkInput>? Links = null,
    decimal? AmountInvolved = null);

/// <summary>A complaint or report from the public portal; anonymous only for reports of counterfeiting and trademark infringement.</summary>
public sealed record ComplaintRequest(
    string Type,
    string Title,
    string Description,
    string? UnitCode,
    bool Anonymous,
    string? ComplainantName,
    string? ComplainantIdNumber,
    string? ComplainantContact,
    string RespondentName,
    string? RespondentIdNumber,
    IReadOnlyList<CaseLinkInput>? Links = null);

public sealed record ComplaintReceipt(string TrackingCode, string CaseNumber, DateOnly ReceivedOn, string State);

public sealed record ComplaintStatusDto(string CaseNumber, string TypeName, string State, string StateName, DateOnly ReceivedOn, DateOnly? ClosedOn);

/// <summary>One move of a case; the optimistic-concurrency version is required (a stale one gets 409 CASE_CONCURRENCY).</summary>
public sealed record CaseActionRequest(
    string Action,
    int Version,
    DateOnly? On = null,
    string? Note = null,
    string? DocumentNumber = null,
    string? Reason = null,
    int? ExtensionAmount = null,
    PeriodUnit? ExtensionUnit = null,
    long? BodyId = null,
    string? Channel = null,
    decimal? Fine = null,
    decimal? AmountInvolved = null);

public sealed record AssignHandlersRequest(IReadOnlyList<string> Handlers, int Version);

public sealed record ReferralOutcomeRequest(string Outcome, DateOnly On, bool JudicialConfirmation);

public sealed record PartyDto(long Id, string Role, string Kind, string Name, string? IdNumber, string? Contact, bool Masked);

public sealed record CaseEventDto(DateTime AtUtc, DateOnly On, string Action, string? FromState, string ToState, string Actor, string? Note, string? DocumentNumber);

public sealed record CaseLinkDto(string Kind, string Number, long? RecordId, string? Title);

public sealed record AttachmentDto(long Id, string FileName, string Sha256, long Size, string Kind, DateTime UploadedAtUtc, string UploadedBy);

public sealed record ReferralDto(long Id, string Channel, long? BodyId, string? BodyName, DateOnly ReferredOn, string? Outcome, DateOnly? OutcomeOn, bool JudicialConfirmation);

/// <summary>A time limit of the case as it stands: which rule, due date, days left (negative = overdue), the explanation trail.</summary>
public sealed record CaseDeadlineDto(string Name, string Label, DateOnly Start, DateOnly Due, int DaysLeft, string State, IReadOnlyList<string> Trail, bool CalendarMissing);

public sealed record CaseSummaryDto(
    Guid Id,
    string Number,
    string Type,
    string TypeName,
    string State,
    string StateName,
    string UnitCode,
    bool Confidential,
    string Title,
    DateOnly ReceivedOn,
    DateOnly? FiledOn,
    DateOnly? ClosedOn,
    string? ClosureMode,
    bool? ClosedLate,
    CaseDeadlineDto? NextDeadline);

public sealed record CaseDetailDto(
    CaseSummaryDto Summary,
    int Version,
    string? Description,
    string Source,
    IReadOnlyList<PartyDto> Parties,
    IReadOnlyList<string> Handlers,
    int HandlersRequired,
    IReadOnlyList<CaseLinkDto> Links,
    IReadOnlyList<CaseEventDto> History,
    IReadOnlyList<CaseDeadlineDto> Deadlines,
    IReadOnlyList<AttachmentDto> Attachments,
    IReadOnlyList<ReferralDto> Referrals,
    IReadOnlyList<string> AllowedActions,
    decimal? AmountInvolved,
    decimal? Fine);

public sealed record CaseQuery(string? Type = null, string? State = null, string? UnitCode = null, int? Year = null, string? Text = null, bool? Overdue = null, int Page = 1, int PageSize = 50);

public sealed record CasePage(IReadOnlyList<CaseSummaryDto> Items, int Page, int PageSize, int Total);

/// <summary>The protection register's cases: intake, procedure, deadlines, parties and documents, scoped by actor.</summary>
public interface ICaseRegister
{
    Task<ComplaintReceipt> FileComplaintAsync(ComplaintRequest request, CancellationToken ct = default);

    Task<ComplaintStatusDto> ComplaintStatusAsync(string trackingCode, CancellationToken ct = default);

    /// <summary>Evidence the complainant adds with the tracking code while the complaint is in intake (at most ten files).</summary>
    Task<AttachmentDto> AttachToComplaintAsync(string trackingCode, string fileName, Stream content, CancellationToken ct = default);

    Task<CaseDetailDto> OpenAsync(ProtectionActor actor, OpenCaseRequest request, CancellationToken ct = default);

    Task<CasePage> ListAsync(ProtectionActor actor, CaseQuery query, CancellationToken ct = default);

    /// <summary>The case; with <paramref name="unmask"/> the parties in full, for its handlers and the city office, with a stated reason (audited).</summary>
    Task<CaseDetailDto> GetAsync(ProtectionActor actor, Guid id, bool unmask = false, string? reason = null, CancellationToken ct = default);

    Task<CaseDetailDto> ActAsync(ProtectionActor actor, Guid id, CaseActionRequest request, CancellationToken ct = default);

    Task<CaseDetailDto> AssignAsync(ProtectionActor actor, Guid id, AssignHandlersRequest request, CancellationToken ct = default);

    Task<ReferralDto> RecordReferralOutcomeAsync(ProtectionActor actor, Guid id, long referralId, ReferralOutcomeRequest request, CancellationToken ct = default);

    Task<AttachmentDto> AttachAsync(ProtectionActor actor, Guid id, string fileName, string? kind, Stream content, CancellationToken ct = default);

    Task<(AttachmentDto Attachment, Stream Content)> OpenAttachmentAsync(ProtectionActor actor, Guid id, long attachmentId, CancellationToken ct = default);

    IAsyncEnumerable<CaseSummaryDto> ExportAsync(ProtectionActor actor, CaseQuery query, CancellationToken ct = default);
}

/// <summary>Closure-rate variants (DOMAIN.md §1.5) and cycle times for one unit, year and (optionally) case type.</summary>
public sealed record CaseStatisticsDto(
    int Year,
    string UnitCode,
    string? Type,
    int Filed,
    int CarriedOver,
    int Closed,
    int Due,
    int ClosedInTime,
    decimal? RateA,
    decimal? RateB,
    decimal? RateC,
    double? MedianDays,
    double? P90Days,
    IReadOnlyDictionary<string, int> ByClosureMode,
    decimal AmountInvolved,
    decimal Fines);

/// <summary>The cases behind each closure-rate element of a year, for the Outline monitoring (computed source with drill-down).</summary>
public sealed record CaseFact(long Id, string UnitCode, bool Filed, bool CarriedOver, bool Closed, bool Due, bool ClosedInTime);

public interface ICaseStatistics
{
    Task<IReadOnlyList<CaseStatisticsDto>> ByTypeAsync(ProtectionActor actor, int year, string? unitCode, CancellationToken ct = default);

    /// <summary>Every case that counts in the year's closure-rate elements (scope: DOMAIN.md §1.5 case types), for all units.</summary>
    Task<IReadOnlyList<CaseFact>> FactsAsync(int year, CancellationToken ct = default);

    /// <summary>True when the register holds cases for the year (the monitoring then computes from it, else uses reported values).</summary>
    Task<bool> HasCasesAsync(int year, CancellationToken ct = default);

    /// <summary>Short descriptions of cases for drill-down lists (number, type, unit, dates; never party names).</summary>
    Task<IReadOnlyList<(long Id, string Number, string Label, string UnitCode, DateOnly? Date)>> DescribeAsync(IReadOnlyList<long> ids, CancellationToken ct = default);
}

/// <summary>A typical-case nomination: the text is written for publication; party names and identifiers are removed automatically.</summary>
public sealed record NominateTypicalCaseRequest(int Year, string Title, string Summary, string Significance);

public sealed record ReviewTypicalCaseRequest(bool Select, int? Rank, string? Note);

public sealed record TypicalCaseDto(long Id, string CaseNumber, string CaseType, string TypeName, int Year, string State, string Title, string Summary, string Significance, int? Rank,
    string NominatedBy, DateTime NominatedAtUtc, string? ReviewedBy, string? ReviewNote, DateTime? PublishedAtUtc);

/// <summary>Typical cases (典型案例): nomination from closed cases, anonymisation, selection and the yearly top 10.</summary>
public interface ITypicalCases
{
    Task<TypicalCaseDto> NominateAsync(ProtectionActor actor, Guid caseId, NominateTypicalCaseRequest request, CancellationToken ct = default);

    Task<TypicalCaseDto> ReviewAsync(ProtectionActor actor, long id, ReviewTypicalCaseRequest request, CancellationToken ct = default);

    /// <summary>Publishes the year's selected cases (at most ten, by rank); they appear on the public portal.</summary>
    Task<IReadOnlyList<TypicalCaseDto>> PublishAsync(ProtectionActor actor, int year, CancellationToken ct = default);

    /// <summary>Officers: every nomination of the year they may see; the public: the published ones.</summary>
    Task<IReadOnlyList<TypicalCaseDto>> ListAsync(ProtectionActor actor, int year, CancellationToken ct = default);

    /// <summary>The published cases of the year as a .docx (public).</summary>
    Task<byte[]> DocxAsync(int year, CancellationToken ct = default);
}

/// <summary>Demo cases for the demo store (fictitious parties).</summary>
public interface IProtectionDemo
{
    /// <summary>Loads the starter holiday calendars and the demo cases once; returns the number of cases added.</summary>
    Task<int> LoadAsync(CancellationToken ct = default);
}

public sealed record NoticeTemplateDto(string Code, int Version, string Name, string Body, IReadOnlyList<string> Placeholders, DateTime UpdatedAtUtc, string UpdatedBy);

public sealed record SaveNoticeTemplateRequest(string Name, string Body);

/// <summary>Notices (文书) generated from editable templates and kept with the case as documents (.docx, SHA-256).</summary>
public interface ICaseNotices
{
    Task<IReadOnlyList<NoticeTemplateDto>> TemplatesAsync(CancellationToken ct = default);

    /// <summary>A new version of a template (CityOfficer); unknown placeholders are refused.</summary>
    Task<NoticeTemplateDto> SaveTemplateAsync(ProtectionActor actor, string code, SaveNoticeTemplateRequest request, CancellationToken ct = default);

    /// <summary>Fills the template with the case's data and stores the .docx on the case.</summary>
    Task<AttachmentDto> GenerateAsync(ProtectionActor actor, Guid caseId, string code, CancellationToken ct = default);
}

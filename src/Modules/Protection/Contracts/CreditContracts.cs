namespace IpCity.Protection.Contracts;

/// <summary>Record types of credit supervision (DOMAIN.md §8.6).</summary>
public static class CreditKinds
{
    /// <summary>国家知识产权局 知识产权信用管理规定 (2022) 失信 record (§8.1).</summary>
    public const string Cnipa = "Cnipa";

    /// <summary>市场监督管理严重违法失信名单 (SAMR 2021, §8.2).</summary>
    public const string SamrSerious = "SamrSerious";

    /// <summary>专利领域严重失信联合惩戒对象名单 (2019, §8.5): only for records made under that rule.</summary>
    public const string JointPunishment2019 = "JointPunishment2019";

    public static readonly IReadOnlyList<string> All = [Cnipa, SamrSerious, JointPunishment2019];
}

/// <summary>Behaviours and grounds per record type, with their code names (DOMAIN.md §8.1, §8.2, §8.5).</summary>
public static class CreditBehaviours
{
    public const string AbnormalPatentFiling = "AbnormalPatentFiling";
    public const string BadFaithTrademarkFiling = "BadFaithTrademarkFiling";
    public const string IllegalAgencyPenalised = "IllegalAgencyPenalised";
    public const string FalseMaterials = "FalseMaterials";
    public const string BrokenCreditCommitment = "BrokenCreditCommitment";
    public const string RefusalToComply = "RefusalToComply";
    public const string OtherListedConduct = "OtherListedConduct";

    /// <summary>故意侵犯知识产权 (SAMR §9, 较重行政处罚).</summary>
    public const string IntentionalInfringement = "IntentionalInfringement";

    /// <summary>提交非正常专利申请、恶意商标注册申请损害社会公共利益 (SAMR §9).</summary>
    public const string AbnormalFilingHarmingPublicInterest = "AbnormalFilingHarmingPublicInterest";

    /// <summary>从事严重违法专利、商标代理行为 (SAMR §9).</summary>
    public const string SeriousIllegalAgency = "SeriousIllegalAgency";

    /// <summary>侵犯商业秘密、商业诋毁、组织虚假交易等不正当竞争 (SAMR §9).</summary>
    public const string UnfairCompetition = "UnfairCompetition";

    public const string RepeatPatentInfringement = "RepeatPatentInfringement";
    public const string NonExecution = "NonExecution";
    public const string SeriousIllegalPatentAgency = "SeriousIllegalPatentAgency";
    public const string AgentCertificateLending = "AgentCertificateLending";
    public const string AbnormalPatentApplication = "AbnormalPatentApplication";
    public const string FalseDocuments = "FalseDocuments";

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ByKind = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [CreditKinds.Cnipa] = [AbnormalPatentFiling, BadFaithTrademarkFiling, IllegalAgencyPenalised, FalseMaterials, BrokenCreditCommitment, RefusalToComply, OtherListedConduct],
        [CreditKinds.SamrSerious] = [IntentionalInfringement, AbnormalFilingHarmingPublicInterest, SeriousIllegalAgency, UnfairCompetition],
        [CreditKinds.JointPunishment2019] = [RepeatPatentInfringement, NonExecution, SeriousIllegalPatentAgency, AgentCertificateLending, AbnormalPatentApplication, FalseDocuments],
    };
}

/// <summary>
/// States (DOMAIN.md §8.6). CNIPA and 2019 records: Recorded (proposed) → UnderMeasures → RepairRequested →
/// Repaired | RepairRejected → Expired. SAMR list: Proposed → Listed → EarlyRemovalRequested → RemovedEarly |
/// Listed again → ExpiredAfterTerm. A proposal the city office does not approve ends in NotListed; an upheld
/// objection ends in Revoked.
/// </summary>
public static class CreditStates
{
    public const string Recorded = "Recorded";
    public const string UnderMeasures = "UnderMeasures";
    public const string RepairRequested = "RepairRequested";
    public const string Repaired = "Repaired";
    public const string RepairRejected = "RepairRejected";
    public const string Expired = "Expired";
    public const string Proposed = "Proposed";
    public const string Listed = "Listed";
    public const string EarlyRemovalRequested = "EarlyRemovalRequested";
    public const string RemovedEarly = "RemovedEarly";
    public const string ExpiredAfterTerm = "ExpiredAfterTerm";
    public const string NotListed = "NotListed";
    public const string Revoked = "Revoked";

    /// <summary>In force (published, measures applied) until their end date.</summary>
    public static readonly IReadOnlyList<string> InForce = [UnderMeasures, RepairRequested, RepairRejected, Listed, EarlyRemovalRequested];
}

public static class CreditSubjectKinds
{
    public const string Enterprise = "Enterprise";
    public const string NaturalPerson = "NaturalPerson";
}

/// <summary>Credit parameters (DOMAIN.md §8.6), edited by the city office; never constants.</summary>
public static class CreditParameterNames
{
    public const string CnipaMeasureDuration = "Credit.Cnipa.MeasureDuration";
    public const string CnipaRepairWait = "Credit.Cnipa.RepairWait";
    public const string SamrListingPeriod = "Credit.SamrSerious.ListingPeriod";
    public const string SamrEarlyRemovalWait = "Credit.SamrSerious.EarlyRemovalWait";
    public const string SamrRepairCooldown = "Credit.SamrSerious.RepairCooldown";
    public const string JointPunishment2019Duration = "Credit.JointPunishment2019.Duration";
    public const string PenaltyInfoRepairWait = "Credit.PenaltyInfo.RepairWait";
    public const string PenaltyInfoRepairWaitSpecialSectors = "Credit.PenaltyInfo.RepairWaitSpecialSectors";
    public const string PenaltyInfoPublicationShort = "Credit.PenaltyInfo.PublicationShort";
    public const string PenaltyInfoPublicationLong = "Credit.PenaltyInfo.PublicationLong";
}

/// <summary>Audit event types of credit supervision.</summary>
public static class CreditAuditEvents
{
    public const string Proposed = "CreditRecordProposed";
    public const string ListingDecided = "CreditListingDecided";
    public const string NoticeServed = "CreditNoticeServed";
    public const string MeasuresSet = "CreditMeasuresSet";
    public const string PeriodExtended = "CreditPeriodExtended";
    public const string RepairFiled = "CreditRepairFiled";
    public const string RepairReviewed = "CreditRepairReviewed";
    public const string ObjectionFiled = "CreditObjectionFiled";
    public const string ObjectionReviewed = "CreditObjectionReviewed";
    public const string Expired = "CreditRecordExpired";
    public const string ParameterChanged = "CreditParameterChanged";
    public const string MeasureTypeChanged = "CreditMeasureTypeChanged";
    public const string ImpactAssessmentRecorded = "CreditImpactAssessmentRecorded";
}

public sealed record ProposeCreditRecordRequest(
    string Kind,
    string Behaviour,
    string SubjectKind,
    string SubjectName,
    string SubjectIdentifier,
    string? UnitCode,
    long? CaseId,
    string Facts,
    string LegalBasis,
    string? DocumentNumber,
    DateOnly ActOn);

/// <summary>The listing decision of the city office (four-eyes: not the proposer).</summary>
public sealed record CreditDecisionRequest(bool Approve, string LegalBasis, string DocumentNumber, DateOnly DecidedOn, string? Reason);

public sealed record CreditNoticeRequest(DateOnly ServedOn, string Channel, string DocumentNumber);

public sealed record CreditMeasureChoice(string Code, IReadOnlyList<string>? Departments);

public sealed record SetCreditMeasuresRequest(IReadOnlyList<CreditMeasureChoice> Measures, string LegalBasis, string? DocumentNumber);

/// <summary>A new 失信 act while the measures apply: the period runs again from the act's decision date.</summary>
public sealed record CreditNewActRequest(DateOnly DecidedOn, string LegalBasis, string DocumentNumber, string? Note, long? CaseId);

public sealed record CreditRepairRequest(bool PenaltyFulfilled, bool HarmRemoved, bool CommitmentLetter, string? AttachmentName, string? AttachmentSha256, string? Statement);

public sealed record CreditReviewRequest(bool Approve, string Reason, string? DocumentNumber, string? LegalBasis);

public sealed record CreditObjectionRequest(string Text);

public sealed record SetCreditParameterRequest(int Amount, string Unit, string? Note);

public sealed record SetCreditMeasureTypeRequest(string Name, IReadOnlyList<string> Departments, bool Active);

public sealed record RecordImpactAssessmentRequest(DateOnly AssessedOn, string Assessor, string Scope, string Conclusion, string? DocumentNumber);

public sealed record CreditRecordQuery(string? Kind = null, string? State = null, string? UnitCode = null, int Page = 1, int PageSize = 50);

public sealed record CreditTransitionDto(string? FromState, string ToState, string Action, string? LegalBasis, string? DocumentNumber, string Decider, DateOnly DecidedOn, DateTimeOffset RecordedAt, string? Note);

public sealed record CreditMeasureDto(string Code, string Name, IReadOnlyList<string> Departments, DateOnly AppliedOn);

public sealed record CreditRepairDto(long Id, Guid RecordId, string FiledBy, string FiledByRole, DateTimeOffset FiledAt, bool PenaltyFulfilled, bool HarmRemoved, bool CommitmentLetter, string? AttachmentName, string? AttachmentSha256, string? Statement, string Status, string? ReviewedBy, DateOnly? ReviewedOn, string? Reason);

public sealed record CreditObjectionDto(long Id, Guid RecordId, string FiledBy, DateTimeOffset FiledAt, string Text, string Status, string? ReviewedBy, DateOnly? ReviewedOn, string? Reason);

/// <summary>
/// A credit record as officers and the subject see it. <see cref="State"/> is evaluated against today: a record
/// whose period has ended reads as Expired / ExpiredAfterTerm even before the sweep has stored it. Identifiers are
/// masked (3601**********123X) and a natural person's name too (张*).
/// </summary>
public sealed record CreditRecordDto(
    Guid Id,
    string Kind,
    string Behaviour,
    string State,
    string StoredState,
    string SubjectKind,
    string SubjectName,
    string SubjectIdentifier,
    string? UnitCode,
    long? CaseId,
    string Facts,
    string LegalBasis,
    string? DocumentNumber,
    DateOnly ActOn,
    string ProposedBy,
    string? DecidedBy,
    DateOnly? DecidedOn,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    DateOnly? NoticeServedOn,
    string? NoticeChannel,
    string? NoticeDocumentNumber,
    bool Published,
    IReadOnlyList<CreditMeasureDto> Measures,
    IReadOnlyList<CreditTransitionDto> Transitions,
    IReadOnlyList<CreditRepairDto> Repairs,
    IReadOnlyList<CreditObjectionDto> Objections,
    int Version);

public sealed record CreditRecordPage(IReadOnlyList<CreditRecordDto> Items, int Total, int Page, int PageSize);

/// <summary>A row of the published list (公示): masked, with the measures and the joint-punishment departments.</summary>
public sealed record PublicCreditRecordDto(Guid Id, string Kind, string Behaviour, string SubjectKind, string SubjectName, string SubjectIdentifier, string? DocumentNumber, DateOnly StartsOn, DateOnly EndsOn, IReadOnlyList<CreditMeasureDto> Measures);

public sealed record PublicCreditList(long ImpactAssessmentId, DateOnly AssessedOn, IReadOnlyList<PublicCreditRecordDto> Items);

public sealed record CreditParameterDto(string Name, int Amount, string Unit, string Status, string Label, string? Source, string? Note, string? UpdatedBy, DateTimeOffset? UpdatedAt);

public sealed record CreditMeasureTypeDto(string Code, string Name, IReadOnlyList<string> Departments, bool Active);

public sealed record ImpactAssessmentDto(long Id, DateOnly AssessedOn, string Assessor, string Scope, string Conclusion, string? DocumentNumber, string RecordedBy, DateTimeOffset RecordedAt);

public sealed record CreditExpiryResult(int Expired);

/// <summary>
/// Credit supervision (信用监管, issue 5 §5). Every method takes the acting principal; records outside its view
/// are 404 CREDIT_RECORD_NOT_FOUND with an AccessDenied audit row. Every change is audited.
/// </summary>
public interface ICreditSupervision
{
    Task<CreditRecordDto> ProposeAsync(ProtectionActor actor, ProposeCreditRecordRequest request, CancellationToken ct = default);

    Task<CreditRecordDto> DecideAsync(ProtectionActor actor, Guid id, CreditDecisionRequest request, CancellationToken ct = default);

    Task<CreditRecordDto> RecordNoticeAsync(ProtectionActor actor, Guid id, CreditNoticeRequest request, CancellationToken ct = default);

    Task<CreditRecordDto> SetMeasuresAsync(ProtectionActor actor, Guid id, SetCreditMeasuresRequest request, CancellationToken ct = default);

    Task<CreditRecordDto> RecordNewActAsync(ProtectionActor actor, Guid id, CreditNewActRequest request, CancellationToken ct = default);

    Task<CreditRecordDto> GetAsync(ProtectionActor actor, Guid id, CancellationToken ct = default);

    /// <summary>Officers: their view (district officers their unit). Enterprises: their own listed records.</summary>
    Task<CreditRecordPage> ListAsync(ProtectionActor actor, CreditRecordQuery query, CancellationToken ct = default);

    Task<string> ExportCsvAsync(ProtectionActor actor, CreditRecordQuery query, CancellationToken ct = default);

    Task<CreditRepairDto> FileRepairAsync(ProtectionActor actor, Guid id, CreditRepairRequest request, CancellationToken ct = default);

    Task<CreditRepairDto> ReviewRepairAsync(ProtectionActor actor, long repairId, CreditReviewRequest request, CancellationToken ct = default);

    Task<IReadOnlyList<CreditRepairDto>> ListRepairsAsync(ProtectionActor actor, string? status, CancellationToken ct = default);

    Task<string> ExportRepairsCsvAsync(ProtectionActor actor, string? status, CancellationToken ct = default);

    Task<CreditObjectionDto> FileObjectionAsync(ProtectionActor actor, Guid id, CreditObjectionRequest request, CancellationToken ct = default);

    Task<CreditObjectionDto> ReviewObjectionAsync(ProtectionActor actor, long objectionId, CreditReviewRequest request, CancellationToken ct = default);

    Task<IReadOnlyList<CreditObjectionDto>> ListObjectionsAsync(ProtectionActor actor, string? status, CancellationToken ct = default);

    Task<string> ExportObjectionsCsvAsync(ProtectionActor actor, string? status, CancellationToken ct = default);

    /// <summary>The published list; 409 CREDIT_PIA_REQUIRED until a personal-information impact assessment is recorded.</summary>
    Task<PublicCreditList> PublicListAsync(CancellationToken ct = default);

    Task<string> ExportPublicCsvAsync(CancellationToken ct = default);

    /// <summary>Stores the expiry of every record whose period has ended (audited "CreditRecordExpired"); reads never wait for it.</summary>
    Task<CreditExpiryResult> ExpireDueAsync(CancellationToken ct = default);

    Task<IReadOnlyList<CreditParameterDto>> ListParametersAsync(CancellationToken ct = default);

    Task<string> ExportParametersCsvAsync(CancellationToken ct = default);

    Task<CreditParameterDto> SetParameterAsync(ProtectionActor actor, string name, SetCreditParameterRequest request, CancellationToken ct = default);

    Task<IReadOnlyList<CreditMeasureTypeDto>> ListMeasureTypesAsync(CancellationToken ct = default);

    Task<string> ExportMeasureTypesCsvAsync(CancellationToken ct = default);

    Task<CreditMeasureTypeDto> SetMeasureTypeAsync(ProtectionActor actor, string code, SetCreditMeasureTypeRequest request, CancellationToken ct = default);

    Task<ImpactAssessmentDto> RecordImpactAssessmentAsync(ProtectionActor actor, RecordImpactAssessmentRequest request, CancellationToken ct = default);

    Task<IReadOnlyList<ImpactAssessmentDto>> ListImpactAssessmentsAsync(CancellationToken ct = default);

    Task<string> ExportImpactAssessmentsCsvAsync(CancellationToken ct = default);
}

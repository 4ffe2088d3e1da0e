using IpCity.BuildingBlocks.Security;

namespace IpCity.Services.Contracts;

/// <summary>执业 / 停业 / 注销 / 撤销: the status of an agency from a date on.</summary>
public static class AgencyStatuses
{
    public const string Practising = "Practising";
    public const string Suspended = "Suspended";
    public const string Deregistered = "Deregistered";
    public const string Revoked = "Revoked";

    public static readonly IReadOnlyList<string> All = [Practising, Suspended, Deregistered, Revoked];

    /// <summary>Statuses in which an agency still exists (its staff count); 注销 and 撤销 end every engagement.</summary>
    public static readonly IReadOnlyList<string> Operating = [Practising, Suspended];

    public static string Name(string status) => status switch
    {
        Practising => "执业",
        Suspended => "停业",
        Deregistered => "注销",
        Revoked => "撤销",
        _ => status,
    };
}

/// <summary>The role of a person in an agency during an engagement.</summary>
public static class EngagementRoles
{
    /// <summary>执业专利代理师 (holds a practising certificate with this agency).</summary>
    public const string PractisingPatentAttorney = "PractisingPatentAttorney";

    /// <summary>商标代理从业人员.</summary>
    public const string TrademarkAgencyStaff = "TrademarkAgencyStaff";

    /// <summary>其他从业人员 (counted as trademark agency staff when the agency is a 备案 trademark agency).</summary>
    public const string OtherStaff = "OtherStaff";

    public static readonly IReadOnlyList<string> All = [PractisingPatentAttorney, TrademarkAgencyStaff, OtherStaff];

    public static string Name(string role) => role switch
    {
        PractisingPatentAttorney => "执业专利代理师",
        TrademarkAgencyStaff => "商标代理从业人员",
        OtherStaff => "其他从业人员",
        _ => role,
    };
}

/// <summary>Kinds of supervision records of an agency or a person.</summary>
public static class SupervisionKinds
{
    /// <summary>检查 (date, unit, result).</summary>
    public const string Inspection = "Inspection";

    /// <summary>违法违规: linked to a protection case by its number.</summary>
    public const string Violation = "Violation";

    /// <summary>信用记录: linked to a credit record by its id.</summary>
    public const string Credit = "Credit";

    public static readonly IReadOnlyList<string> All = [Inspection, Violation, Credit];

    public static string Name(string kind) => kind switch
    {
        Inspection => "检查",
        Violation => "违法违规",
        Credit => "信用记录",
        _ => kind,
    };
}

public sealed record AgencyStatusDto(string Status, string StatusName, DateOnly EffectiveOn, string? Note, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>An agency as officers see it (no personal data: agencies are enterprises).</summary>
public sealed record AgencySummaryDto(
    long Id,
    string Name,
    string CreditCode,
    string? PatentLicenceNumber,
    string? TrademarkFilingNumber,
    bool IsPatentAgency,
    bool IsTrademarkAgency,
    string? Address,
    string? CityCode,
    string? CountyCode,
    string? ZoneCode,
    string Status,
    DateOnly? StatusSince,
    long? ParentId,
    string? ParentName,
    string? ParentCreditCode,
    int PersonsNow);

public sealed record AgencyPersonDto(long PractitionerId, long EngagementId, string Key, string MaskedName, string Role, DateOnly From, DateOnly? To, bool Open);

public sealed record SupervisionRecordDto(
    long Id,
    long? AgencyId,
    long? PractitionerId,
    string Kind,
    DateOnly On,
    string? Unit,
    string? Result,
    string? CaseNumber,
    Guid? CaseId,
    string? CaseType,
    Guid? CreditRecordId,
    string? CreditState,
    string? Note,
    string RecordedBy,
    DateTimeOffset RecordedAt);

public sealed record AgencyDetailDto(
    AgencySummaryDto Agency,
    IReadOnlyList<AgencyStatusDto> StatusHistory,
    IReadOnlyList<AgencySummaryDto> Branches,
    IReadOnlyList<AgencyPersonDto> Persons,
    IReadOnlyList<SupervisionRecordDto> Supervision);

/// <summary>An agency in the public directory: no persons, no supervision.</summary>
public sealed record AgencyDirectoryEntry(long Id, string Name, string CreditCode, string? PatentLicenceNumber, string? TrademarkFilingNumber, string? Address, string? CountyCode, string Status, string? ParentName);

public sealed record AgencyQuery(string? Text = null, string? Kind = null, string? Status = null, string? County = null, int Page = 1, int PageSize = 50);

public sealed record AgencyPage(IReadOnlyList<AgencySummaryDto> Items, int Total, int Page, int PageSize);

public sealed record AgencyDirectoryPage(IReadOnlyList<AgencyDirectoryEntry> Items, int Total, int Page, int PageSize);

/// <summary>Create or update an agency. The status is set with <see cref="ChangeAgencyStatusRequest"/> (its first value on creation).</summary>
public sealed record AgencyRequest(
    string Name,
    string CreditCode,
    string? PatentLicenceNumber,
    string? TrademarkFilingNumber,
    string? Address,
    string? ParentCreditCode,
    string? Status = null,
    DateOnly? StatusSince = null);

public sealed record ChangeAgencyStatusRequest(string Status, DateOnly EffectiveOn, string? Note);

/// <summary>A practitioner as officers see them: the identity number and the name masked (SECURITY.md P4), the address never shown.</summary>
public sealed record PractitionerSummaryDto(
    long Id,
    string Key,
    string MaskedName,
    string? IdNumberMasked,
    string? CertificateNumber,
    string? QualificationNumber,
    DateOnly? QualifiedOn,
    DateOnly? QualificationRevokedOn,
    string? CountyCode,
    string? ZoneCode,
    IReadOnlyList<string> CategoriesToday,
    string? AgencyToday);

public sealed record EngagementDto(long Id, long AgencyId, string AgencyName, string Role, DateOnly From, DateOnly? To, bool Open, string RecordedBy);

public sealed record PractitionerDetailDto(PractitionerSummaryDto Practitioner, IReadOnlyList<EngagementDto> Engagements, IReadOnlyList<SupervisionRecordDto> Supervision);

public sealed record PractitionerQuery(string? Text = null, long? AgencyId = null, string? Category = null, DateOnly? On = null, int Page = 1, int PageSize = 50);

public sealed record PractitionerPage(IReadOnlyList<PractitionerSummaryDto> Items, int Total, int Page, int PageSize);

/// <summary>
/// Create or update a person. At least one of the practising-certificate number and the identity number is needed:
/// the person key is the certificate number when present, else the blind index of the identity number. On update a
/// null identity number keeps the stored one. <see cref="FirstEngagement"/> (creation only) records the person's
/// engagement in the same step, so a district officer can register a person of an agency in their district.
/// </summary>
public sealed record PractitionerRequest(
    string Name,
    string? IdNumber,
    string? CertificateNumber,
    string? QualificationNumber,
    DateOnly? QualifiedOn,
    DateOnly? QualificationRevokedOn,
    string? Address,
    EngagementRequest? FirstEngagement = null);

public sealed record EngagementRequest(long AgencyId, string Role, DateOnly From, DateOnly? To);

public sealed record EndEngagementRequest(DateOnly To);

public sealed record ErasePersonRequest(string? Reason);

public static class PractitionerNames
{
    /// <summary>What a person whose personal data was erased is shown as.</summary>
    public const string Erased = "(个人信息已删除)";
}

public sealed record SupervisionRequest(string Kind, DateOnly On, string? Unit, string? Result, string? CaseNumber, Guid? CreditRecordId, string? Note);

/// <summary>One bad row of an import: sheet, row (header = 1), field, the offending value (identity numbers masked) and why.</summary>
public sealed record AgencyImportIssue(string Sheet, int Row, string Field, string? Value, string Reason);

public sealed record ImportCounts(int Inserted, int Updated, int Unchanged);

public sealed record AgencyImportResult(int Rows, ImportCounts Agencies, ImportCounts Persons, ImportCounts Engagements, int Rejected, IReadOnlyList<AgencyImportIssue> Issues);

/// <summary>Counts of one region (a county-level unit, or a functional zone) on a date.</summary>
public sealed record WorkforceRegionRow(string Kind, string? Code, string Name, int Qualified, int Practising, int TrademarkStaff, int Headline);

/// <summary>
/// The workforce on a date: counts per category by county-level unit (their sum is the city total) and by functional
/// zone, and the headline as the sum of the categories in <see cref="Composition"/> (DOMAIN.md §1.6; the monitoring
/// holds the parameter), plus the distinct persons of the composition (a person in two categories counts once there).
/// </summary>
public sealed record WorkforceStatisticsDto(
    DateOnly ReferenceDate,
    IReadOnlyList<string> Composition,
    IReadOnlyList<WorkforceRegionRow> Counties,
    IReadOnlyList<WorkforceRegionRow> Zones,
    WorkforceRegionRow Total,
    int HeadlineDistinctPersons);

/// <summary>The agency and practitioner register (issue 6 §3), scoped by the actor: district officers see their district's agencies.</summary>
public interface IAgencyRegister
{
    Task<AgencyPage> ListAgenciesAsync(Actor actor, AgencyQuery query, CancellationToken ct = default);

    Task<AgencyDetailDto> GetAgencyAsync(Actor actor, long id, CancellationToken ct = default);

    Task<AgencyDetailDto> CreateAgencyAsync(Actor actor, AgencyRequest request, CancellationToken ct = default);

    Task<AgencyDetailDto> UpdateAgencyAsync(Actor actor, long id, AgencyRequest request, CancellationToken ct = default);

    Task<AgencyDetailDto> ChangeStatusAsync(Actor actor, long id, ChangeAgencyStatusRequest request, CancellationToken ct = default);

    Task<byte[]> ExportAgenciesAsync(Actor actor, AgencyQuery query, string format, CancellationToken ct = default);

    /// <summary>The public directory: operating and historic agencies without persons or supervision.</summary>
    Task<AgencyDirectoryPage> DirectoryAsync(string? text, string? kind, string? county, int page, int pageSize, CancellationToken ct = default);

    Task<byte[]> ExportDirectoryAsync(string? text, string? kind, string? county, CancellationToken ct = default);

    Task<PractitionerPage> ListPractitionersAsync(Actor actor, PractitionerQuery query, CancellationToken ct = default);

    Task<PractitionerDetailDto> GetPractitionerAsync(Actor actor, long id, CancellationToken ct = default);

    Task<PractitionerDetailDto> CreatePractitionerAsync(Actor actor, PractitionerRequest request, CancellationToken ct = default);

    Task<PractitionerDetailDto> UpdatePractitionerAsync(Actor actor, long id, PractitionerRequest request, CancellationToken ct = default);

    /// <summary>Erases the person's personal data (name, ID number and its blind index, address, certificate numbers); the city office, with a reason.</summary>
    Task<PractitionerDetailDto> ErasePractitionerAsync(Actor actor, long id, string? reason, CancellationToken ct = default);

    Task<PractitionerDetailDto> AddEngagementAsync(Actor actor, long practitionerId, EngagementRequest request, CancellationToken ct = default);

    Task<PractitionerDetailDto> EndEngagementAsync(Actor actor, long practitionerId, long engagementId, EndEngagementRequest request, CancellationToken ct = default);

    Task<byte[]> ExportPractitionersAsync(Actor actor, PractitionerQuery query, string format, CancellationToken ct = default);

    Task<SupervisionRecordDto> AddAgencySupervisionAsync(Actor actor, long agencyId, SupervisionRequest request, CancellationToken ct = default);

    Task<SupervisionRecordDto> AddPractitionerSupervisionAsync(Actor actor, long practitionerId, SupervisionRequest request, CancellationToken ct = default);

    /// <summary>Imports an .xlsx with a sheet of agencies (机构) and/or a sheet of persons (人员); see the module README for the headers.</summary>
    Task<AgencyImportResult> ImportAsync(Actor actor, string path, CancellationToken ct = default);

    /// <summary>The import template (.xlsx with both sheets, their headers and one example row each, and a notes sheet).</summary>
    Task<byte[]> TemplateAsync(CancellationToken ct = default);

    Task<WorkforceStatisticsDto> StatisticsAsync(Actor actor, DateOnly referenceDate, IReadOnlyList<string>? composition = null, CancellationToken ct = default);

    Task<byte[]> ExportStatisticsAsync(Actor actor, DateOnly referenceDate, IReadOnlyList<string>? composition, string format, CancellationToken ct = default);
}

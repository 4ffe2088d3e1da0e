namespace IpCity.Protection.Contracts;

/// <summary>A page of a register: the total matching rows and one page of them.</summary>
public sealed record RegisterPage<T>(long Total, int Page, int PageSize, IReadOnlyList<T> Items);

/// <summary>A code with its zh-CN label (for selects and filters).</summary>
public sealed record CodeLabel(string Code, string Label);

/// <summary>The code lists of the registers (public): body kinds, IP fields, dispute types and statuses, guide and service-body kinds, countries.</summary>
public sealed record OverseasReferenceDto(
    IReadOnlyList<CodeLabel> BodyKinds,
    IReadOnlyList<CodeLabel> Fields,
    IReadOnlyList<CodeLabel> DisputeTypes,
    IReadOnlyList<CodeLabel> DisputeStatuses,
    IReadOnlyList<CodeLabel> GuideKinds,
    IReadOnlyList<CodeLabel> ServiceBodyKinds,
    IReadOnlyList<CodeLabel> Countries);

/// <summary>Kinds of resolution bodies (§3 register): mediation, arbitration, courts (诉调对接) and rights-aid stations.</summary>
public static class ResolutionBodyKinds
{
    /// <summary>人民调解委员会.</summary>
    public const string PeopleMediationCommittee = "PeopleMediationCommittee";

    /// <summary>行业调解组织.</summary>
    public const string IndustryMediation = "IndustryMediation";

    /// <summary>知识产权纠纷调解中心.</summary>
    public const string IpMediationCentre = "IpMediationCentre";

    /// <summary>仲裁机构.</summary>
    public const string Arbitration = "Arbitration";

    /// <summary>人民法院 (诉调对接).</summary>
    public const string Court = "Court";

    /// <summary>维权援助工作站.</summary>
    public const string RightsAidStation = "RightsAidStation";

    public static readonly IReadOnlyList<string> All = [PeopleMediationCommittee, IndustryMediation, IpMediationCentre, Arbitration, Court, RightsAidStation];

    /// <summary>True for the three mediation kinds.</summary>
    public static bool IsMediation(string kind) => kind is PeopleMediationCommittee or IndustryMediation or IpMediationCentre;
}

/// <summary>IP fields a body, expert or service body covers.</summary>
public static class IpFields
{
    public const string Patent = "Patent";
    public const string Trademark = "Trademark";
    public const string Copyright = "Copyright";
    public const string GeographicalIndication = "GeographicalIndication";
    public const string TradeSecret = "TradeSecret";
    public const string Other = "Other";

    public static readonly IReadOnlyList<string> All = [Patent, Trademark, Copyright, GeographicalIndication, TradeSecret, Other];
}

/// <summary>A mediation body, arbitration body, court or rights-aid station; <see cref="Phone"/> is masked for non-officers.</summary>
public sealed record ResolutionBodyDto(
    long Id,
    string Name,
    string Kind,
    string KindLabel,
    string DistrictCode,
    string? DistrictName,
    string? Address,
    string? Contact,
    string? Phone,
    IReadOnlyList<string> Fields,
    bool Active,
    DateTime UpdatedAtUtc);

/// <summary>Create or replace a body. Kind and fields take the code or the zh-CN label; the district is an org-unit code.</summary>
public sealed record ResolutionBodyRequest(string Name, string Kind, string DistrictCode, string? Address = null, string? Contact = null, string? Phone = null, IReadOnlyList<string>? Fields = null, bool Active = true);

/// <summary>Filters: text (name, address, contact), kind, district (code), field, active.</summary>
public sealed record ResolutionBodyQuery(string? Q = null, string? Kind = null, string? District = null, string? Field = null, bool? Active = null, int Page = 1, int PageSize = 20);

/// <summary>One refused row of an import (row = the spreadsheet row, header = 1).</summary>
public sealed record RegisterImportIssue(int Row, string Field, string Reason);

public sealed record RegisterImportResult(int Read, int Created, int Updated, int Unchanged, int Rejected, IReadOnlyList<RegisterImportIssue> Issues);

/// <summary>The resolution-body register as other modules see it (the case module refers cases to bodies by id).</summary>
public interface IResolutionBodies
{
    /// <summary>The body (unmasked, active or not); null when there is none with that id.</summary>
    Task<ResolutionBodyDto?> GetAsync(long id, CancellationToken ct = default);
}

/// <summary>Types of overseas disputes.</summary>
public static class OverseasDisputeTypes
{
    /// <summary>337调查.</summary>
    public const string Section337 = "Section337";

    /// <summary>海外专利侵权诉讼.</summary>
    public const string PatentLitigation = "PatentLitigation";

    /// <summary>商标抢注.</summary>
    public const string TrademarkSquatting = "TrademarkSquatting";

    /// <summary>海关扣押.</summary>
    public const string CustomsSeizure = "CustomsSeizure";

    /// <summary>展会纠纷.</summary>
    public const string TradeFair = "TradeFair";

    /// <summary>其他.</summary>
    public const string Other = "Other";

    public static readonly IReadOnlyList<string> All = [Section337, PatentLitigation, TrademarkSquatting, CustomsSeizure, TradeFair, Other];
}

/// <summary>Status of an overseas dispute: 受理 / 进行中 / 结案.</summary>
public static class OverseasDisputeStatuses
{
    public const string Accepted = "Accepted";
    public const string InProgress = "InProgress";
    public const string Closed = "Closed";

    public static readonly IReadOnlyList<string> All = [Accepted, InProgress, Closed];
}

public sealed record OverseasDisputeDto(
    long Id,
    string FirmName,
    string FirmCreditCode,
    string DistrictCode,
    string? DistrictName,
    string CountryCode,
    string CountryName,
    string Type,
    string TypeLabel,
    string? Forum,
    string? Opponent,
    string Status,
    string StatusLabel,
    string? Outcome,
    decimal? Amount,
    string? Currency,
    DateOnly StartedOn,
    DateOnly? ClosedOn,
    IReadOnlyList<string> PatentNumbers,
    IReadOnlyList<string> TrademarkNumbers,
    string? Note,
    DateTime UpdatedAtUtc,
    string UpdatedBy);

/// <summary>
/// Create or replace an overseas dispute. Country: ISO 3166 alpha-2 or its Chinese name; type and status: code or
/// zh-CN label; currency: ISO 4217 (required with an amount); district: an org-unit code (a district officer's own).
/// </summary>
public sealed record OverseasDisputeRequest(
    string FirmName,
    string FirmCreditCode,
    string DistrictCode,
    string Country,
    string Type,
    string Status,
    DateOnly StartedOn,
    string? Forum = null,
    string? Opponent = null,
    string? Outcome = null,
    decimal? Amount = null,
    string? Currency = null,
    DateOnly? ClosedOn = null,
    IReadOnlyList<string>? PatentNumbers = null,
    IReadOnlyList<string>? TrademarkNumbers = null,
    string? Note = null);

/// <summary>Search: text over firm, credit code, opponent, forum, country (code or Chinese name) and type label; plus exact filters.</summary>
public sealed record OverseasDisputeQuery(string? Q = null, string? Country = null, string? Type = null, string? Status = null, string? District = null, int Page = 1, int PageSize = 20);

/// <summary>Kinds of country guides: 法律 / 法规 / 实务指南 / 风险预警.</summary>
public static class CountryGuideKinds
{
    public const string Law = "Law";
    public const string Regulation = "Regulation";
    public const string Guide = "Guide";

    /// <summary>A guide that warns of risk in the country (flags the country in the risk alerts).</summary>
    public const string RiskWarning = "RiskWarning";

    public static readonly IReadOnlyList<string> All = [Law, Regulation, Guide, RiskWarning];
}

public sealed record CountryGuideDto(long Id, string CountryCode, string CountryName, string Title, string Kind, string KindLabel, string? Summary, string? Link, DateOnly? PublishedOn, string? Source, IReadOnlyList<string> Fields, DateTime UpdatedAtUtc);

public sealed record CountryGuideRequest(string Country, string Title, string Kind, string? Summary = null, string? Link = null, DateOnly? PublishedOn = null, string? Source = null, IReadOnlyList<string>? Fields = null);

public sealed record CountryGuideQuery(string? Q = null, string? Country = null, string? Kind = null, string? Field = null, int Page = 1, int PageSize = 20);

/// <summary>Kinds of overseas service bodies: 专家 / 律所 / 代理机构 / 行业协会.</summary>
public static class ServiceBodyKinds
{
    public const string Expert = "Expert";
    public const string LawFirm = "LawFirm";
    public const string Agency = "Agency";
    public const string Association = "Association";

    public static readonly IReadOnlyList<string> All = [Expert, LawFirm, Agency, Association];
}

/// <summary>An expert or service body; <see cref="Phone"/> and <see cref="Email"/> are masked for non-officers.</summary>
public sealed record ServiceBodyDto(long Id, string Name, string Kind, string KindLabel, string? Organisation, IReadOnlyList<string> Countries, IReadOnlyList<string> Fields, string? Contact, string? Phone, string? Email, string? Introduction, bool Active, DateTime UpdatedAtUtc);

public sealed record ServiceBodyRequest(string Name, string Kind, IReadOnlyList<string>? Countries = null, IReadOnlyList<string>? Fields = null, string? Organisation = null, string? Contact = null, string? Phone = null, string? Email = null, string? Introduction = null, bool Active = true);

public sealed record ServiceBodyQuery(string? Q = null, string? Country = null, string? Field = null, string? Kind = null, int Page = 1, int PageSize = 20);

/// <summary>The foreign family members of the firm's patents in one country, and what the register knows about that country.</summary>
public sealed record CountryRiskDto(
    string CountryCode,
    string CountryName,
    int FamilyMembers,
    int GrantedMembers,
    IReadOnlyList<string> Members,
    int DisputesInWindow,
    IReadOnlyList<string> DisputeTypes,
    int Guides,
    int RiskWarnings,
    bool Flagged,
    IReadOnlyList<string> Reasons);

/// <summary>
/// Risk alerts for one firm: its foreign families grouped by country (from the IP data center) and, per country,
/// the recorded overseas disputes (of any firm) started in the last <see cref="Years"/> years and the guides.
/// </summary>
public sealed record OverseasRiskAlertDto(string Enterprise, string? FirmName, string? CreditCode, int Patents, int Years, DateOnly Since, IReadOnlyList<CountryRiskDto> Countries)
{
    public IReadOnlyList<CountryRiskDto> Alerts => Countries.Where(c => c.Flagged).ToList();
}

/// <summary>
/// The read side of the overseas rights-aid database and the resolution-body register, for pages and other
/// callers in process (the same scoping, masking and paging as the JSON API).
/// </summary>
public interface IOverseasQueries
{
    /// <summary>The code tables (body kinds, fields, dispute types and statuses, guide and service-body kinds, countries).</summary>
    OverseasReferenceDto Reference();

    Task<RegisterPage<OverseasDisputeDto>> SearchDisputesAsync(ProtectionActor actor, OverseasDisputeQuery query, CancellationToken ct = default);

    Task<RegisterPage<CountryGuideDto>> SearchGuidesAsync(CountryGuideQuery query, CancellationToken ct = default);

    Task<RegisterPage<ServiceBodyDto>> SearchServiceBodiesAsync(ProtectionActor actor, ServiceBodyQuery query, CancellationToken ct = default);

    Task<OverseasRiskAlertDto> AlertsAsync(ProtectionActor actor, string? enterprise, int? years = null, CancellationToken ct = default);

    /// <summary>The resolution bodies; <paramref name="portal"/>: the public list (active, phones masked).</summary>
    Task<RegisterPage<ResolutionBodyDto>> SearchBodiesAsync(ProtectionActor actor, ResolutionBodyQuery query, bool portal, CancellationToken ct = default);
}

using IpCity.BuildingBlocks.Security;

namespace IpCity.Finance.Contracts;

/// <summary>The seeded kinds of IP insurance (知识产权保险); the list is editable by the city office.</summary>
public static class InsuranceKindCodes
{
    public const string PatentEnforcement = "PatentEnforcement";
    public const string PatentInfringementLoss = "PatentInfringementLoss";
    public const string InfringementLiability = "InfringementLiability";
    public const string PledgeFinancingGuarantee = "PledgeFinancingGuarantee";
    public const string OverseasInfringementLiability = "OverseasInfringementLiability";
    public const string TrademarkInfringementLoss = "TrademarkInfringementLoss";
}

/// <summary>States of a risk-compensation fund claim (风险补偿资金池): Submitted → DistrictReviewed → Approved / Rejected → Paid.</summary>
public static class FundClaimStates
{
    public const string Submitted = "Submitted";
    public const string DistrictReviewed = "DistrictReviewed";
    public const string Approved = "Approved";
    public const string Rejected = "Rejected";
    public const string Paid = "Paid";

    public static readonly IReadOnlyList<string> All = [Submitted, DistrictReviewed, Approved, Rejected, Paid];
}

/// <summary>Confirmation status of a fund parameter (DOMAIN.md §0: UNCONFIRMED values are parameters, shown with every result).</summary>
public static class ParameterStatuses
{
    public const string Unconfirmed = "UNCONFIRMED";
    public const string Confirmed = "CONFIRMED";
}

/// <summary>One page of a register.</summary>
public sealed record ProductPage<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

/// <summary>A table for CSV and XLSX export: text cells are escaped by the writer, numbers stay numbers.</summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>A refused import row: spreadsheet row (header = 1), field, the value found and the reason.</summary>
public sealed record ProductImportIssue(int Row, string Field, string? Value, string Reason);

/// <summary>
/// Result of an idempotent import: rows inserted, updated (same natural key, other content) and unchanged (same
/// content hash); rejected rows with their issues; flagged = kept rows naming patents or trademarks not in the IP data center.
/// </summary>
public sealed record ProductImportResult(int Read, int Inserted, int Updated, int Unchanged, int Rejected, int Flagged, IReadOnlyList<ProductImportIssue> Issues);

public sealed record InsuranceKindDto(string Code, string Name, bool Active, int SortOrder);

public sealed record SetInsuranceKindRequest(string Name, bool Active, int? SortOrder);

/// <summary>A patent or trademark covered by a policy, as written; Found = known to the IP data center (else kept and flagged).</summary>
public sealed record InsuredItemDto(string ItemType, string Number, string? CanonicalNumber, bool Found, string? Title);

/// <summary>Manual entry or update of a policy. Amounts in 万元; the district is a county-level code or name.</summary>
public sealed record InsurancePolicyRequest(
    string KindCode,
    string Insurer,
    string PolicyNumber,
    string InsuredName,
    string InsuredCreditCode,
    string DistrictCode,
    decimal SumInsuredWan,
    decimal PremiumWan,
    decimal? SubsidyWan,
    DateOnly StartsOn,
    DateOnly EndsOn,
    IReadOnlyList<string>? Patents = null,
    IReadOnlyList<string>? Trademarks = null,
    string? Note = null);

public sealed record InsurancePolicyDto(
    long Id,
    string KindCode,
    string KindName,
    string Insurer,
    string PolicyNumber,
    string InsuredName,
    string InsuredCreditCode,
    string DistrictCode,
    string? DistrictName,
    decimal SumInsuredWan,
    decimal PremiumWan,
    decimal SubsidyWan,
    DateOnly StartsOn,
    DateOnly EndsOn,
    int Year,
    IReadOnlyList<InsuredItemDto> Items,
    int UnknownItems,
    string? Note,
    string UpdatedBy,
    DateTimeOffset UpdatedAt);

/// <summary>List filters: kind code, district code, policy year (year of the start date), insurer, free text, only flagged policies.</summary>
public sealed record InsurancePolicyQuery(string? Kind = null, string? District = null, int? Year = null, string? Insurer = null, string? Q = null, bool? Flagged = null, int Page = 1, int PageSize = 50);

/// <summary>Policies, sums insured, premiums and subsidies of one group (万元).</summary>
public sealed record InsuranceTotals(string Key, string Label, int Policies, decimal SumInsuredWan, decimal PremiumWan, decimal SubsidyWan);

/// <summary>One cell of the yearly statistics: year × kind × district.</summary>
public sealed record InsuranceStatisticsRow(int Year, string KindCode, string KindName, string DistrictCode, string? DistrictName, int Policies, decimal SumInsuredWan, decimal PremiumWan, decimal SubsidyWan);

/// <summary>Yearly statistics by kind, district and year (the policy year is the year its period starts).</summary>
public sealed record InsuranceStatistics(int? Year, IReadOnlyList<InsuranceTotals> ByYear, IReadOnlyList<InsuranceTotals> ByKind, IReadOnlyList<InsuranceTotals> ByDistrict, IReadOnlyList<InsuranceStatisticsRow> Rows, InsuranceTotals Total);

/// <summary>
/// IP insurance register (知识产权保险, Outline 四): policies with the insured firm and the IP they cover, XLSX import,
/// statistics. Officers read (district officers their own district), city and district officers write (district: own district).
/// </summary>
public interface IIpInsuranceRegister
{
    Task<IReadOnlyList<InsuranceKindDto>> ListKindsAsync(CancellationToken ct = default);

    Task<InsuranceKindDto> SetKindAsync(Actor actor, string code, SetInsuranceKindRequest request, CancellationToken ct = default);

    Task<ProductPage<InsurancePolicyDto>> ListAsync(Actor actor, InsurancePolicyQuery query, CancellationToken ct = default);

    Task<InsurancePolicyDto> GetAsync(Actor actor, long id, CancellationToken ct = default);

    Task<InsurancePolicyDto> CreateAsync(Actor actor, InsurancePolicyRequest request, CancellationToken ct = default);

    Task<InsurancePolicyDto> UpdateAsync(Actor actor, long id, InsurancePolicyRequest request, CancellationToken ct = default);

    /// <summary>Imports an .xlsx list: created / updated / unchanged by insurer + policy number and content hash; bad rows reported.</summary>
    Task<ProductImportResult> ImportAsync(Actor actor, Stream xlsx, string fileName, CancellationToken ct = default);

    Task<ExportTable> ExportAsync(Actor actor, InsurancePolicyQuery query, CancellationToken ct = default);

    Task<InsuranceStatistics> StatisticsAsync(Actor actor, int? year, CancellationToken ct = default);

    Task<ExportTable> ExportStatisticsAsync(Actor actor, int? year, CancellationToken ct = default);
}

/// <summary>A local firm taking part in a securitisation deal, with its amount (万元).</summary>
public sealed record SecuritisationFirmInput(string Name, string CreditCode, string DistrictCode, decimal AmountWan);

/// <summary>Entry or update of a securitisation deal; the amount in 亿元.</summary>
public sealed record SecuritisationRequest(
    string Name,
    string Issuer,
    string Exchange,
    DateOnly IssuedOn,
    decimal AmountYi,
    int UnderlyingIpCount,
    IReadOnlyList<SecuritisationFirmInput>? Firms,
    string? Source,
    string? Note = null);

public sealed record SecuritisationFirmDto(string Name, string CreditCode, string DistrictCode, string? DistrictName, decimal AmountWan);

public sealed record SecuritisationDto(
    long Id,
    string Name,
    string Issuer,
    string Exchange,
    DateOnly IssuedOn,
    int Year,
    decimal AmountYi,
    int UnderlyingIpCount,
    IReadOnlyList<SecuritisationFirmDto> Firms,
    decimal LocalAmountWan,
    string? Source,
    string? Note,
    string UpdatedBy,
    DateTimeOffset UpdatedAt);

public sealed record SecuritisationQuery(int? Year = null, string? Exchange = null, string? District = null, string? Q = null, int Page = 1, int PageSize = 50);

/// <summary>Deals issued in a year: count, amount (亿元), underlying IP, participating local firms and their amount (万元).</summary>
public sealed record SecuritisationYearRow(int Year, int Deals, decimal AmountYi, int UnderlyingIpCount, int LocalFirms, decimal LocalAmountWan);

/// <summary>IP securitisation deals (知识产权证券化): officers read, the city office writes.</summary>
public interface ISecuritisationRegister
{
    Task<ProductPage<SecuritisationDto>> ListAsync(Actor actor, SecuritisationQuery query, CancellationToken ct = default);

    Task<SecuritisationDto> GetAsync(Actor actor, long id, CancellationToken ct = default);

    Task<SecuritisationDto> CreateAsync(Actor actor, SecuritisationRequest request, CancellationToken ct = default);

    Task<SecuritisationDto> UpdateAsync(Actor actor, long id, SecuritisationRequest request, CancellationToken ct = default);

    Task<ExportTable> ExportAsync(Actor actor, SecuritisationQuery query, CancellationToken ct = default);

    Task<IReadOnlyList<SecuritisationYearRow>> StatisticsAsync(Actor actor, CancellationToken ct = default);

    Task<ExportTable> ExportStatisticsAsync(Actor actor, CancellationToken ct = default);
}

/// <summary>A claim as a bank files it (entered by an officer): the defaulted IP-pledge loan and the loss (万元).</summary>
public sealed record FileFundClaimRequest(
    string LoanContractNumber,
    string PledgorName,
    string PledgorCreditCode,
    string DistrictCode,
    string Lender,
    decimal PrincipalWan,
    decimal OutstandingLossWan,
    DateOnly DefaultedOn,
    string? Note = null);

/// <summary>District review: Approve → DistrictReviewed, otherwise Rejected (a note is then required).</summary>
public sealed record FundClaimReviewRequest(int Version, bool Approve, string? Note);

/// <summary>City decision on a district-reviewed claim (not by the reviewer): Approved or Rejected.</summary>
public sealed record FundClaimDecisionRequest(int Version, bool Approve, string? Note);

/// <summary>Payment of an approved claim: date and amount (万元, at most the compensable amount).</summary>
public sealed record FundClaimPaymentRequest(int Version, DateOnly PaidOn, decimal AmountWan, string? Reference);

public sealed record FundClaimEvidenceDto(long Id, string FileName, long Size, string Sha256, string UploadedBy, DateTimeOffset UploadedAt);

public sealed record FundClaimTransitionDto(string? FromState, string ToState, string Action, string Actor, DateTimeOffset At, string? Note);

/// <summary>
/// A claim with the parameters stored when it was filed: compensable = min(outstanding loss × share, ceiling), in 万元.
/// </summary>
public sealed record FundClaimDto(
    Guid Id,
    string LoanContractNumber,
    string PledgorName,
    string PledgorCreditCode,
    string DistrictCode,
    string? DistrictName,
    string Lender,
    decimal PrincipalWan,
    decimal OutstandingLossWan,
    DateOnly DefaultedOn,
    string State,
    int Version,
    int ParameterYear,
    decimal Share,
    decimal CeilingWan,
    string ParameterStatus,
    decimal CompensableWan,
    bool Capped,
    string FiledBy,
    DateTimeOffset FiledAt,
    string? ReviewedBy,
    DateOnly? ReviewedOn,
    string? DecidedBy,
    DateOnly? DecidedOn,
    DateOnly? PaidOn,
    decimal? PaidWan,
    string? PaymentReference,
    string? Note,
    IReadOnlyList<FundClaimEvidenceDto> Evidence,
    IReadOnlyList<FundClaimTransitionDto> Transitions,
    FundClaimRegisterCheck? RegisterCheck = null);

/// <summary>
/// The claim beside the pledge register (运用 · 质押登记簿), matched by loan contract number: the registered loan and
/// what does not agree with it (pledgor, credit code, amount, lender, dates). Computed when a claim is read, so a
/// register imported after the claim is taken into account; advisory for the reviewers, never a silent rejection.
/// </summary>
public sealed record FundClaimRegisterCheck(
    bool Found,
    long? LoanId,
    string? Pledgor,
    string? PledgorCreditCode,
    string? Pledgee,
    decimal? AmountWan,
    DateOnly? RegisteredOn,
    DateOnly? CancelledOn,
    IReadOnlyList<string> Findings);

public sealed record FundClaimQuery(string? State = null, string? District = null, int? Year = null, string? Lender = null, int Page = 1, int PageSize = 50);

/// <summary>The fund's share and per-loan ceiling for a year; IsDefault = no value set for the year (the defaults apply).</summary>
public sealed record FundParameterDto(int Year, decimal Share, decimal CeilingWan, string Status, string? Source, string? Note, bool IsDefault, string? UpdatedBy, DateTimeOffset? UpdatedAt);

public sealed record SetFundParameterRequest(decimal Share, decimal CeilingWan, string Status, string? Source, string? Note);

/// <summary>
/// The fund's position in a year: claims filed in the year (and their loss), decisions made in the year (approved
/// with their compensable amount, rejected), payments made in the year, and what is approved but not yet paid; with
/// the year's parameters.
/// </summary>
public sealed record FundYearPosition(
    int Year,
    decimal Share,
    decimal CeilingWan,
    string ParameterStatus,
    int ClaimsFiled,
    decimal ClaimedLossWan,
    int Approved,
    decimal ApprovedWan,
    int Rejected,
    int Paid,
    decimal PaidWan,
    int AwaitingPayment,
    decimal AwaitingPaymentWan);

/// <summary>
/// The risk-compensation fund (风险补偿资金池) for defaulted IP-pledge loans: claims with a four-eyes workflow,
/// evidence files, yearly parameters and the yearly position. District officers see their district's claims only.
/// </summary>
public interface IRiskCompensationFund
{
    Task<FundClaimDto> FileAsync(Actor actor, FileFundClaimRequest request, CancellationToken ct = default);

    Task<FundClaimDto> GetAsync(Actor actor, Guid id, CancellationToken ct = default);

    Task<ProductPage<FundClaimDto>> ListAsync(Actor actor, FundClaimQuery query, CancellationToken ct = default);

    Task<ExportTable> ExportAsync(Actor actor, FundClaimQuery query, CancellationToken ct = default);

    Task<FundClaimDto> ReviewAsync(Actor actor, Guid id, FundClaimReviewRequest request, CancellationToken ct = default);

    Task<FundClaimDto> DecideAsync(Actor actor, Guid id, FundClaimDecisionRequest request, CancellationToken ct = default);

    Task<FundClaimDto> PayAsync(Actor actor, Guid id, FundClaimPaymentRequest request, CancellationToken ct = default);

    Task<FundClaimEvidenceDto> AttachAsync(Actor actor, Guid id, string fileName, Stream content, CancellationToken ct = default);

    Task<(FundClaimEvidenceDto Evidence, byte[] Content)> OpenEvidenceAsync(Actor actor, Guid id, long evidenceId, CancellationToken ct = default);

    Task<IReadOnlyList<FundParameterDto>> ListParametersAsync(CancellationToken ct = default);

    Task<FundParameterDto> ParameterAsync(int year, CancellationToken ct = default);

    Task<FundParameterDto> SetParameterAsync(Actor actor, int year, SetFundParameterRequest request, CancellationToken ct = default);

    Task<IReadOnlyList<FundYearPosition>> PositionAsync(Actor actor, CancellationToken ct = default);

    Task<ExportTable> ExportPositionAsync(Actor actor, CancellationToken ct = default);
}

using IpCity.BuildingBlocks.Security;

namespace IpCity.Finance.Contracts;

/// <summary>
/// Kinds of a transfer or licence (转让 / 许可, DOMAIN.md §11 Assignment / Licence): 转让, 独占许可, 排他许可, 普通许可,
/// 开放许可; a licence recorded by CNIPA whose wording names no type is LicenceUnspecified.
/// </summary>
public static class TransferKinds
{
    public const string Assignment = "Assignment";
    public const string ExclusiveLicence = "ExclusiveLicence";
    public const string SoleLicence = "SoleLicence";
    public const string OrdinaryLicence = "OrdinaryLicence";
    public const string OpenLicence = "OpenLicence";
    public const string LicenceUnspecified = "LicenceUnspecified";

    public static readonly IReadOnlyList<string> All = [Assignment, ExclusiveLicence, SoleLicence, OrdinaryLicence, OpenLicence, LicenceUnspecified];

    public static bool IsLicence(string kind) => kind != Assignment;
}

/// <summary>Where a register row came from: a legal event of the IP data center, an officer's entry, or a file import.</summary>
public static class TransferSources
{
    public const string LegalEvent = "LegalEvent";
    public const string Manual = "Manual";
    public const string Import = "Import";

    public static readonly IReadOnlyList<string> All = [LegalEvent, Manual, Import];
}

/// <summary>
/// One transfer or licence: the patent (IP data center id + canonical application number), the parties and their
/// applicant types, kind, date, contract / recordal number, amount in 万元 (optional), source, the region of the
/// receiving side, and (licences) the date a recorded end closed it. UniversityToLocalFirm: from a university or
/// research institute to an enterprise of the city.
/// </summary>
public sealed record TransferDto(
    long Id,
    long? PatentId,
    string ApplicationNumber,
    string? PatentTitle,
    string Kind,
    string FromParty,
    string FromPartyType,
    string ToParty,
    string ToPartyType,
    string? ToCreditCode,
    string? ToCountyCode,
    bool ToIsLocal,
    DateOnly Date,
    DateOnly? EndedOn,
    string? Reference,
    decimal? AmountWan,
    string Source,
    long? SourceEventId,
    bool UniversityToLocalFirm,
    string? Note,
    string CreatedBy,
    DateTimeOffset CreatedAt);

/// <summary>Filters of the register: year of the date, kind, county-level unit of the receiving side, university → local firm only, source.</summary>
public sealed record TransferQuery(int? Year = null, string? Kind = null, string? District = null, bool? UniversityToFirm = null, string? Source = null, int Page = 1, int PageSize = 50);

public sealed record TransferPage(IReadOnlyList<TransferDto> Items, int Total, int Page, int PageSize);

/// <summary>
/// Manual entry (市局 / 区局): the patent by number as users write it, the kind (TransferKinds), parties, date,
/// contract or recordal number, optional amount in 万元, optional receiving side's credit code and county.
/// </summary>
public sealed record RecordTransferRequest(
    string? PatentNumber,
    string? Kind,
    string? FromParty,
    string? ToParty,
    DateOnly? Date,
    string? Reference = null,
    decimal? AmountWan = null,
    string? ToCreditCode = null,
    string? ToCountyCode = null,
    string? Note = null);

/// <summary>What a sync from the legal events did: events read, rows inserted, licences closed, events already known.</summary>
public sealed record TransferSyncResult(int Read, int Inserted, int Closed, int Unchanged, int UnmatchedEnds);

/// <summary>One cell of the yearly statistics: a year and kind with its count and summed amount (万元; rows without amount count but add nothing).</summary>
public sealed record TransferStatisticsRow(int Year, string Kind, int Count, decimal AmountWan, int WithAmount, int UniversityToLocalFirm);

public sealed record TransferYearTotal(int Year, int Count, decimal AmountWan, int Assignments, int Licences, int UniversityToLocalFirm);

public sealed record TransferStatistics(IReadOnlyList<TransferStatisticsRow> Rows, IReadOnlyList<TransferYearTotal> Years);

/// <summary>The exports of the register (CSV text and XLSX bytes) with the number of rows.</summary>
public sealed record ExportFile(byte[] Content, string ContentType, string FileName, int Rows);

/// <summary>The transfers and licences register (issue 6 §2.1).</summary>
public interface ITransferRegister
{
    /// <summary>Reads the IP data center's transfer and licence events; idempotent (the event id is the natural key); an ended licence closes its licence.</summary>
    Task<TransferSyncResult> SyncAsync(Actor actor, CancellationToken ct = default);

    Task<TransferDto> RecordAsync(Actor actor, RecordTransferRequest request, CancellationToken ct = default);

    Task<TransferDto> GetAsync(Actor actor, long id, CancellationToken ct = default);

    Task<TransferPage> ListAsync(Actor actor, TransferQuery query, CancellationToken ct = default);

    /// <summary>Every row of the filtered list (no paging) as CSV (UTF-8 with BOM) or XLSX.</summary>
    Task<ExportFile> ExportAsync(Actor actor, TransferQuery query, string format, CancellationToken ct = default);

    /// <summary>Counts and amounts by year and kind, and how many went from a university / institute to a local firm.</summary>
    Task<TransferStatistics> StatisticsAsync(Actor actor, string? district = null, CancellationToken ct = default);
}

/// <summary>How a patent is offered for conversion: 开放许可 (with licence fee terms), a listing for transfer, for licence, or either.</summary>
public static class OfferModes
{
    public const string OpenLicence = "OpenLicence";
    public const string Transfer = "Transfer";
    public const string Licence = "Licence";
    public const string TransferOrLicence = "TransferOrLicence";

    public static readonly IReadOnlyList<string> All = [OpenLicence, Transfer, Licence, TransferOrLicence];
}

public static class OfferStates
{
    public const string Open = "Open";
    public const string Withdrawn = "Withdrawn";
    public const string Concluded = "Concluded";

    public static readonly IReadOnlyList<string> All = [Open, Withdrawn, Concluded];
}

/// <summary>One component of a match score with the points it gave (the points of a match sum to its score).</summary>
public sealed record MatchReason(string Component, string Detail, int Points);

/// <summary>
/// A local firm matched to an offer: score = sum of the breakdown's points; Stale = no longer a candidate on the
/// last run but kept because the firm expressed interest.
/// </summary>
public sealed record OfferMatchDto(
    long Id,
    long OfferId,
    int Rank,
    long FirmApplicantId,
    string FirmName,
    string? FirmCreditCode,
    string? FirmCountyCode,
    int Score,
    IReadOnlyList<MatchReason> Breakdown,
    string Explanation,
    bool Stale,
    DateTimeOffset ComputedAt,
    int Interests);

public sealed record OfferInterestDto(long Id, long OfferId, long MatchId, string FirmName, string FirmCreditCode, string? Note, string ExpressedBy, DateTimeOffset ExpressedAt);

public sealed record OfferDto(
    long Id,
    long PatentId,
    string ApplicationNumber,
    string? PatentTitle,
    string? MainIpc,
    string OfferingParty,
    string OfferingPartyType,
    string? OfferingCreditCode,
    string? UnitCode,
    string Mode,
    string? FeeTerms,
    decimal? AskingPriceWan,
    IReadOnlyList<string> Keywords,
    string? IndustryCode,
    string? IndustryName,
    string State,
    string? StateNote,
    long? TransferId,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? MatchedAt,
    int Matches,
    int Interests);

public sealed record OfferDetail(OfferDto Offer, IReadOnlyList<OfferMatchDto> Matches, IReadOnlyList<OfferInterestDto> Interests, MatchingWeights Weights);

public sealed record OfferQuery(string? State = null, string? Mode = null, int Page = 1, int PageSize = 50);

public sealed record OfferPage(IReadOnlyList<OfferDto> Items, int Total, int Page, int PageSize);

/// <summary>
/// A conversion offer: the patent by number, mode, fee terms (开放许可: 许可使用费标准及支付方式), asking price in 万元,
/// keywords for the matching (else bigrams of the title), industry code of the catalogue (else the patent's
/// industries). Officers enter any offer; an Enterprise account only offers patents it owns.
/// </summary>
public sealed record CreateOfferRequest(
    string? PatentNumber,
    string? Mode,
    string? FeeTerms = null,
    decimal? AskingPriceWan = null,
    IReadOnlyList<string>? Keywords = null,
    string? IndustryCode = null,
    string? UnitCode = null);

/// <summary>Withdraw or conclude an open offer (optionally naming the register row that concluded it).</summary>
public sealed record ChangeOfferStateRequest(string? State, string? Note = null, long? TransferId = null);

public sealed record ExpressInterestRequest(string? Note);

/// <summary>The weights of the matching score (settings Finance:Matching; points, integers).</summary>
public sealed record MatchingWeights(int IpcMainGroup, int IpcSubclass, int IpcClass, int Keyword, int Bigram, int KeywordCap, int Industry, int MaxMatches, int MinScore, string? IndustryCatalogue);

/// <summary>A match as the matched firm sees it: the offer, its score with the breakdown, and the firm's interests.</summary>
public sealed record EnterpriseMatchDto(OfferMatchDto Match, OfferDto Offer, IReadOnlyList<OfferInterestDto> Interests);

/// <summary>What an enterprise sees of the conversion offers: its matches (with interests) and the offers it made itself (with the interests received).</summary>
public sealed record EnterpriseTransferView(string EnterpriseCode, IReadOnlyList<EnterpriseMatchDto> Matches, IReadOnlyList<OfferDetail> OwnOffers);

/// <summary>Conversion offers (开放许可 and listings) and their matching to local firms (issue 6 §2.2-2.4).</summary>
public interface IConversionOffers
{
    Task<OfferDetail> CreateAsync(Actor actor, CreateOfferRequest request, CancellationToken ct = default);

    Task<OfferPage> ListAsync(Actor actor, OfferQuery query, CancellationToken ct = default);

    Task<ExportFile> ExportAsync(Actor actor, OfferQuery query, string format, CancellationToken ct = default);

    Task<OfferDetail> GetAsync(Actor actor, long id, CancellationToken ct = default);

    Task<OfferDetail> ChangeStateAsync(Actor actor, long id, ChangeOfferStateRequest request, CancellationToken ct = default);

    /// <summary>Recomputes the offer's matches with the current weights and firm profiles.</summary>
    Task<OfferDetail> MatchAsync(Actor actor, long id, CancellationToken ct = default);

    Task<ExportFile> ExportMatchesAsync(Actor actor, long id, string format, CancellationToken ct = default);

    Task<IReadOnlyList<OfferInterestDto>> ListInterestsAsync(Actor actor, long? offerId = null, CancellationToken ct = default);

    Task<ExportFile> ExportInterestsAsync(Actor actor, string format, CancellationToken ct = default);

    /// <summary>The Enterprise account's own view: its matches and its own offers.</summary>
    Task<EnterpriseTransferView> MineAsync(Actor actor, CancellationToken ct = default);

    Task<ExportFile> ExportMineAsync(Actor actor, string format, CancellationToken ct = default);

    /// <summary>One of the account's matches; another firm's → 404 + AccessDenied audit.</summary>
    Task<EnterpriseMatchDto> GetMineAsync(Actor actor, long matchId, CancellationToken ct = default);

    Task<OfferInterestDto> ExpressInterestAsync(Actor actor, long matchId, ExpressInterestRequest request, CancellationToken ct = default);

    MatchingWeights Weights { get; }
}

/// <summary>For the enterprise self-service page (lead): the matches and interests of one enterprise (统一社会信用代码).</summary>
public interface ITransferMatches
{
    Task<EnterpriseTransferView> ForEnterpriseAsync(string enterpriseCode, CancellationToken ct = default);
}

using IpCity.BuildingBlocks.Security;
using IpCity.Finance.Contracts;
using IpCity.IpData.Contracts;
using IpCity.Protection.Contracts;

namespace IpCity.Services.Contracts;

/// <summary>
/// One deadline a firm must act on: a patent annual fee (年费, due by the filing-date anniversary) or a trademark renewal
/// (续展, possible in the 12 months before the exclusive right ends and the 6-month grace period after). State: Due (in
/// the warning window), Grace (trademark past its end, still renewable), Upcoming (later).
/// </summary>
public sealed record RenewalDueDto(string Kind, long RecordId, string Number, string? Title, DateOnly Due, int DaysLeft, string State);

/// <summary>What an enterprise account sees of itself across the registers.</summary>
public sealed record EnterpriseOverview(
    string EnterpriseCode,
    IReadOnlyList<string> Names,
    IReadOnlyList<OwnedPatentDto> Patents,
    IReadOnlyList<OwnedTrademarkDto> Trademarks,
    IReadOnlyList<RenewalDueDto> Renewals,
    IReadOnlyList<PledgeLoanDto> Pledges,
    EnterpriseTransferView Conversion,
    IReadOnlyList<CaseSummaryDto> Cases,
    IReadOnlyList<CreditRecordDto> CreditRecords,
    IReadOnlyList<ServiceRequestDto> Requests);

/// <summary>Enterprise self-service (企业自助): only an Enterprise account, only its own firm (统一社会信用代码).</summary>
public interface IEnterprisePortal
{
    /// <summary>403 ENTERPRISE_ONLY for other roles or an account without an enterprise code.</summary>
    Task<EnterpriseOverview> OverviewAsync(Actor actor, CancellationToken ct = default);

    /// <summary>One of the firm's patents; another firm's (or an unknown id) is 404 ENTERPRISE_RECORD_NOT_FOUND with an AccessDenied audit row.</summary>
    Task<PatentStatusDto> PatentAsync(Actor actor, long patentId, CancellationToken ct = default);

    /// <summary>The firm's patents with status and next annual fee, as in the overview (for export, without the other registers).</summary>
    Task<IReadOnlyList<OwnedPatentDto>> PatentsAsync(Actor actor, CancellationToken ct = default);

    /// <summary>The firm's trademarks, as in the overview (for export).</summary>
    Task<IReadOnlyList<OwnedTrademarkDto>> TrademarksAsync(Actor actor, CancellationToken ct = default);

    /// <summary>The renewals and annual fees due, as in the overview (for export).</summary>
    Task<IReadOnlyList<RenewalDueDto>> RenewalsAsync(Actor actor, CancellationToken ct = default);
}

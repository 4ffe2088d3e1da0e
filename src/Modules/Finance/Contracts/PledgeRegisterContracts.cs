using IpCity.BuildingBlocks.Progress;
using IpCity.BuildingBlocks.Security;

namespace IpCity.Finance.Contracts;

/// <summary>One rejected row of a pledge file: the sheet row (1 = header), the column, the value and why.</summary>
public sealed record PledgeRowError(int Row, string Field, string? Value, string Reason);

/// <summary>What an import did: rows read; registrations inserted, updated, unchanged; rows rejected (with the errors).</summary>
public sealed record PledgeImportResult(long BatchId, string File, int Read, int Inserted, int Updated, int Unchanged, int Rejected, IReadOnlyList<PledgeRowError> Errors, PledgeReconciliation Reconciliation);

/// <summary>
/// The reconciliation of the pledge register with the IP data center's pledge events: events matched by the
/// registration number written in them, by patent and date, events with no register row (kept as event-only
/// registrations with an unknown amount), register rows on patents the data center holds but with no event, and
/// releases applied.
/// </summary>
public sealed record PledgeReconciliation(int Events, int MatchedByReference, int MatchedByPatentAndDate, int EventOnly, int RegisterOnly, int ReleasesApplied);

public sealed record PledgedItemDto(string Kind, string Number, long? PatentId, long? TrademarkId, string? Title, long? EventId, string? MatchRule);

public sealed record PledgeRegistrationDto(long Id, string RegistrationNumber, string Kind, string Source, DateOnly RegisteredOn, decimal? AmountWan, string? ContractNumber,
    DateOnly? ChangedOn, string? ChangeNote, DateOnly? CancelledOn, long? EventId, string? MatchRule, string? SourceFile, IReadOnlyList<PledgedItemDto> Items);

public sealed record PledgeLoanDto(long Id, string Key, string? ContractNumber, string Pledgor, string? PledgorCreditCode, string? Pledgee, bool PledgeeIsBank, decimal? AmountWan,
    DateOnly RegisteredOn, DateOnly? TermFrom, DateOnly? TermTo, DateOnly? CancelledOn, bool Inclusive, string? CountyCode, string? ZoneCode, int Registrations, int Patents, int Trademarks, int Copyrights,
    bool EventOnly, string? Notes);

public sealed record PledgeLoanDetail(PledgeLoanDto Loan, IReadOnlyList<PledgeRegistrationDto> Registrations);

public sealed record PledgeQuery(int? Year = null, string? UnitCode = null, string? Text = null, bool? Inclusive = null, bool? EventOnly = null, int Page = 1, int PageSize = 50);

public sealed record PledgePage(IReadOnlyList<PledgeLoanDto> Items, int Page, int PageSize, int Total, decimal AmountWan);

/// <summary>One row of the yearly statistics: a unit (city or county-level unit), loans and amounts, the 普惠 part below the year's ceiling.</summary>
public sealed record PledgeStatisticsRow(string UnitCode, string UnitName, int Loans, decimal AmountWan, int InclusiveLoans, decimal InclusiveAmountWan, int BankLoans, int LoansWithPatents, int LoansWithTrademarks,
    int UnknownAmountLoans);

public sealed record PledgeStatistics(int Year, decimal InclusiveCeilingWan, string CeilingStatus, IReadOnlyList<PledgeStatisticsRow> Rows);

public sealed record FinanceParameterDto(string Name, int FromYear, string Value, string Status, string? Note, DateTime SetAtUtc, string SetBy);

public sealed record SetFinanceParameterRequest(int FromYear, string Value, string? Note);

/// <summary>The pledge register (质押融资登记簿): import, reconciliation, scoped queries, statistics and parameters.</summary>
public interface IPledgeRegister
{
    /// <summary>Imports a registration list (XLSX); then reconciles with the IP data center's pledge events.</summary>
    Task<PledgeImportResult> ImportAsync(Actor actor, string path, string? fileName = null, bool strict = false, IProgressSink? progress = null, CancellationToken ct = default);

    /// <summary>Reconciles with the IP data center's pledge events (idempotent).</summary>
    Task<PledgeReconciliation> ReconcileAsync(Actor actor, CancellationToken ct = default);

    Task<PledgePage> ListAsync(Actor actor, PledgeQuery query, CancellationToken ct = default);

    /// <summary>Every loan of the query, streamed (no cap).</summary>
    IAsyncEnumerable<PledgeLoanDto> ExportAsync(Actor actor, PledgeQuery query, CancellationToken ct = default);

    /// <summary>A loan with its registrations; out of scope or missing → 404 PLEDGE_NOT_FOUND (out of scope also audited as AccessDenied).</summary>
    Task<PledgeLoanDetail> GetAsync(Actor actor, long id, CancellationToken ct = default);

    Task<PledgeStatistics> StatisticsAsync(Actor actor, int year, CancellationToken ct = default);

    Task<IReadOnlyList<FinanceParameterDto>> ParametersAsync(CancellationToken ct = default);

    Task<FinanceParameterDto> SetParameterAsync(Actor actor, string name, SetFinanceParameterRequest request, CancellationToken ct = default);
}

/// <summary>Finance parameters the official sources leave per year (DOMAIN.md §1.7).</summary>
public static class FinanceParameters
{
    /// <summary>Pledge.InclusiveLoanCeiling (万元): loans below it are 普惠; 1000 (≤2023), 2000 (2024–), CONFIRMED per year.</summary>
    public const string InclusiveLoanCeiling = "Pledge.InclusiveLoanCeiling";

    /// <summary>Pledge.ReconcileWindowDays: a pledge event matches a register row of the same patent within this many days (UNCONFIRMED, default 30).</summary>
    public const string ReconcileWindowDays = "Pledge.ReconcileWindowDays";
}

/// <summary>Synthetic demo pledge register (labelled 演示): register rows for most of the data center's demo pledge events, with amounts.</summary>
public interface IFinanceDemo
{
    Task<PledgeImportResult> LoadAsync(CancellationToken ct = default);
}

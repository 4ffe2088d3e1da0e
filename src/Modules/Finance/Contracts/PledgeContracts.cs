namespace IpCity.Finance.Contracts;

/// <summary>
/// One loan (主债权 / financing contract) counted in a year's registered pledge amount (DOMAIN.md §1.4): the secured
/// amount in 万元 (null when no registration states it), the date of its first registration in the year, whether all
/// its pledged items are copyrights, and the region of the pledgor.
/// </summary>
public sealed record PledgeLoanFact(long LoanId, decimal? AmountWan, DateOnly RegisteredOn, bool CopyrightOnly, string? CityCode, string? CountyCode, string? ZoneCode);

/// <summary>A loan as the indicator drill-down shows it.</summary>
public sealed record PledgeLoanSummary(long LoanId, string Key, string Label, string? Pledgor, string? CountyCode, string? ZoneCode, DateOnly? RegisteredOn, decimal? AmountWan);

/// <summary>Read contract of the pledge register for the monitoring (the fourth headline indicator and high-value category 4).</summary>
public interface IPledgeFacts
{
    /// <summary>True when the register holds loans registered in the year (the monitoring then counts from it, else uses reported values).</summary>
    Task<bool> HasRegisterAsync(int year, CancellationToken ct = default);

    /// <summary>
    /// Loans first registered in the year (登记日; 变更登记 and 注销 add nothing), each once whatever the number of
    /// registrations and pledged patents, trademarks and copyrights behind it.
    /// </summary>
    Task<IReadOnlyList<PledgeLoanFact>> LoansAsync(int year, CancellationToken ct = default);

    /// <summary>
    /// Pledge amounts per patent (IP data center id) registered on or before the date, for high-value category 4:
    /// <paramref name="perPatent"/> divides each loan's amount among its pledged items (else the whole loan amount
    /// counts for each patent); <paramref name="cumulative"/> sums all loans of a patent (else the largest one).
    /// </summary>
    Task<IReadOnlyDictionary<long, decimal>> PatentPledgeAmountsAsync(DateOnly referenceDate, bool perPatent, bool cumulative, CancellationToken ct = default);

    Task<IReadOnlyList<PledgeLoanSummary>> DescribeAsync(IReadOnlyList<long> loanIds, CancellationToken ct = default);
}

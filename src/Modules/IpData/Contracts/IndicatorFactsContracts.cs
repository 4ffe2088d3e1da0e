namespace IpCity.IpData.Contracts;

/// <summary>
/// A domestic invention patent as the indicator engine needs it: the facts its high-value categories are
/// judged on and its attribution. Attribution codes are the patent's regional
/// attribution (DOMAIN.md §1.1: first patentee's address).
/// </summary>
public sealed record PatentFact(
    long Id,
    DateOnly? ApplicationDate,
    DateOnly? GrantDate,
    string? CityCode,
    string? CountyCode,
    string? ZoneCode,
    bool OverseasFamilyGrant,
    IReadOnlyList<string> Ipc);

/// <summary>A domestic trademark registration with its state on the reference date.</summary>
public sealed record TrademarkFact(
    long Id,
    string RegistrationNumber,
    string? MarkText,
    string? Holder,
    string? CityCode,
    string? CountyCode,
    string? ZoneCode,
    bool InForce,
    string? MadridIrNumber,
    long BatchId);

/// <summary>A concordance (IPC → industry) in force, as a predicate over a patent's IPC symbols.</summary>
public sealed record IndustryMatcher(string Catalogue, string Edition, string Name, Func<IReadOnlyList<string>, bool> Matches);

/// <summary>Short descriptions of records for drill-down lists.</summary>
public sealed record RecordSummary(long Id, string Key, string Label, string? Owner, string? CountyCode, string? ZoneCode, DateOnly? Date);

/// <summary>Read model the monitoring module counts from (one pass over the store per reference date).</summary>
public interface IIndicatorFacts
{
    /// <summary>
    /// The domestic invention patents in force on <paramref name="referenceDate"/> (legal status from their events,
    /// as the patent page computes it), ordered by id. IPC symbols only when asked for (a concordance is to be
    /// applied); no owner name (drill-downs describe records).
    /// </summary>
    IAsyncEnumerable<PatentFact> InForceInventionPatentsAsync(DateOnly referenceDate, bool withIpc = true, CancellationToken ct = default);

    /// <summary>Domestic invention patents granted in the year (grant date in the year), ordered by id (any status afterwards).</summary>
    IAsyncEnumerable<PatentFact> InventionGrantsAsync(int year, CancellationToken ct = default);

    /// <summary>Domestic trademark registrations with their state on the date.</summary>
    IAsyncEnumerable<TrademarkFact> TrademarksAsync(DateOnly referenceDate, CancellationToken ct = default);

    /// <summary>The active edition of an imported concordance (e.g. "sei-ipc-2021"), or null when none was imported.</summary>
    Task<IndustryMatcher?> ConcordanceAsync(string catalogue, CancellationToken ct = default);

    /// <summary>Descriptions of patents or trademarks by id, in the order given.</summary>
    Task<IReadOnlyList<RecordSummary>> DescribeAsync(string kind, IReadOnlyList<long> ids, CancellationToken ct = default);

    /// <summary>The newest finished import batch (id and finish time): part of every value's inputs.</summary>
    Task<(long BatchId, DateTime? FinishedAtUtc, long Patents, long Trademarks)> DataVersionAsync(CancellationToken ct = default);
}

/// <summary>Counts per unit (city, county-level unit or functional zone) from the direct-SQL reference aggregation.</summary>
public sealed record UnitPatentCounts(string Unit, long ValidInventions, long HighValue);

/// <summary>
/// The same aggregation as the indicator engine's valid and high-value invention counts (categories: overseas
/// family grant, maintained more than N years), written directly in SQL — the benchmark's reference (issue 4 §10).
/// Legal status in SQL follows the calculator's rules for the event kinds it classifies from CNIPA wording
/// (terminations, invalidation, surrender, expiry; restoration) and the statutory term; the benchmark checks
/// that both give the same counts.
/// </summary>
public interface IIndicatorSqlReference
{
    Task<IReadOnlyList<UnitPatentCounts>> CountAsync(DateOnly referenceDate, int minYears, CancellationToken ct = default);
}

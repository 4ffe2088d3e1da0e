namespace IpCity.Services.Contracts;

/// <summary>The three practitioner populations of DOMAIN.md §1.6 (codes equal to the monitoring's data elements).</summary>
public static class AgentCategories
{
    /// <summary>取得专利代理师资格 (qualified, whether practising or not).</summary>
    public const string QualifiedPatentAttorneys = "QualifiedPatentAttorneys";

    /// <summary>执业专利代理师 (licensed and practising in an agency).</summary>
    public const string PractisingPatentAttorneys = "PractisingPatentAttorneys";

    /// <summary>商标代理机构从业人员 (staff of 备案 trademark agencies).</summary>
    public const string TrademarkAgencyStaff = "TrademarkAgencyStaff";

    public static readonly IReadOnlyList<string> All = [QualifiedPatentAttorneys, PractisingPatentAttorneys, TrademarkAgencyStaff];
}

/// <summary>
/// One person counted in one category on a reference date, attributed to the region of the agency they work for
/// on that date (qualified persons without an agency: the region of their registered address, if known). A person
/// working for two agencies appears once per category (deduplicated by the person key: practising-certificate
/// number or the blind index of the identity number).
/// </summary>
public sealed record AgentPersonFact(long PersonId, string Category, string? CityCode, string? CountyCode, string? ZoneCode);

/// <summary>A person as the indicator drill-down shows them: certificate number, masked name, agency, region, since when.</summary>
public sealed record AgentPersonSummary(long PersonId, string Key, string Label, string? Agency, string? CountyCode, string? ZoneCode, DateOnly? Since);

/// <summary>Read contract of the agency register for the monitoring (the sixth headline indicator, DOMAIN.md §1.6).</summary>
public interface IAgentWorkforceFacts
{
    /// <summary>True when the register holds practitioners (the monitoring then counts from it, else uses reported values).</summary>
    Task<bool> HasRegisterAsync(CancellationToken ct = default);

    /// <summary>Every person counted in each category on the date (status on that date, not today's).</summary>
    Task<IReadOnlyList<AgentPersonFact>> FactsAsync(DateOnly referenceDate, CancellationToken ct = default);

    /// <summary>Drill-down descriptions in the order of <paramref name="personIds"/> (names masked, never identity numbers).</summary>
    Task<IReadOnlyList<AgentPersonSummary>> DescribeAsync(IReadOnlyList<long> personIds, CancellationToken ct = default);

    /// <summary>
    /// As <see cref="DescribeAsync(IReadOnlyList{long}, CancellationToken)"/>, with the agency, region and start date
    /// of the person's engagement on <paramref name="referenceDate"/> (the overload without a date uses today).
    /// Ids not in the register are left out; the others keep the input order.
    /// </summary>
    Task<IReadOnlyList<AgentPersonSummary>> DescribeAsync(IReadOnlyList<long> personIds, DateOnly referenceDate, CancellationToken ct = default);
}

namespace IpCity.IpData.Contracts;

/// <summary>
/// Parameters of the legal status on a reference date (DOMAIN.md §1.1 "In force"). The terms are the
/// Chinese Patent Law's (2021 amendment: design 15 years for filings from 2021-06-01); DOMAIN.md does not
/// list them, so they are UNCONFIRMED parameters here, bound by the host from "IpData:LegalStatus".
/// </summary>
public sealed class LegalStatusOptions
{
    /// <summary>发明专利 term in years from the filing date (also applied to foreign inventions).</summary>
    public int InventionTermYears { get; set; } = 20;

    /// <summary>实用新型 term in years from the filing date (CN).</summary>
    public int UtilityModelTermYears { get; set; } = 10;

    /// <summary>外观设计 term for filings on or after <see cref="DesignLongTermFrom"/> (CN).</summary>
    public int DesignTermYears { get; set; } = 15;

    /// <summary>外观设计 term for earlier filings (CN).</summary>
    public int DesignTermYearsBefore { get; set; } = 10;

    public DateOnly DesignLongTermFrom { get; set; } = new(2021, 6, 1);

    /// <summary>
    /// DOMAIN.md `Patent.GracePeriodCountsAsValid` (UNCONFIRMED, default true): a patent whose annuity was not
    /// paid stays in force until the lapse is announced (the event date). When false the lapse takes effect
    /// from the last filing-date anniversary (the annuity due date) on or before the announcement.
    /// </summary>
    public bool GracePeriodCountsAsValid { get; set; } = true;
}

public sealed record PatentEventDto(DateOnly Date, string Code, string Description, string Kind, bool Effective, bool ChangesStatus, bool Derived);

public sealed record PatentFamilyMemberDto(string Country, string Number, string? Kind, bool IsGranted);

public sealed record PatentPartyDto(string Role, string Name, long? ApplicantId);

/// <summary>
/// A patent's legal status on a reference date: the status (Pending, InForce, LapsedNonPayment, Expired,
/// Invalidated, Withdrawn, Rejected, Surrendered, NotYetFiled, Unknown) since when, the term end, the event
/// timeline, and the ownership changes, licences and pledges effective on that date.
/// </summary>
public sealed record PatentStatusDto(
    long PatentId,
    DateOnly AsOf,
    string Status,
    bool InForce,
    DateOnly? Since,
    DateOnly? TermEnds,
    string? SourceLegalStatus,
    IReadOnlyList<PatentEventDto> Timeline,
    IReadOnlyList<PatentEventDto> OwnershipChanges,
    IReadOnlyList<PatentEventDto> Licences,
    IReadOnlyList<PatentEventDto> Pledges,
    IReadOnlyList<PatentFamilyMemberDto> Family,
    IReadOnlyList<PatentPartyDto> Parties,
    IReadOnlyList<string> Notes);

public interface IPatentStatusQueries
{
    /// <summary>The status on <paramref name="asOf"/> (default: today in Asia/Shanghai); null when there is no such patent.</summary>
    Task<PatentStatusDto?> GetStatusAsync(long patentId, DateOnly? asOf = null, CancellationToken ct = default);
}

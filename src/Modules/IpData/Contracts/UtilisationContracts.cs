namespace IpCity.IpData.Contracts;

/// <summary>The legal events that record a use of a patent right (运用): transfers, licences and pledges.</summary>
public enum UtilisationEventKind
{
    Transfer,
    LicenceRecorded,
    LicenceEnded,
    PledgeRegistered,
    PledgeReleased,
}

/// <summary>
/// One utilisation event of a patent, with the patent's canonical application number, its current owner (the
/// first current patentee, else the first applicant) and the region the patent is attributed to. Reference is the
/// registration / contract number written in the event (登记号, 备案号, 合同号), when there is one.
/// </summary>
public sealed record UtilisationEventDto(
    long EventId,
    long PatentId,
    string ApplicationNumber,
    string PatentType,
    string? Title,
    DateOnly Date,
    UtilisationEventKind Kind,
    string Code,
    string Description,
    string? Reference,
    string? OwnerName,
    string? OwnerCreditCode,
    string? OwnerAddress,
    string? CityCode,
    string? CountyCode,
    string? ZoneCode);

/// <summary>A patent found by number: canonical application number, type, title, first owner, region.</summary>
public sealed record PatentRef(long Id, string ApplicationNumber, string PatentType, string? Title, string? OwnerName, string? OwnerCreditCode, string? CountyCode);

/// <summary>A trademark found by registration number.</summary>
public sealed record TrademarkRef(long Id, string RegistrationNumber, string? MarkText, string? Holder, string? CountyCode);

/// <summary>
/// Read contract for the utilisation registers (Finance: pledges, transfers and licences): the utilisation events
/// of the IP data center and look-ups of patents and trademarks by number.
/// </summary>
public interface IUtilisationEvents
{
    /// <summary>Events of the given kinds, dated within [from, to] when given, in (date, event id) order.</summary>
    IAsyncEnumerable<UtilisationEventDto> EventsAsync(IReadOnlyCollection<UtilisationEventKind> kinds, DateOnly? from = null, DateOnly? to = null, CancellationToken ct = default);

    /// <summary>
    /// Patents by number as users write them (CN application numbers in any historic form, with or without CN/ZL,
    /// dots or check character; other countries as stored). Keyed by the input string; numbers not found are absent.
    /// </summary>
    Task<IReadOnlyDictionary<string, PatentRef>> FindPatentsAsync(IReadOnlyCollection<string> numbers, CancellationToken ct = default);

    /// <summary>Trademarks by registration number (spaces ignored). Keyed by the input string.</summary>
    Task<IReadOnlyDictionary<string, TrademarkRef>> FindTrademarksAsync(IReadOnlyCollection<string> registrationNumbers, CancellationToken ct = default);
}

namespace IpCity.IpData.Contracts;

/// <summary>A patent a firm owns, with its status on the date and the next annual fee (年费) due while it is in force.</summary>
public sealed record OwnedPatentDto(long Id, string ApplicationNumber, string Type, string? Title, DateOnly? ApplicationDate, DateOnly? GrantDate, string Status, bool InForce, DateOnly? TermEnds,
    DateOnly? NextAnnuityDue);

/// <summary>A trademark a firm holds, with whether it stands on the date and when its exclusive right ends (续展 due before).</summary>
public sealed record OwnedTrademarkDto(long Id, string RegistrationNumber, string? MarkText, string? NiceClasses, string? Status, DateOnly? ExclusiveTo, string? MadridIrNumber, string? Designations, bool InForce);

/// <summary>
/// What one firm (统一社会信用代码) owns in the IP data center: the patents whose current owners — else applicants —
/// carry the code (directly or through their resolved applicant entity), and the trademarks held under the names the
/// firm appears with.
/// </summary>
public interface IOwnerPortfolio
{
    Task<IReadOnlyList<string>> NamesAsync(string creditCode, CancellationToken ct = default);

    Task<IReadOnlyList<OwnedPatentDto>> PatentsAsync(string creditCode, DateOnly asOf, CancellationToken ct = default);

    Task<IReadOnlyList<OwnedTrademarkDto>> TrademarksAsync(string creditCode, DateOnly asOf, CancellationToken ct = default);

    Task<bool> OwnsPatentAsync(string creditCode, long patentId, CancellationToken ct = default);
}

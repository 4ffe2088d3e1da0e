namespace IpCity.IpData.Contracts;

/// <summary>
/// A domestic trademark record (national, or a national record of a Madrid international registration) with its
/// attribution and its state on a reference date. <see cref="InForce"/> is exactly the <see cref="TrademarkFact.InForce"/>
/// of <see cref="IIndicatorFacts.TrademarksAsync"/> for that date (the rule the monitoring counts with).
/// </summary>
public sealed record HeldTrademark(
    long Id,
    string RegistrationNumber,
    string? MadridIrNumber,
    string? MarkText,
    string? NiceClasses,
    string? Holder,
    string? HolderAddress,
    string? Status,
    DateOnly? ApplicationDate,
    DateOnly? ExclusiveFrom,
    DateOnly? ExclusiveTo,
    string? Designations,
    string? CityCode,
    string? CountyCode,
    string? ZoneCode,
    bool InForce);

/// <summary>Reads of the trademark register for the Madrid portfolio and the enterprise self-service (issue 6 §4).</summary>
public interface IHeldTrademarks
{
    /// <summary>Every domestic record carrying a Madrid IR number, with its state on the date, ordered by IR number then id.</summary>
    Task<IReadOnlyList<HeldTrademark>> MadridRecordsAsync(DateOnly referenceDate, CancellationToken ct = default);

    /// <summary>The domestic records (national and Madrid) whose holder is one of the names (exact after trimming), with their state on the date.</summary>
    Task<IReadOnlyList<HeldTrademark>> OfHoldersAsync(IReadOnlyCollection<string> holders, DateOnly referenceDate, CancellationToken ct = default);
}

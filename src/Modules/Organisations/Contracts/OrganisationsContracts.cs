namespace IpCity.Organisations.Contracts;

public sealed record OrgUnitDto(
    string Code,
    string Name,
    string? ShortName,
    string Kind,
    string? ParentCode,
    string? StatisticalCode,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    string? Note);

public sealed record PopulationDto(string UnitCode, int Year, string Kind, DateOnly ReferenceDate, long Persons, string Status, string Source, string Vintage);

public sealed record GdpDto(string UnitCode, int Year, decimal Value100mYuan, string Status, string Source, string Vintage);

public sealed record OutlineTargetDto(string IndicatorCode, string Name, string Unit, string Comparator, decimal? Baseline2020, decimal Target2025, string? Target2035, string Source);

public sealed record SuccessionDto(string PredecessorCode, string SuccessorCode, DateOnly Effective, string Kind, string? Note);

public sealed record CityProfileDto(
    string CityCode,
    string CityName,
    string ShortName,
    string Province,
    string ProfileVersion,
    string FileName,
    string Sha256,
    string DivisionEdition,
    string OutlineTitle,
    string OutlineSource,
    string? Goal2035,
    DateTime LoadedAtUtc);

public sealed record ProfileLoadResult(string CityCode, string ProfileVersion, int Units, int Streets, int Population, int Gdp, int Targets, bool Changed);

/// <summary>Read access to the org-unit tree; other modules scope data and statistics with it.</summary>
public interface IOrgUnitDirectory
{
    Task<CityProfileDto?> GetProfileAsync(CancellationToken ct = default);

    /// <summary>Units in force on the date (all kinds except streets unless asked for).</summary>
    Task<IReadOnlyList<OrgUnitDto>> GetUnitsAsync(DateOnly? onDate = null, bool includeStreets = false, CancellationToken ct = default);

    Task<OrgUnitDto?> GetUnitAsync(string code, CancellationToken ct = default);

    /// <summary>The unit and everything below it (children, streets, and a zone's member streets).</summary>
    Task<IReadOnlySet<string>> GetSubtreeAsync(string code, CancellationToken ct = default);

    Task<IReadOnlyList<PopulationDto>> GetPopulationAsync(string? unitCode = null, CancellationToken ct = default);

    Task<IReadOnlyList<GdpDto>> GetGdpAsync(string? unitCode = null, CancellationToken ct = default);

    Task<IReadOnlyList<OutlineTargetDto>> GetTargetsAsync(CancellationToken ct = default);

    Task<IReadOnlyList<SuccessionDto>> GetSuccessionsAsync(CancellationToken ct = default);
}

/// <summary>Loads a city profile file into the store (idempotent).</summary>
public interface ICityProfileLoader
{
    /// <summary>The profile path in use: IPCITY_PROFILE, else profiles/nanchang.json beside the application.</summary>
    string DefaultProfilePath { get; }

    Task<ProfileLoadResult> LoadAsync(string? path = null, CancellationToken ct = default);
}

/// <summary>Where an address lies: codes from the NBS division codes and the city profile, with the rule used and a confidence.</summary>
public sealed record AddressResolution(
    string? ProvinceCode,
    string? CityCode,
    string? CountyCode,
    string? StreetCode,
    string? ZoneCode,
    string Rule,
    double Confidence)
{
    public bool IsResolved => CountyCode is not null || ZoneCode is not null;
}

/// <summary>Resolves Chinese addresses to province, city, county-level unit, street and functional zone.</summary>
public interface IAddressResolver
{
    AddressResolution Resolve(string? address);
}

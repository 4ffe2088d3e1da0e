namespace IpCity.Organisations.Domain;

internal enum OrgUnitKind
{
    Municipality,
    District,
    County,
    FunctionalZone,
    Street,
}

/// <summary>
/// An organisation unit. Units form one tree (city → county-level units → streets; functional zones hang
/// under the city and reach streets through <see cref="ZoneMembership"/>). Validity dates keep the units of
/// any reference date (DOMAIN.md §6.3).
/// </summary>
internal sealed class OrgUnit
{
    public required string Code { get; set; }

    public required string Name { get; set; }

    public string? ShortName { get; set; }

    public OrgUnitKind Kind { get; set; }

    public string? ParentCode { get; set; }

    /// <summary>The NBS statistical code, when the unit has one (functional zones do not).</summary>
    public string? StatisticalCode { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    public string? Note { get; set; }

    public required string Source { get; set; }

    public bool IsValidOn(DateOnly date) =>
        (ValidFrom is null || ValidFrom <= date) && (ValidTo is null || ValidTo >= date);
}

internal enum SuccessionKind
{
    Abolished,
    Created,
    Merged,
    Split,
    Renamed,
}

internal sealed class OrgUnitSuccession
{
    public int Id { get; set; }

    public required string PredecessorCode { get; set; }

    public required string SuccessorCode { get; set; }

    public DateOnly Effective { get; set; }

    public SuccessionKind Kind { get; set; }

    public decimal? Weight { get; set; }

    public string? Note { get; set; }
}

/// <summary>A street belonging to a functional zone (local reference data kept by the city office).</summary>
internal sealed class ZoneMembership
{
    public required string ZoneCode { get; set; }

    public required string StreetCode { get; set; }

    public required string Status { get; set; }

    public required string Source { get; set; }
}

namespace IpCity.Protection.Registers;

/// <summary>A mediation body, arbitration body, court or rights-aid station and the district it serves; unique by name + kind.</summary>
internal sealed class ResolutionBody
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public required string Kind { get; set; }

    /// <summary>The org-unit code of the district (or zone, or the city) the body serves.</summary>
    public required string DistrictCode { get; set; }

    public string? Address { get; set; }

    public string? Contact { get; set; }

    public string? Phone { get; set; }

    /// <summary>IP field codes, comma-separated.</summary>
    public string Fields { get; set; } = string.Empty;

    public bool Active { get; set; } = true;

    public DateTime CreatedAtUtc { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public required string UpdatedBy { get; set; }
}

namespace IpCity.Organisations.Domain;

internal enum PopulationKind
{
    YearEndResident,
    Census,
    Registered,
}

/// <summary>A population figure with its source and vintage; revisions are new rows, never overwrites.</summary>
internal sealed class PopulationFigure
{
    public int Id { get; set; }

    public required string UnitCode { get; set; }

    public int Year { get; set; }

    public PopulationKind Kind { get; set; }

    public DateOnly ReferenceDate { get; set; }

    public long Persons { get; set; }

    public required string Status { get; set; }

    public required string Source { get; set; }

    public required string Vintage { get; set; }
}

internal sealed class GdpFigure
{
    public int Id { get; set; }

    public required string UnitCode { get; set; }

    public int Year { get; set; }

    /// <summary>GDP in 亿元 (10^8 yuan), current prices.</summary>
    public decimal Value100mYuan { get; set; }

    public required string Status { get; set; }

    public required string Source { get; set; }

    public required string Vintage { get; set; }
}

internal sealed class OutlineTarget
{
    public required string IndicatorCode { get; set; }

    public required string Name { get; set; }

    public required string Unit { get; set; }

    public required string Comparator { get; set; }

    public decimal? Baseline2020 { get; set; }

    public decimal Target2025 { get; set; }

    public string? Target2035 { get; set; }

    public required string Source { get; set; }
}

/// <summary>The loaded profile: which file, which version, its checksum (so values can cite it).</summary>
internal sealed class ProfileInfo
{
    public int Id { get; set; }

    public required string CityCode { get; set; }

    public required string CityName { get; set; }

    public required string ShortName { get; set; }

    public required string Province { get; set; }

    public required string ProfileVersion { get; set; }

    public required string FileName { get; set; }

    public required string Sha256 { get; set; }

    public required string DivisionEdition { get; set; }

    public required string OutlineTitle { get; set; }

    public required string OutlineSource { get; set; }

    public string? Goal2035 { get; set; }

    public DateTime LoadedAtUtc { get; set; }
}

namespace IpCity.IpData.Domain;

/// <summary>A trademark (national, or an international registration under the Madrid system).</summary>
internal sealed class Trademark
{
    public long Id { get; set; }

    /// <summary>注册号/申请号 (digits), the natural key.</summary>
    public required string RegistrationNumber { get; set; }

    public string? MarkText { get; set; }

    /// <summary>Nice classes, ";"-separated, two digits each ("09;35").</summary>
    public string? NiceClasses { get; set; }

    public string? Holder { get; set; }

    public string? HolderAddress { get; set; }

    public string? Status { get; set; }

    public DateOnly? ApplicationDate { get; set; }

    public DateOnly? ExclusiveFrom { get; set; }

    public DateOnly? ExclusiveTo { get; set; }

    /// <summary>国际注册号 when the mark is (also) a Madrid international registration.</summary>
    public string? MadridIrNumber { get; set; }

    /// <summary>指定国家/地区 of the IR, ";"-separated.</summary>
    public string? Designations { get; set; }

    public bool IsDomestic { get; set; }

    public string? RegionCityCode { get; set; }

    public string? RegionCountyCode { get; set; }

    public string? RegionZoneCode { get; set; }

    public required string SourceFile { get; set; }

    public long BatchId { get; set; }

    public required string ContentHash { get; set; }
}

internal enum GiType
{
    /// <summary>地理标志产品 (原质检总局 / 国家知识产权局 产品保护).</summary>
    Product,

    /// <summary>地理标志商标 (集体商标、证明商标).</summary>
    Trademark,

    /// <summary>农产品地理标志 (农业农村部).</summary>
    Agricultural,

    /// <summary>国家地理标志保护示范区.</summary>
    DemonstrationZone,

    Other,
}

/// <summary>A geographical indication of the region, with its protected area and authorised users.</summary>
internal sealed class GeographicalIndication
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public GiType Type { get; set; }

    /// <summary>The type as the source wrote it (kept verbatim).</summary>
    public required string TypeText { get; set; }

    public string? Area { get; set; }

    public string? AreaCode { get; set; }

    public string? Authority { get; set; }

    public string? Number { get; set; }

    public string? EffectiveText { get; set; }

    public string? ProtectedArea { get; set; }

    public string? AuthorisedUsers { get; set; }

    public string? SourceUrl { get; set; }

    public required string SourceFile { get; set; }

    public long BatchId { get; set; }

    public required string ContentHash { get; set; }
}

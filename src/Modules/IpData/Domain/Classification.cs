namespace IpCity.IpData.Domain;

/// <summary>One IPC symbol of an edition (Chinese title; English to subclass level), in the canonical spelling "H01M 10/0525".</summary>
internal sealed class IpcCode
{
    public required string Symbol { get; set; }

    public required string Level { get; set; }

    public string? Parent { get; set; }

    public required string TitleZh { get; set; }

    public string? TitleEn { get; set; }

    public required string Edition { get; set; }
}

/// <summary>WIPO IPC → technology field concordance row (35 fields, 5 sectors); the pattern uses SQL LIKE wildcards.</summary>
internal sealed class TechnologyField
{
    public int Id { get; set; }

    public int FieldNumber { get; set; }

    public required string Sector { get; set; }

    public required string Field { get; set; }

    public required string IpcPattern { get; set; }
}

using IpCity.IpData.Contracts;

namespace IpCity.IpData.Domain;

/// <summary>
/// One version of an industry catalogue: a city's own editable mapping (Local, e.g. "nanchang-4+4+x") or an
/// imported official concordance (one edition of it). Several editions of one code may coexist; one is active.
/// </summary>
internal sealed class IndustryCatalogue
{
    public long Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public IndustryCatalogueKind Kind { get; set; }

    public ConcordanceType? ConcordanceType { get; set; }

    public required string Edition { get; set; }

    public required string SourceNote { get; set; }

    public string? SourceFile { get; set; }

    /// <summary>SHA-256 of the imported file (re-importing the same file and edition changes nothing).</summary>
    public string? Sha256 { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime? UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }

    public bool IsActive { get; set; }

    public List<IndustryNode> Nodes { get; set; } = [];
}

/// <summary>An industry (or a group of industries) in a catalogue; the tree is given by parent codes.</summary>
internal sealed class IndustryNode
{
    public long Id { get; set; }

    public long CatalogueId { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public string? ParentCode { get; set; }

    /// <summary>1 = top level.</summary>
    public int Level { get; set; }

    public int SortOrder { get; set; }

    public List<IndustryRule> Rules { get; set; } = [];
}

/// <summary>
/// One mapping rule of an industry: an IPC prefix in the stored canonical form ("H01M", "H01M 10/",
/// "H01M 10/0525"), a keyword, and/or a GB/T 4754 four-digit class with its coefficient (partial classes).
/// </summary>
internal sealed class IndustryRule
{
    public long Id { get; set; }

    public long NodeId { get; set; }

    public string? IpcPattern { get; set; }

    public string? Keyword { get; set; }

    /// <summary>Share of the class that belongs to the industry; 1.0 unless the class is partial (UNCONFIRMED → parameter).</summary>
    public double Coefficient { get; set; } = 1.0;

    /// <summary>The source marks the class as only partly belonging to the industry (*).</summary>
    public bool IsPartial { get; set; }

    public string? NationalIndustryCode { get; set; }

    public string? Note { get; set; }
}

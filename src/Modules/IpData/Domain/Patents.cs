using IpCity.IpData.Importing;

namespace IpCity.IpData.Domain;

/// <summary>
/// A patent right or application, identified by its application (country + canonical application number).
/// Its bibliographic fields come from its most authoritative document (a grant over an application publication).
/// </summary>
internal sealed class Patent
{
    public long Id { get; set; }

    public required string ApplicationCountry { get; set; }

    public required string ApplicationNumber { get; set; }

    public DateOnly? ApplicationDate { get; set; }

    public PatentType Type { get; set; }

    public string? Title { get; set; }

    public string? TitleLanguage { get; set; }

    public string? Abstract { get; set; }

    public string? FirstClaim { get; set; }

    public int? ClaimCount { get; set; }

    public string? MainIpc { get; set; }

    /// <summary>Domestic = first applicant/owner located in mainland China (不含港澳台).</summary>
    public bool IsDomestic { get; set; }

    public DateOnly? GrantDate { get; set; }

    public string? LegalStatus { get; set; }

    public int? CitedByCount { get; set; }

    /// <summary>Regional attribution (setting IpData:RegionAttribution, default: first patentee's address).</summary>
    public string? RegionProvinceCode { get; set; }

    /// <summary>The prefecture-level city (NBS, "360100"): set even when the address names no county or zone.</summary>
    public string? RegionCityCode { get; set; }

    public string? RegionCountyCode { get; set; }

    public string? RegionStreetCode { get; set; }

    public string? RegionZoneCode { get; set; }

    /// <summary>How the region was found (rule) and how sure it is (0..1); "unresolved" keeps the address for the report.</summary>
    public string? RegionRule { get; set; }

    public double? RegionConfidence { get; set; }

    public string? RegionAddress { get; set; }

    /// <summary>The document whose data the bibliographic fields show ("US 11147202 B2").</summary>
    public string? PrimaryDocument { get; set; }

    public long LastBatchId { get; set; }

    public List<PatentDocument> Documents { get; set; } = [];

    public List<PatentParty> Parties { get; set; } = [];

    public List<PatentClassification> Classifications { get; set; } = [];

    public List<PatentPriority> Priorities { get; set; } = [];

    public List<PatentFamilyMember> Family { get; set; } = [];

    public List<PatentEvent> Events { get; set; } = [];
}

/// <summary>One publication (application publication or grant), unique by country, number and kind.</summary>
internal sealed class PatentDocument
{
    public long Id { get; set; }

    public long PatentId { get; set; }

    public required string Country { get; set; }

    public required string Number { get; set; }

    public required string Kind { get; set; }

    public DateOnly? PublicationDate { get; set; }

    public bool IsGrant { get; set; }

    public required string SourceFormat { get; set; }

    public required string SourceFile { get; set; }

    public long BatchId { get; set; }

    /// <summary>SHA-256 of the parsed content: a re-import with the same hash changes nothing.</summary>
    public required string ContentHash { get; set; }
}

internal sealed class PatentParty
{
    public long Id { get; set; }

    public long PatentId { get; set; }

    public PartyRole Role { get; set; }

    public int Sequence { get; set; }

    public required string Name { get; set; }

    public string? Country { get; set; }

    public string? Address { get; set; }

    /// <summary>统一社会信用代码, when the source gives a valid one.</summary>
    public string? CreditCode { get; set; }

    /// <summary>The resolved applicant entity (applicants and current owners only).</summary>
    public long? ApplicantId { get; set; }

    public Applicant? ApplicantEntity { get; set; }
}

internal sealed class PatentClassification
{
    public long Id { get; set; }

    public long PatentId { get; set; }

    public required string Scheme { get; set; }

    public required string Symbol { get; set; }

    public bool IsMain { get; set; }
}

internal sealed class PatentPriority
{
    public long Id { get; set; }

    public long PatentId { get; set; }

    public required string Country { get; set; }

    public required string Number { get; set; }

    public DateOnly? Date { get; set; }
}

internal sealed class PatentFamilyMember
{
    public long Id { get; set; }

    public long PatentId { get; set; }

    public required string Country { get; set; }

    public required string Number { get; set; }

    public string? Kind { get; set; }

    public bool IsGranted { get; set; }
}

internal sealed class PatentEvent
{
    public long Id { get; set; }

    public long PatentId { get; set; }

    public DateOnly Date { get; set; }

    public required string Code { get; set; }

    public required string Description { get; set; }
}

internal enum ImportStatus
{
    Running,
    Completed,
    Failed,

    /// <summary>Was Running when its process died; nothing of it was published (found when the same content is imported again).</summary>
    Interrupted,
}

/// <summary>One import of one file: what it was, when, and what it did.</summary>
internal sealed class ImportBatch
{
    public long Id { get; set; }

    public required string Kind { get; set; }

    public required string FileName { get; set; }

    public required string Sha256 { get; set; }

    public long SizeBytes { get; set; }

    public DateTime StartedAtUtc { get; set; }

    public DateTime? FinishedAtUtc { get; set; }

    public ImportStatus Status { get; set; }

    public long Read { get; set; }

    public long Inserted { get; set; }

    public long Updated { get; set; }

    public long Unchanged { get; set; }

    public long Skipped { get; set; }

    public long Rejected { get; set; }

    public string? StartedBy { get; set; }
}

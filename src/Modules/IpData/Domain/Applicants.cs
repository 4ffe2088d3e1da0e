namespace IpCity.IpData.Domain;

/// <summary>The usual CNIPA applicant types (企业 / 高等院校 / 科研机构 / 机关团体 / 个人).</summary>
internal enum ApplicantType
{
    Enterprise,
    University,
    ResearchInstitute,
    GovernmentBody,
    Individual,
    Other,
}

/// <summary>
/// An applicant or patentee as one entity: name variants merged by a normalised key or the credit code;
/// CityOfficers can merge entities (the merged one points at the survivor).
/// </summary>
internal sealed class Applicant
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public required string NameKey { get; set; }

    public ApplicantType Type { get; set; }

    public string? CreditCode { get; set; }

    public string? Country { get; set; }

    public long? MergedIntoId { get; set; }

    public List<ApplicantVariant> Variants { get; set; } = [];
}

/// <summary>A name exactly as a source wrote it.</summary>
internal sealed class ApplicantVariant
{
    public long Id { get; set; }

    public long ApplicantId { get; set; }

    public required string RawName { get; set; }
}

namespace IpCity.Services.Agencies;

/// <summary>
/// A patent agency (专利代理机构, 执业许可证号) and/or a 备案 trademark agency (商标代理机构, 备案号); one agency can be
/// both. Natural key: the 统一社会信用代码. A branch office (分支机构) is an agency with a parent. The address is
/// resolved to the city, county-level unit and functional zone it lies in.
/// </summary>
internal sealed class Agency
{
    public long Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string CreditCode { get; set; } = string.Empty;

    public string? PatentLicenceNumber { get; set; }

    public string? TrademarkFilingNumber { get; set; }

    public string? Address { get; set; }

    public string? CityCode { get; set; }

    public string? CountyCode { get; set; }

    public string? ZoneCode { get; set; }

    /// <summary>The address-resolution rule (for checking wrong attributions).</summary>
    public string? RegionRule { get; set; }

    public long? ParentId { get; set; }

    /// <summary>The latest status (denormalised from <see cref="AgencyStatusChange"/>; computations use the history).</summary>
    public string Status { get; set; } = string.Empty;

    public DateOnly? StatusSince { get; set; }

    /// <summary>SHA-256 of the imported fields: a re-import of the same row is "unchanged".</summary>
    public string ContentHash { get; set; } = string.Empty;

    public string UpdatedBy { get; set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; set; }

    public List<AgencyStatusChange> StatusHistory { get; set; } = [];
}

/// <summary>The agency's status from a date on (执业 / 停业 / 注销 / 撤销).</summary>
internal sealed class AgencyStatusChange
{
    public long Id { get; set; }

    public long AgencyId { get; set; }

    public string Status { get; set; } = string.Empty;

    public DateOnly EffectiveOn { get; set; }

    public string? Note { get; set; }

    public string RecordedBy { get; set; } = string.Empty;

    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>
/// A person of the register (专利代理师 or agency staff). Key: the practising-certificate number (执业证号) when
/// known, else the HMAC-SM3 blind index of the identity number. The name, identity number and address are stored
/// SM4-GCM encrypted; the masked forms are kept for display; the address only for its resolved region.
/// </summary>
internal sealed class Practitioner
{
    public long Id { get; set; }

    public string NameCipher { get; set; } = string.Empty;

    /// <summary>张*三 / 张*.</summary>
    public string NameMasked { get; set; } = string.Empty;

    public string? IdCipher { get; set; }

    /// <summary>HMAC-SM3 of the normalised identity number (hex), unique.</summary>
    public string? IdHash { get; set; }

    /// <summary>3 + 11 × * + 4 (SECURITY.md P4).</summary>
    public string? IdMasked { get; set; }

    public string? CertificateNumber { get; set; }

    public string? QualificationNumber { get; set; }

    public DateOnly? QualifiedOn { get; set; }

    /// <summary>The day the qualification ends (吊销/撤销), if it did.</summary>
    public DateOnly? QualificationRevokedOn { get; set; }

    public string? AddressCipher { get; set; }

    /// <summary>When the person's personal data was erased (the record stays for the statistics).</summary>
    public DateTimeOffset? ErasedAt { get; set; }

    public string? CityCode { get; set; }

    public string? CountyCode { get; set; }

    public string? ZoneCode { get; set; }

    public string ContentHash { get; set; } = string.Empty;

    public string UpdatedBy { get; set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; set; }

    public List<Engagement> Engagements { get; set; } = [];

    public string Key => CertificateNumber ?? "ID:" + IdHash;
}

/// <summary>A person working for an agency in a role from a day to a day (both included; open when To is null).</summary>
internal sealed class Engagement
{
    public long Id { get; set; }

    public long PractitionerId { get; set; }

    public long AgencyId { get; set; }

    public string Role { get; set; } = string.Empty;

    public DateOnly From { get; set; }

    public DateOnly? To { get; set; }

    public string RecordedBy { get; set; } = string.Empty;

    public DateTimeOffset RecordedAt { get; set; }

    public bool OpenOn(DateOnly day) => From <= day && (To is null || To >= day);
}

/// <summary>A supervision record of an agency or a person: an inspection, a violation (case) or a credit record.</summary>
internal sealed class SupervisionRecord
{
    public long Id { get; set; }

    public long? AgencyId { get; set; }

    public long? PractitionerId { get; set; }

    public string Kind { get; set; } = string.Empty;

    public DateOnly On { get; set; }

    public string? Unit { get; set; }

    public string? Result { get; set; }

    public string? CaseNumber { get; set; }

    public Guid? CaseId { get; set; }

    public string? CaseType { get; set; }

    public Guid? CreditRecordId { get; set; }

    public string? CreditState { get; set; }

    public string? Note { get; set; }

    public string RecordedBy { get; set; } = string.Empty;

    public DateTimeOffset RecordedAt { get; set; }
}

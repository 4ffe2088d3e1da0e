namespace IpCity.Services.Catalogue;

/// <summary>A catalogue item (事项): the stable code; its content lives in versions.</summary>
internal sealed class ServiceItem
{
    public long Id { get; set; }

    public string Code { get; set; } = string.Empty;

    /// <summary>The highest version number; also the concurrency token of revisions.</summary>
    public int LatestVersion { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public List<ServiceItemVersion> Versions { get; set; } = [];
}

/// <summary>
/// One version of an item, in force from <see cref="EffectiveFrom"/> until the next version's date (the version with
/// the latest date not after the day asked wins; on the same date the higher number). Never changed once written.
/// </summary>
internal sealed class ServiceItemVersion
{
    public long Id { get; set; }

    public long ItemId { get; set; }

    public int VersionNo { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Category { get; set; } = string.Empty;

    public string? LegalBasis { get; set; }

    public string? Conditions { get; set; }

    /// <summary>申请材料, one per line.</summary>
    public string Materials { get; set; } = string.Empty;

    public int TimeLimitAmount { get; set; }

    public string TimeLimitUnit { get; set; } = string.Empty;

    public string Fee { get; set; } = string.Empty;

    /// <summary>Channels, '|'-separated in the order of ServiceChannels.All.</summary>
    public string Channels { get; set; } = string.Empty;

    public string ResponsibleUnitCode { get; set; } = string.Empty;

    public string Status { get; set; } = string.Empty;

    /// <summary>STARTER (the shipped starter list), Import, or Manual.</summary>
    public string Source { get; set; } = string.Empty;

    /// <summary>SHA-256 of the content fields (not the date or the source): the import's "unchanged" test.</summary>
    public string ContentHash { get; set; } = string.Empty;

    public string? Note { get; set; }

    public DateTime RecordedAtUtc { get; set; }

    public string RecordedBy { get; set; } = string.Empty;
}

/// <summary>The public change log (动态调整): one row per new version, with the changed fields.</summary>
internal sealed class CatalogueChange
{
    public long Id { get; set; }

    public string ItemCode { get; set; } = string.Empty;

    public string ItemName { get; set; } = string.Empty;

    public int VersionNo { get; set; }

    public string Kind { get; set; } = string.Empty;

    public DateOnly EffectiveFrom { get; set; }

    /// <summary>One changed field per line: "办理时限: 10 个工作日 → 5 个工作日".</summary>
    public string Changes { get; set; } = string.Empty;

    public string? Note { get; set; }

    public DateTime RecordedAtUtc { get; set; }

    public string RecordedBy { get; set; } = string.Empty;
}

/// <summary>A service outlet (服务网点).</summary>
internal sealed class ServiceOutlet
{
    public long Id { get; set; }

    public string Kind { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string? Address { get; set; }

    /// <summary>County-level unit code (checked against the org-unit directory).</summary>
    public string DistrictCode { get; set; } = string.Empty;

    public string? Phone { get; set; }

    public string? Hours { get; set; }

    /// <summary>Item codes offered, '|'-separated.</summary>
    public string Services { get; set; } = string.Empty;

    public bool Active { get; set; } = true;

    public string? Note { get; set; }

    public int Version { get; set; } = 1;

    public DateTime CreatedAtUtc { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public DateTime UpdatedAtUtc { get; set; }

    public string UpdatedBy { get; set; } = string.Empty;
}

/// <summary>
/// An online request. The item version, its time limit and the responsible unit are copied at submission, so a
/// later revision of the item changes neither the routing nor the due date of requests already made.
/// </summary>
internal sealed class ServiceRequest
{
    public long Id { get; set; }

    public Guid PublicId { get; set; }

    public string Number { get; set; } = string.Empty;

    public long ItemId { get; set; }

    public string ItemCode { get; set; } = string.Empty;

    public int ItemVersion { get; set; }

    public string ItemName { get; set; } = string.Empty;

    public int TimeLimitAmount { get; set; }

    public string TimeLimitUnit { get; set; } = string.Empty;

    public string UnitCode { get; set; } = string.Empty;

    public string EnterpriseCode { get; set; } = string.Empty;

    public string RequesterAccount { get; set; } = string.Empty;

    public string Subject { get; set; } = string.Empty;

    public string? Description { get; set; }

    /// <summary>SM4-GCM ciphertext of the contact person's name.</summary>
    public string ContactNameCipher { get; set; } = string.Empty;

    public string ContactNameMasked { get; set; } = string.Empty;

    /// <summary>SM4-GCM ciphertext of the contact phone (SECURITY.md P4: stored encrypted, shown masked).</summary>
    public string ContactPhoneCipher { get; set; } = string.Empty;

    public string ContactPhoneMasked { get; set; } = string.Empty;

    public string State { get; set; } = string.Empty;

    public DateTime SubmittedAtUtc { get; set; }

    public DateOnly SubmittedOn { get; set; }

    public DateOnly? AcceptedOn { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public DateOnly DueOn { get; set; }

    /// <summary>The calculator's explanation, one step per line.</summary>
    public string DueTrail { get; set; } = string.Empty;

    public bool CalendarMissing { get; set; }

    /// <summary>Set when completed or rejected: decided on or before the due date.</summary>
    public bool? FinishedOnTime { get; set; }

    public string? Reason { get; set; }

    /// <summary>Concurrency token, incremented by every step.</summary>
    public int Version { get; set; } = 1;

    public List<ServiceRequestEvent> Events { get; set; } = [];

    public List<ServiceRequestAttachment> Attachments { get; set; } = [];
}

internal sealed class ServiceRequestEvent
{
    public long Id { get; set; }

    public long RequestId { get; set; }

    public DateTime AtUtc { get; set; }

    public DateOnly On { get; set; }

    public string Action { get; set; } = string.Empty;

    public string? FromState { get; set; }

    public string ToState { get; set; } = string.Empty;

    public string Actor { get; set; } = string.Empty;

    public string? Note { get; set; }
}

internal sealed class ServiceRequestAttachment
{
    public long Id { get; set; }

    public long RequestId { get; set; }

    public string FileName { get; set; } = string.Empty;

    public string StoredName { get; set; } = string.Empty;

    public string Sha256 { get; set; } = string.Empty;

    public long Size { get; set; }

    public DateTime UploadedAtUtc { get; set; }

    public string UploadedBy { get; set; } = string.Empty;
}

namespace IpCity.Protection.Domain;

/// <summary>
/// An enforcement or dispute case. Open cases change only through <c>CaseProcedures</c> moves recorded in
/// <see cref="CaseEvent"/>; <see cref="Version"/> is the optimistic-concurrency token (two officers closing at
/// once: the second gets 409 and the case is counted once).
/// </summary>
internal sealed class ProtectionCase
{
    public long Id { get; set; }

    /// <summary>Non-sequential id for portal and enterprise references.</summary>
    public Guid PublicId { get; set; }

    public required string Number { get; set; }

    public required string Type { get; set; }

    public required string State { get; set; }

    /// <summary>The state a suspension returns to.</summary>
    public string? SuspendedFrom { get; set; }

    /// <summary>Handling unit: the city or a county-level unit / functional zone.</summary>
    public required string UnitCode { get; set; }

    public bool Confidential { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    /// <summary>Portal or Staff.</summary>
    public required string Source { get; set; }

    /// <summary>Hash of the portal tracking code (the code itself is shown once to the complainant).</summary>
    public string? TrackingHash { get; set; }

    public bool Anonymous { get; set; }

    public DateOnly ReceivedOn { get; set; }

    public DateOnly? FiledOn { get; set; }

    public DateOnly? NotifiedOn { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public string? ClosureMode { get; set; }

    /// <summary>Closed after its statutory decision deadline (with extensions and clock stops).</summary>
    public bool? ClosedLate { get; set; }

    /// <summary>The statutory decision deadline fixed at closing (DOMAIN.md §1.5 variant C counts it in its year).</summary>
    public DateOnly? DueOnAtClose { get; set; }

    public decimal? AmountInvolved { get; set; }

    public decimal? Fine { get; set; }

    public int Version { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public required string CreatedBy { get; set; }

    public List<CaseParty> Parties { get; set; } = [];

    public List<CaseHandler> Handlers { get; set; } = [];

    public List<CaseEvent> Events { get; set; } = [];

    public List<CaseSuspension> Suspensions { get; set; } = [];

    public List<CaseExtension> Extensions { get; set; } = [];

    public List<CaseLink> Links { get; set; } = [];
}

/// <summary>A party; name, identifier and contact are encrypted at rest (SM4-GCM), the identifier also kept as a keyed hash to match enterprises.</summary>
internal sealed class CaseParty
{
    public long Id { get; set; }

    public long CaseId { get; set; }

    public required string Role { get; set; }

    /// <summary>Enterprise or Person.</summary>
    public required string Kind { get; set; }

    public required string NameCipher { get; set; }

    public required string NameMasked { get; set; }

    public string? IdCipher { get; set; }

    public string? IdHash { get; set; }

    public string? ContactCipher { get; set; }

    public string? AddressCipher { get; set; }
}

internal sealed class CaseHandler
{
    public long Id { get; set; }

    public long CaseId { get; set; }

    public required string UserName { get; set; }

    public DateTime AssignedAtUtc { get; set; }
}

internal sealed class CaseEvent
{
    public long Id { get; set; }

    public long CaseId { get; set; }

    public DateTime AtUtc { get; set; }

    /// <summary>The legal date of the step (may precede the entry).</summary>
    public DateOnly On { get; set; }

    public required string Action { get; set; }

    public string? FromState { get; set; }

    public required string ToState { get; set; }

    public required string Actor { get; set; }

    public string? Note { get; set; }

    public string? DocumentNumber { get; set; }
}

/// <summary>A clock stop (中止, 鉴定, 听证, 公告 …); open while <see cref="To"/> is null.</summary>
internal sealed class CaseSuspension
{
    public long Id { get; set; }

    public long CaseId { get; set; }

    public required string Reason { get; set; }

    public DateOnly From { get; set; }

    public DateOnly? To { get; set; }
}

/// <summary>An approved extension of the decision limit.</summary>
internal sealed class CaseExtension
{
    public long Id { get; set; }

    public long CaseId { get; set; }

    public int Amount { get; set; }

    public required string Unit { get; set; }

    public DateOnly ApprovedOn { get; set; }

    public required string ApprovedBy { get; set; }

    public string? Reason { get; set; }
}

internal sealed class CaseLink
{
    public long Id { get; set; }

    public long CaseId { get; set; }

    /// <summary>Patent or Trademark.</summary>
    public required string Kind { get; set; }

    public required string Number { get; set; }

    public long? RecordId { get; set; }

    public string? Title { get; set; }
}

internal sealed class CaseAttachment
{
    public long Id { get; set; }

    public long CaseId { get; set; }

    public required string FileName { get; set; }

    public required string StoredName { get; set; }

    public required string Sha256 { get; set; }

    public long Size { get; set; }

    /// <summary>Evidence or Document.</summary>
    public required string Kind { get; set; }

    public DateTime UploadedAtUtc { get; set; }

    public required string UploadedBy { get; set; }
}

/// <summary>诉调对接 and other channels: referral to a mediation body, arbitration or court, with the outcome.</summary>
internal sealed class CaseReferral
{
    public long Id { get; set; }

    public long CaseId { get; set; }

    /// <summary>Mediation, Arbitration or Court.</summary>
    public required string Channel { get; set; }

    public long? BodyId { get; set; }

    public string? BodyName { get; set; }

    public DateOnly ReferredOn { get; set; }

    public string? Outcome { get; set; }

    public DateOnly? OutcomeOn { get; set; }

    public bool JudicialConfirmation { get; set; }
}

/// <summary>
/// A closed case nominated as a typical case (典型案例, Outline 八(二)): anonymised title and text, review by the
/// city office, the year's top 10 published on the public portal and as a .docx.
/// </summary>
internal sealed class TypicalCase
{
    public long Id { get; set; }

    public long CaseId { get; set; }

    public int Year { get; set; }

    /// <summary>Nominated, Selected, Rejected or Published.</summary>
    public required string State { get; set; }

    public required string Title { get; set; }

    public required string Summary { get; set; }

    public required string Significance { get; set; }

    public int? Rank { get; set; }

    public required string NominatedBy { get; set; }

    public DateTime NominatedAtUtc { get; set; }

    public string? ReviewedBy { get; set; }

    public DateTime? ReviewedAtUtc { get; set; }

    public string? ReviewNote { get; set; }

    public DateTime? PublishedAtUtc { get; set; }
}

/// <summary>An editable notice template (文书模板); each edit is a new version, the highest in force.</summary>
internal sealed class NoticeTemplate
{
    public long Id { get; set; }

    public required string Code { get; set; }

    public int Version { get; set; }

    public required string Name { get; set; }

    public required string Body { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public required string UpdatedBy { get; set; }
}

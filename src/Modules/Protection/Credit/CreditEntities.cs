namespace IpCity.Protection.Credit;

/// <summary>
/// A credit record (CNIPA 失信 record, SAMR serious-illegal list entry or a 2019 joint-punishment record). The
/// subject's identifier is stored SM4-GCM encrypted, with an HMAC-SM3 blind index to find an enterprise's own
/// records and the masked form for display; a natural person's name is stored encrypted and masked.
/// </summary>
internal sealed class CreditRecord
{
    public Guid Id { get; set; }

    public string Kind { get; set; } = string.Empty;

    public string Behaviour { get; set; } = string.Empty;

    /// <summary>The stored state; reads evaluate it against today (see <see cref="CreditRules.Effective"/>).</summary>
    public string State { get; set; } = string.Empty;

    public string SubjectKind { get; set; } = string.Empty;

    /// <summary>An enterprise's name, or a natural person's masked name (张*).</summary>
    public string SubjectName { get; set; } = string.Empty;

    /// <summary>A natural person's full name, SM4-GCM encrypted; null for enterprises.</summary>
    public string? SubjectNameCipher { get; set; }

    public string SubjectIdCipher { get; set; } = string.Empty;

    /// <summary>HMAC-SM3 of the normalised identifier (hex).</summary>
    public string SubjectIdHash { get; set; } = string.Empty;

    public string SubjectIdMasked { get; set; } = string.Empty;

    public string? UnitCode { get; set; }

    public long? CaseId { get; set; }

    public string Facts { get; set; } = string.Empty;

    public string LegalBasis { get; set; } = string.Empty;

    /// <summary>The decision document (决定书文号) that established the behaviour or the listing.</summary>
    public string? DocumentNumber { get; set; }

    public DateOnly ActOn { get; set; }

    public string ProposedBy { get; set; } = string.Empty;

    public DateTimeOffset ProposedAt { get; set; }

    public string? DecidedBy { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public DateOnly? StartsOn { get; set; }

    /// <summary>The first day the record is no longer in force.</summary>
    public DateOnly? EndsOn { get; set; }

    public DateOnly? NoticeServedOn { get; set; }

    public string? NoticeChannel { get; set; }

    public string? NoticeDocumentNumber { get; set; }

    /// <summary>Optimistic concurrency: raised by every change; a save over a version another officer changed meanwhile is a 409.</summary>
    public int Version { get; set; }

    public List<CreditMeasure> Measures { get; set; } = [];
}

/// <summary>A measure applied to a record, with the departments that apply it (联合惩戒) as chosen at the time.</summary>
internal sealed class CreditMeasure
{
    public long Id { get; set; }

    public Guid RecordId { get; set; }

    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    /// <summary>Departments, '|'-separated.</summary>
    public string Departments { get; set; } = string.Empty;

    public DateOnly AppliedOn { get; set; }
}

/// <summary>Full history: one row per step, with legal basis, document number, decider and date.</summary>
internal sealed class CreditTransition
{
    public long Id { get; set; }

    public Guid RecordId { get; set; }

    public string? FromState { get; set; }

    public string ToState { get; set; } = string.Empty;

    public string Action { get; set; } = string.Empty;

    public string? LegalBasis { get; set; }

    public string? DocumentNumber { get; set; }

    public string Decider { get; set; } = string.Empty;

    public DateOnly DecidedOn { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public string? Note { get; set; }
}

internal sealed class CreditRepair
{
    public long Id { get; set; }

    public Guid RecordId { get; set; }

    public string FiledBy { get; set; } = string.Empty;

    public string FiledByRole { get; set; } = string.Empty;

    public DateTimeOffset FiledAt { get; set; }

    public bool PenaltyFulfilled { get; set; }

    public bool HarmRemoved { get; set; }

    public bool CommitmentLetter { get; set; }

    public string? AttachmentName { get; set; }

    public string? AttachmentSha256 { get; set; }

    public string? Statement { get; set; }

    /// <summary>Pending, Approved or Rejected.</summary>
    public string Status { get; set; } = CreditRules.Pending;

    public string? ReviewedBy { get; set; }

    public DateOnly? ReviewedOn { get; set; }

    public string? Reason { get; set; }
}

/// <summary>An objection (异议) of the subject against its record.</summary>
internal sealed class CreditObjection
{
    public long Id { get; set; }

    public Guid RecordId { get; set; }

    public string FiledBy { get; set; } = string.Empty;

    public DateTimeOffset FiledAt { get; set; }

    public string Text { get; set; } = string.Empty;

    /// <summary>Pending, Approved (upheld: the record is revoked) or Rejected.</summary>
    public string Status { get; set; } = CreditRules.Pending;

    public string? ReviewedBy { get; set; }

    public DateOnly? ReviewedOn { get; set; }

    public string? Reason { get; set; }
}

/// <summary>The editable catalogue of measures (§8.1 管理措施) and the departments applying each.</summary>
internal sealed class CreditMeasureType
{
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Departments { get; set; } = string.Empty;

    public bool Active { get; set; } = true;

    public int SortOrder { get; set; }
}

/// <summary>A credit parameter (§8.6) with its confirmation status.</summary>
internal sealed class CreditParameter
{
    public string Name { get; set; } = string.Empty;

    public int Amount { get; set; }

    /// <summary>Days, Months or Years.</summary>
    public string Unit { get; set; } = string.Empty;

    public string Status { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;

    public string? Source { get; set; }

    public string? Note { get; set; }

    public string? UpdatedBy { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }
}

/// <summary>个人信息保护影响评估 (PIPL §55): recorded before the list is published; kept at least 3 years.</summary>
internal sealed class ImpactAssessment
{
    public long Id { get; set; }

    public DateOnly AssessedOn { get; set; }

    public string Assessor { get; set; } = string.Empty;

    public string Scope { get; set; } = string.Empty;

    public string Conclusion { get; set; } = string.Empty;

    public string? DocumentNumber { get; set; }

    public string RecordedBy { get; set; } = string.Empty;

    public DateTimeOffset RecordedAt { get; set; }
}

namespace IpCity.Services.Brands;

/// <summary>An authorised user of a GI (地理标志专用标志使用核准): one firm per GI, keyed by GI + 统一社会信用代码.</summary>
internal sealed class GiUser
{
    public long Id { get; set; }

    /// <summary>The GI's key (hash of its name and type text in the IP data center).</summary>
    public string GiKey { get; set; } = string.Empty;

    public string GiName { get; set; } = string.Empty;

    public string FirmName { get; set; } = string.Empty;

    public string CreditCode { get; set; } = string.Empty;

    public string? ApprovalNumber { get; set; }

    public DateOnly? ApprovedOn { get; set; }

    /// <summary>Active or Revoked (<see cref="Contracts.GiUserStatuses"/>).</summary>
    public string Status { get; set; } = Contracts.GiUserStatuses.Active;

    public DateOnly? RevokedOn { get; set; }

    public string? RevokeReason { get; set; }

    public string? Address { get; set; }

    public string? CityCode { get; set; }

    public string? CountyCode { get; set; }

    public string? ZoneCode { get; set; }

    public string ContentHash { get; set; } = string.Empty;

    public string UpdatedBy { get; set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A GI use supervision record: date, checking unit, firm (authorised or not), finding, result, follow-up, optional case.</summary>
internal sealed class GiSupervision
{
    public long Id { get; set; }

    public string GiKey { get; set; } = string.Empty;

    public string GiName { get; set; } = string.Empty;

    public DateOnly On { get; set; }

    public string Unit { get; set; } = string.Empty;

    public string FirmName { get; set; } = string.Empty;

    public string? CreditCode { get; set; }

    public long? UserId { get; set; }

    public string? Address { get; set; }

    public string? CountyCode { get; set; }

    public string? ZoneCode { get; set; }

    public string Finding { get; set; } = string.Empty;

    public string Result { get; set; } = string.Empty;

    public string? FollowUp { get; set; }

    public string? CaseNumber { get; set; }

    public Guid? CaseId { get; set; }

    public string RecordedBy { get; set; } = string.Empty;

    public DateTimeOffset RecordedAt { get; set; }
}

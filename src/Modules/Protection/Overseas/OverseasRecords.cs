namespace IpCity.Protection.Overseas;

/// <summary>An overseas dispute involving a local firm (海外知识产权纠纷).</summary>
internal sealed class OverseasDispute
{
    public long Id { get; set; }

    public required string FirmName { get; set; }

    /// <summary>统一社会信用代码.</summary>
    public required string FirmCreditCode { get; set; }

    public required string DistrictCode { get; set; }

    /// <summary>ISO 3166 alpha-2.</summary>
    public required string CountryCode { get; set; }

    public required string Type { get; set; }

    public string? Forum { get; set; }

    public string? Opponent { get; set; }

    public required string Status { get; set; }

    public string? Outcome { get; set; }

    public decimal? Amount { get; set; }

    /// <summary>ISO 4217.</summary>
    public string? Currency { get; set; }

    public DateOnly StartedOn { get; set; }

    public DateOnly? ClosedOn { get; set; }

    /// <summary>Linked patent numbers, comma-separated.</summary>
    public string PatentNumbers { get; set; } = string.Empty;

    /// <summary>Linked trademark numbers, comma-separated.</summary>
    public string TrademarkNumbers { get; set; } = string.Empty;

    public string? Note { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public required string UpdatedBy { get; set; }
}

/// <summary>A law, regulation, practical guide or risk warning about one country.</summary>
internal sealed class CountryGuide
{
    public long Id { get; set; }

    public required string CountryCode { get; set; }

    public required string Title { get; set; }

    public required string Kind { get; set; }

    public string? Summary { get; set; }

    public string? Link { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public string? Source { get; set; }

    public string Fields { get; set; } = string.Empty;

    public DateTime CreatedAtUtc { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public required string UpdatedBy { get; set; }
}

/// <summary>
/// An expert (专家) or service body (律所 / 代理机构 / 行业协会) for overseas rights aid. One table for both: they
/// carry the same fields and are searched together by country and field.
/// </summary>
internal sealed class ServiceBody
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public required string Kind { get; set; }

    public string? Organisation { get; set; }

    /// <summary>ISO 3166 alpha-2 codes, comma-separated.</summary>
    public string Countries { get; set; } = string.Empty;

    public string Fields { get; set; } = string.Empty;

    public string? Contact { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Introduction { get; set; }

    public bool Active { get; set; } = true;

    public DateTime CreatedAtUtc { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public required string UpdatedBy { get; set; }
}

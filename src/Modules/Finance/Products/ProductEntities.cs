namespace IpCity.Finance.Products;

/// <summary>A kind of IP insurance (险种): the editable list, seeded with the common products.</summary>
internal sealed class InsuranceKind
{
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public bool Active { get; set; } = true;

    public int SortOrder { get; set; }
}

/// <summary>
/// An IP insurance policy (知识产权保险保单). Natural key: insurer + policy number. <see cref="ContentHash"/> is the
/// SHA-256 of the normalised content, so a re-import of the same row changes nothing.
/// </summary>
internal sealed class InsurancePolicy
{
    public long Id { get; set; }

    public string KindCode { get; set; } = string.Empty;

    public string Insurer { get; set; } = string.Empty;

    public string PolicyNumber { get; set; } = string.Empty;

    public string InsuredName { get; set; } = string.Empty;

    /// <summary>统一社会信用代码 (GB 32100, check character verified).</summary>
    public string InsuredCreditCode { get; set; } = string.Empty;

    /// <summary>County-level code of the insured firm's district.</summary>
    public string DistrictCode { get; set; } = string.Empty;

    public decimal SumInsuredWan { get; set; }

    public decimal PremiumWan { get; set; }

    /// <summary>Government premium subsidy (保费补贴), 万元.</summary>
    public decimal SubsidyWan { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    /// <summary>The policy year: the year the period starts.</summary>
    public int Year { get; set; }

    public string? Note { get; set; }

    /// <summary>Number of covered patents and trademarks not found in the IP data center (kept, flagged).</summary>
    public int UnknownItems { get; set; }

    public string ContentHash { get; set; } = string.Empty;

    public string CreatedBy { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public string UpdatedBy { get; set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; set; }

    public List<InsuredItem> Items { get; set; } = [];
}

/// <summary>A patent or trademark a policy covers, as written, with the canonical number when the IP data center knows it.</summary>
internal sealed class InsuredItem
{
    public long Id { get; set; }

    public long PolicyId { get; set; }

    /// <summary>Patent or Trademark.</summary>
    public string ItemType { get; set; } = string.Empty;

    public string Number { get; set; } = string.Empty;

    public string? CanonicalNumber { get; set; }

    public bool Found { get; set; }

    public string? Title { get; set; }
}

/// <summary>An IP securitisation deal (知识产权证券化产品).</summary>
internal sealed class SecuritisationDeal
{
    public long Id { get; set; }

    public string Name { get; set; } = string.Empty;

    /// <summary>Issuer or programme (发行人 / 计划管理人).</summary>
    public string Issuer { get; set; } = string.Empty;

    public string Exchange { get; set; } = string.Empty;

    public DateOnly IssuedOn { get; set; }

    public int Year { get; set; }

    /// <summary>Issue amount in 亿元.</summary>
    public decimal AmountYi { get; set; }

    public int UnderlyingIpCount { get; set; }

    public string? Source { get; set; }

    public string? Note { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public string UpdatedBy { get; set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; set; }

    public List<SecuritisationFirm> Firms { get; set; } = [];
}

/// <summary>A local firm in a deal, with its amount (万元).</summary>
internal sealed class SecuritisationFirm
{
    public long Id { get; set; }

    public long DealId { get; set; }

    public string Name { get; set; } = string.Empty;

    public string CreditCode { get; set; } = string.Empty;

    public string DistrictCode { get; set; } = string.Empty;

    public decimal AmountWan { get; set; }
}

/// <summary>The fund's share and per-loan ceiling for one year (UNCONFIRMED defaults until the office confirms them).</summary>
internal sealed class FundParameter
{
    public int Year { get; set; }

    public decimal Share { get; set; }

    public decimal CeilingWan { get; set; }

    public string Status { get; set; } = string.Empty;

    public string? Source { get; set; }

    public string? Note { get; set; }

    public string UpdatedBy { get; set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>
/// A claim on the risk-compensation fund for a defaulted IP-pledge loan. The share and ceiling in force for the filing
/// year are stored with the claim, so later parameter changes do not alter it. <see cref="Version"/> is the
/// optimistic-concurrency token.
/// </summary>
internal sealed class FundClaim
{
    public long Id { get; set; }

    /// <summary>The id used in URLs (not sequential).</summary>
    public Guid PublicId { get; set; }

    public string LoanContractNumber { get; set; } = string.Empty;

    public string PledgorName { get; set; } = string.Empty;

    public string PledgorCreditCode { get; set; } = string.Empty;

    public string DistrictCode { get; set; } = string.Empty;

    public string Lender { get; set; } = string.Empty;

    public decimal PrincipalWan { get; set; }

    public decimal OutstandingLossWan { get; set; }

    public DateOnly DefaultedOn { get; set; }

    public string State { get; set; } = string.Empty;

    public int Version { get; set; }

    public int ParameterYear { get; set; }

    public decimal Share { get; set; }

    public decimal CeilingWan { get; set; }

    public string ParameterStatus { get; set; } = string.Empty;

    public decimal CompensableWan { get; set; }

    public string FiledBy { get; set; } = string.Empty;

    public DateTimeOffset FiledAt { get; set; }

    public DateOnly FiledOn { get; set; }

    public string? ReviewedBy { get; set; }

    public DateOnly? ReviewedOn { get; set; }

    public string? DecidedBy { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public DateOnly? PaidOn { get; set; }

    public decimal? PaidWan { get; set; }

    public string? PaymentReference { get; set; }

    public string? Note { get; set; }

    public List<FundClaimEvidence> Evidence { get; set; } = [];

    public List<FundClaimTransition> Transitions { get; set; } = [];
}

internal sealed class FundClaimEvidence
{
    public long Id { get; set; }

    public long ClaimId { get; set; }

    public string FileName { get; set; } = string.Empty;

    public string StorageKey { get; set; } = string.Empty;

    public long Size { get; set; }

    public string Sha256 { get; set; } = string.Empty;

    public string UploadedBy { get; set; } = string.Empty;

    public DateTimeOffset UploadedAt { get; set; }
}

/// <summary>One step of a claim's history.</summary>
internal sealed class FundClaimTransition
{
    public long Id { get; set; }

    public long ClaimId { get; set; }

    public string? FromState { get; set; }

    public string ToState { get; set; } = string.Empty;

    public string Action { get; set; } = string.Empty;

    public string Actor { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }

    public string? Note { get; set; }
}

namespace IpCity.Finance.Transfers;

/// <summary>One transfer or licence of a patent (转让 / 许可), from a legal event, an officer's entry or an import.</summary>
internal sealed class TransferRecord
{
    public long Id { get; set; }

    public long? PatentId { get; set; }

    public required string ApplicationNumber { get; set; }

    public string? PatentTitle { get; set; }

    public required string Kind { get; set; }

    public required string FromParty { get; set; }

    public required string FromPartyType { get; set; }

    public required string ToParty { get; set; }

    public required string ToPartyType { get; set; }

    public string? ToCreditCode { get; set; }

    /// <summary>County-level unit of the receiving side (district officers see their unit's rows).</summary>
    public string? ToCountyCode { get; set; }

    /// <summary>The receiving side is in the city (its county, or the patent's attribution for a transfer).</summary>
    public bool ToIsLocal { get; set; }

    public DateOnly Date { get; set; }

    public int Year { get; set; }

    public DateOnly? EndedOn { get; set; }

    public string? Reference { get; set; }

    public decimal? AmountWan { get; set; }

    public required string Source { get; set; }

    /// <summary>The legal event of the IP data center that recorded it (natural key of a sync; unique).</summary>
    public long? SourceEventId { get; set; }

    /// <summary>The legal event that ended the licence.</summary>
    public long? EndEventId { get; set; }

    public bool UniversityToLocalFirm { get; set; }

    public string? Note { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A patent offered for conversion by a university, institute or firm (开放许可 or a listing).</summary>
internal sealed class ConversionOffer
{
    public long Id { get; set; }

    public long PatentId { get; set; }

    public required string ApplicationNumber { get; set; }

    public string? PatentTitle { get; set; }

    public string? MainIpc { get; set; }

    public required string OfferingParty { get; set; }

    public required string OfferingPartyType { get; set; }

    public string? OfferingCreditCode { get; set; }

    public long? OfferingApplicantId { get; set; }

    /// <summary>County-level unit of the offering side (district officers see their unit's offers).</summary>
    public string? UnitCode { get; set; }

    public required string Mode { get; set; }

    public string? FeeTerms { get; set; }

    public decimal? AskingPriceWan { get; set; }

    /// <summary>Keywords separated by '|'.</summary>
    public string? Keywords { get; set; }

    public string? IndustryCode { get; set; }

    public string? IndustryName { get; set; }

    public required string State { get; set; }

    public string? StateNote { get; set; }

    public long? TransferId { get; set; }

    public required string CreatedBy { get; set; }

    public required string CreatedByRole { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? MatchedAt { get; set; }
}

/// <summary>A local firm matched to an offer with its score and the breakdown (JSON list of reasons).</summary>
internal sealed class OfferMatch
{
    public long Id { get; set; }

    public long OfferId { get; set; }

    public int Rank { get; set; }

    public long FirmApplicantId { get; set; }

    public required string FirmName { get; set; }

    public string? FirmCreditCode { get; set; }

    public string? FirmCountyCode { get; set; }

    public int Score { get; set; }

    public required string Breakdown { get; set; }

    public bool Stale { get; set; }

    public DateTimeOffset ComputedAt { get; set; }
}

/// <summary>A firm's interest in an offer it was matched to.</summary>
internal sealed class OfferInterest
{
    public long Id { get; set; }

    public long OfferId { get; set; }

    public long MatchId { get; set; }

    public required string FirmName { get; set; }

    public required string FirmCreditCode { get; set; }

    public string? Note { get; set; }

    public required string ExpressedBy { get; set; }

    public DateTimeOffset ExpressedAt { get; set; }
}

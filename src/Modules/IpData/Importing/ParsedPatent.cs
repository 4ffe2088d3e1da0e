namespace IpCity.IpData.Importing;

/// <summary>Kind of patent right (专利类型).</summary>
internal enum PatentType
{
    Invention,
    UtilityModel,
    Design,
    Plant,
    Reissue,
    StatutoryInvention,
    Other,
}

internal enum PartyRole
{
    Applicant,
    CurrentOwner,
    Inventor,
    Agency,
    Agent,
}

internal sealed record ParsedParty(
    PartyRole Role,
    string Name,
    string? Country = null,
    string? Address = null,
    string? City = null,
    string? State = null,
    string? CreditCode = null);

/// <summary>Another publication of the same application named in the same record (a CN row's 公开号 and 授权公告号).</summary>
internal sealed record ParsedDocumentRef(string Country, string Number, string Kind, DateOnly? PublicationDate, bool IsGrant);

internal sealed record ParsedClassification(string Scheme, string Symbol, bool IsMain);

internal sealed record ParsedPriority(string Country, string Number, DateOnly? Date);

internal sealed record ParsedFamilyMember(string Country, string Number, string? Kind, bool IsGranted);

internal sealed record ParsedEvent(DateOnly Date, string Code, string Description);

/// <summary>
/// One patent document (a publication: application publication or grant) as read from any source format.
/// Numbers are as printed in the source (country code separate); dates are local calendar dates.
/// </summary>
internal sealed record ParsedPatent
{
    /// <summary>Publication country (US, EP, CN, ...).</summary>
    public required string Country { get; init; }

    /// <summary>Publication/grant document number without country or kind, e.g. "11147202", "1234567".</summary>
    public required string DocumentNumber { get; init; }

    /// <summary>Kind code, e.g. B1, B2, A1, A2, S1, E, H1, P2 (old US: "B1" from PATDOC B130).</summary>
    public required string Kind { get; init; }

    public DateOnly? PublicationDate { get; init; }

    /// <summary>True for grants (US B*, S*, P*, E, H; EP B*; CN B/C/U/S).</summary>
    public bool IsGrant { get; init; }

    /// <summary>Application number as printed (no country), e.g. "16/123,456" normalised to "16123456".</summary>
    public required string ApplicationNumber { get; init; }

    public string? ApplicationCountry { get; init; }

    public DateOnly? ApplicationDate { get; init; }

    public PatentType Type { get; init; }

    public string? Title { get; init; }

    /// <summary>Language of the title (ISO 639-1), when the source says.</summary>
    public string? TitleLanguage { get; init; }

    public string? Abstract { get; init; }

    public string? FirstClaim { get; init; }

    public int? ClaimCount { get; init; }

    public IReadOnlyList<ParsedParty> Parties { get; init; } = [];

    public IReadOnlyList<ParsedClassification> Classifications { get; init; } = [];

    public IReadOnlyList<ParsedPriority> Priorities { get; init; } = [];

    public IReadOnlyList<ParsedFamilyMember> Family { get; init; } = [];

    public IReadOnlyList<ParsedEvent> Events { get; init; } = [];

    /// <summary>Current legal status as the source states it (法律状态: 有效 / 失效 / 审中 …).</summary>
    public string? LegalStatus { get; init; }

    public int? CitedByCount { get; init; }

    public IReadOnlyList<ParsedDocumentRef> OtherDocuments { get; init; } = [];

    /// <summary>Name of the source format generation, e.g. "us-patent-grant v4.2", "PATDOC v2.5", "ep-patent-document v1.5".</summary>
    public required string SourceFormat { get; init; }
}

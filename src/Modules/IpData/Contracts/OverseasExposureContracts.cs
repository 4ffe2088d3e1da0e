namespace IpCity.IpData.Contracts;

/// <summary>One foreign member of the family of a firm's patent (the patent itself is CN).</summary>
public sealed record ForeignFamilyMemberDto(long PatentId, string ApplicationNumber, string? Title, string Country, string Number, string? Kind, bool IsGranted);

/// <summary>
/// A firm's overseas exposure in the data center: the applicant entities found for the reference (credit code
/// or exact name), how many of their patents (as applicant or current owner) are stored, and every foreign
/// family member of those patents (country ≠ CN, unparsed "??" members left out).
/// </summary>
public sealed record OverseasExposureDto(string Reference, string? Name, string? CreditCode, IReadOnlyList<string> Names, int Patents, IReadOnlyList<ForeignFamilyMemberDto> ForeignFamily);

/// <summary>Read-only: a firm's patents' foreign family members (for the overseas rights-aid risk alerts).</summary>
public interface IOverseasExposure
{
    /// <summary>
    /// The exposure of the firm named by its 统一社会信用代码 or its exact name (any recorded name variant);
    /// null when no applicant entity or patent party matches.
    /// </summary>
    Task<OverseasExposureDto?> GetAsync(string enterprise, CancellationToken ct = default);
}

/// <summary>统一社会信用代码 (GB 32100-2015) checks for other modules.</summary>
public static class CreditCodes
{
    /// <summary>18 characters of the code alphabet with a valid mod-31 check character (case and spaces ignored).</summary>
    public static bool IsValid(string? code) => IpCity.BuildingBlocks.Identifiers.UnifiedSocialCreditCode.IsValid(code);
}

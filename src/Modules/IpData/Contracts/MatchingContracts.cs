namespace IpCity.IpData.Contracts;

/// <summary>An industry of an industry catalogue (code and name), as the matching of conversion offers uses it.</summary>
public sealed record IndustryRef(string Catalogue, string Code, string Name);

/// <summary>
/// One patent of a firm's portfolio as the matching reads it: its IPC symbols in the stored canonical form
/// ("H01M 10/0525") and its title.
/// </summary>
public sealed record FirmPatent(long PatentId, string ApplicationNumber, string? Title, IReadOnlyList<string> IpcSymbols);

/// <summary>
/// A local enterprise applicant of the IP data center: an applicant entity of type Enterprise with at least one
/// patent attributed to the city (applicant or current patentee). CountyCode is the county-level unit most of
/// those patents are attributed to; Industries are the industries of the catalogue any of them falls in
/// (IPC prefix, or a keyword in the title).
/// </summary>
public sealed record FirmProfile(
    long ApplicantId,
    string Name,
    string? CreditCode,
    string? CountyCode,
    IReadOnlyList<FirmPatent> Patents,
    IReadOnlyList<IndustryRef> Industries);

/// <summary>
/// A patent with what the matching needs: title, abstract, IPC symbols, the industries of the catalogue it falls
/// in, its first owner (current patentee, else first applicant) with the owner's applicant type
/// (Enterprise, University, ResearchInstitute, GovernmentBody, Individual, Other) and its regional attribution.
/// </summary>
public sealed record PatentProfile(
    long PatentId,
    string ApplicationNumber,
    string PatentType,
    string? Title,
    string? Abstract,
    string? MainIpc,
    IReadOnlyList<string> IpcSymbols,
    IReadOnlyList<IndustryRef> Industries,
    string? OwnerName,
    string? OwnerCreditCode,
    string OwnerType,
    long? OwnerApplicantId,
    string? CityCode,
    string? CountyCode);

/// <summary>
/// Read contract for the matching of conversion offers to local firms (Finance, Transfers): the city's enterprise
/// applicants with their portfolio profile, a patent's profile, and the applicant type of a party name.
/// </summary>
public interface IFirmProfiles
{
    /// <summary>
    /// Enterprise applicants with a patent attributed to the city (RegionCityCode = <paramref name="cityCode"/>);
    /// merged entities count as their survivor. Industries come from the catalogue named (null = the default).
    /// </summary>
    Task<IReadOnlyList<FirmProfile>> LocalEnterprisesAsync(string cityCode, string? industryCatalogue = null, CancellationToken ct = default);

    /// <summary>The profile of one patent (IP data center id); null when there is none.</summary>
    Task<PatentProfile?> PatentAsync(long patentId, string? industryCatalogue = null, CancellationToken ct = default);

    /// <summary>The industries of the catalogue's active version (null = the default catalogue).</summary>
    Task<IReadOnlyList<IndustryRef>> IndustriesAsync(string? industryCatalogue = null, CancellationToken ct = default);

    /// <summary>
    /// The applicant entity a party name or credit code resolves to among the city's enterprises (credit code
    /// first, then the normalised name); null when none.
    /// </summary>
    Task<FirmProfile?> FindLocalEnterpriseAsync(string cityCode, string? name, string? creditCode, CancellationToken ct = default);

    /// <summary>The usual CNIPA applicant type of a name (Enterprise, University, ResearchInstitute, GovernmentBody, Individual, Other).</summary>
    string ApplicantTypeOf(string name);
}

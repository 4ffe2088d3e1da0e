namespace IpCity.IpData;

/// <summary>Settings of the IP data center (configuration section "IpData").</summary>
public sealed class IpDataOptions
{
    /// <summary>The industry catalogue used when a query or API call names none (IpData:DefaultIndustryCatalogue).</summary>
    public string DefaultIndustryCatalogue { get; set; } = "nanchang-4+4+x";

    /// <summary>
    /// Coefficient given to classes a concordance marks as partial (*) when the file has no coefficient column
    /// (IpData:PartialClassCoefficient). How partial classes are apportioned is UNCONFIRMED (DOMAIN.md §1.2).
    /// </summary>
    public double PartialClassCoefficient { get; set; } = 1.0;
}

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

    /// <summary>
    /// XLSX imports: the most the sheets of one workbook may declare when inflated, in bytes
    /// (IpData:ArchiveMaxTotalBytes; SECURITY.md spec 15). Checked from the central directory before anything is
    /// inflated, and again while reading in case the directory lies.
    /// </summary>
    public long ArchiveMaxTotalBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>XLSX imports: the most entries one workbook may hold (IpData:ArchiveMaxEntries).</summary>
    public int ArchiveMaxEntries { get; set; } = 10_000;

    /// <summary>XLSX imports: the highest compression ratio an entry over 1 MB may have (IpData:ArchiveMaxRatio).</summary>
    public double ArchiveMaxRatio { get; set; } = 100;

    /// <summary>
    /// Web uploads to the data center (patent and concordance files): how many are read and imported at
    /// once (IpData:UploadConcurrency). The others wait, their bodies unread, so a flood of uploads — hostile or not —
    /// cannot take every core from the public search (SECURITY.md spec 16 c).
    /// </summary>
    public int UploadConcurrency { get; set; } = 2;

    /// <summary>How long an upload waits for its turn before 503 UPLOADS_BUSY (IpData:UploadWaitSeconds).</summary>
    public int UploadWaitSeconds { get; set; } = 300;

    internal BuildingBlocks.Xml.ZipGuard.Limits ArchiveLimits => new(ArchiveMaxTotalBytes, ArchiveMaxEntries, ArchiveMaxRatio);
}

using IpCity.BuildingBlocks.Progress;

namespace IpCity.IpData.Contracts;

/// <summary>One bad record: where it was and why it was refused.</summary>
public sealed record ImportError(string File, long Row, string? Field, string? Value, string Reason, string Code);

/// <summary>What an import did. The keys are the CLI's --json keys.</summary>
public sealed record ImportResult(
    long Read,
    long Inserted,
    long Updated,
    long Unchanged,
    long Skipped,
    long Rejected,
    IReadOnlyList<ImportError> Errors,
    IReadOnlyList<long> BatchIds,
    long Indexed = 0,
    double IndexSeconds = 0);

public enum ImportFormat
{
    Auto,
    UsptoXml,
    EpoXml,
}

/// <summary>UpdateIndex: bring the search index up to date after the import (off in the benchmark, which times it separately).</summary>
public sealed record ImportRequest(IReadOnlyList<string> Paths, ImportFormat Format = ImportFormat.Auto, bool Strict = false, bool UpdateIndex = true);

/// <summary>Imports patent files (USPTO XML, EPO XML; more formats follow) idempotently.</summary>
public interface IPatentImporter
{
    Task<ImportResult> ImportAsync(ImportRequest request, IProgressSink? progress = null, CancellationToken ct = default);
}

public sealed record PatentSummary(
    long Id,
    string ApplicationCountry,
    string ApplicationNumber,
    DateOnly? ApplicationDate,
    string Type,
    string? Title,
    string? MainIpc,
    IReadOnlyList<string> Documents,
    IReadOnlyList<string> Applicants,
    IReadOnlyList<string> Inventors,
    string? RegionCountyCode = null,
    string? RegionZoneCode = null,
    string? RegionRule = null,
    double? RegionConfidence = null);

public sealed record UnresolvedAddress(string Address, long Patents);

public interface IPatentQueries
{
    Task<long> CountAsync(CancellationToken ct = default);

    Task<PatentSummary?> FindByDocumentAsync(string country, string number, string kind, CancellationToken ct = default);

    Task<PatentSummary?> GetAsync(long id, CancellationToken ct = default);

    /// <summary>Domestic patents whose attribution address resolved to no county-level unit or zone, by address with counts.</summary>
    Task<IReadOnlyList<UnresolvedAddress>> UnresolvedAddressesAsync(int top = 200, CancellationToken ct = default);
}

public sealed record SearchRequest(string? Query, int Page = 1, int PageSize = 20, string? Sort = null, bool Facets = true);

/// <summary>One hit; TitleHtml and SnippetHtml are HTML-encoded with the matched terms in &lt;mark&gt;.</summary>
public sealed record SearchHit(long Id, string ApplicationCountry, string ApplicationNumber, DateOnly? ApplicationDate, string Type, string? Title, string? MainIpc, string? FirstApplicant, string? Region, string? LegalStatus, string? PrimaryDocument, string? TitleHtml = null, string? SnippetHtml = null);

public sealed record FacetValue(string Value, long Count);

public sealed record SearchResult(long Total, int Page, int PageSize, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);

public sealed record ExportRow(string Application, DateOnly? ApplicationDate, string? Document, string Type, string? Title, string? MainIpc, string Applicants, string Inventors, string? Address, string? Region, string? LegalStatus);

/// <summary>Patent search: exact substring semantics, ANDed terms, field syntax, facets, uncapped export.</summary>
public interface IPatentSearch
{
    Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken ct = default);

    IAsyncEnumerable<ExportRow> ExportAsync(string? query, CancellationToken ct = default);
}

/// <summary>Writes the deterministic synthetic demo export (CN layout) used by demo mode and the benchmarks.</summary>
public interface IDemoPatentGenerator
{
    /// <returns>The full path written.</returns>
    Task<string> GenerateAsync(string path, int patents, int seed, CancellationToken ct = default);
}

/// <summary>
/// Synthetic demo trademarks (marked 演示) for the enterprise applicants already in the store: national marks and Madrid
/// international registrations, some expired and some in their renewal window, written as a CNIPA-style trademark CSV.
/// </summary>
public interface IDemoTrademarkGenerator
{
    /// <returns>The full path written, and how many rows.</returns>
    Task<(string Path, int Rows)> GenerateAsync(string path, int seed, CancellationToken ct = default);
}

/// <summary>Trademark (with Madrid) and geographical-indication registers from tabular lists.</summary>
public interface IRegisterImporter
{
    Task<ImportResult> ImportTrademarksAsync(IReadOnlyList<string> paths, IProgressSink? progress = null, CancellationToken ct = default);

    Task<ImportResult> ImportGisAsync(IReadOnlyList<string> paths, IProgressSink? progress = null, CancellationToken ct = default);
}

public sealed record TrademarkDto(
    long Id,
    string RegistrationNumber,
    string? MarkText,
    string? NiceClasses,
    string? Holder,
    string? HolderAddress,
    string? Status,
    DateOnly? ApplicationDate,
    DateOnly? ExclusiveFrom,
    DateOnly? ExclusiveTo,
    string? MadridIrNumber,
    string? Designations,
    bool IsDomestic,
    string? RegionCountyCode,
    string? RegionZoneCode);

/// <summary>
/// Trademark search: whitespace-separated terms are ANDed, each a contiguous substring (ASCII
/// case-insensitive) of mark text, holder, holder address or registration number. Madrid: true = Madrid
/// international registrations only, false = national marks only, null = all.
/// </summary>
public sealed record TrademarkSearchRequest(string? Query, bool? Madrid = null, int Page = 1, int PageSize = 20);

public sealed record TrademarkSearchResult(long Total, int Page, int PageSize, IReadOnlyList<TrademarkDto> Hits);

public interface ITrademarkQueries
{
    Task<TrademarkSearchResult> SearchAsync(TrademarkSearchRequest request, CancellationToken ct = default);

    Task<TrademarkDto?> GetAsync(long id, CancellationToken ct = default);

    /// <summary>Every hit of the search, streamed in registration-number order (no cap).</summary>
    IAsyncEnumerable<TrademarkDto> ExportAsync(string? query, bool? madrid, CancellationToken ct = default);
}

public sealed record GiDto(string Name, string Type, string TypeText, string? Area, string? AreaCode, string? Number, string? EffectiveText, string? SourceUrl);

public interface IRegisterQueries
{
    Task<IReadOnlyList<GiDto>> GisAsync(CancellationToken ct = default);
}

public sealed record ReferenceLoadResult(string Edition, int Codes, int Inserted, int TechnologyFields);

public sealed record IpcEntry(string Symbol, string Level, string TitleZh, string? TitleEn);

public sealed record IpcNode(IpcEntry Code, IReadOnlyList<IpcEntry> Path, IReadOnlyList<IpcEntry> Children, string Edition);

/// <summary>Embedded reference classifications: Chinese IPC (all codes), English IPC to subclass, WIPO technology fields.</summary>
public interface IReferenceData
{
    Task<ReferenceLoadResult> LoadIpcAsync(IProgressSink? progress = null, CancellationToken ct = default);

    Task<IpcNode?> GetIpcAsync(string symbol, CancellationToken ct = default);

    Task<IReadOnlyList<IpcEntry>> SearchIpcAsync(string q, int take = 50, CancellationToken ct = default);
}

public sealed record ApplicantDto(long Id, string Name, string Type, string? CreditCode, int Variants, int Patents);

public sealed record ApplicantPortfolio(
    ApplicantDto Applicant,
    IReadOnlyList<string> Variants,
    long? MergedIntoId,
    IReadOnlyDictionary<string, long> ByType,
    IReadOnlyDictionary<string, long> ByYear,
    IReadOnlyDictionary<string, long> ByStatus,
    IReadOnlyDictionary<string, long> ByIpcClass);

/// <summary>Applicant entities (entity resolution of applicant and patentee names).</summary>
public interface IApplicantQueries
{
    Task<IReadOnlyList<ApplicantDto>> ListAsync(string? q, string? type, int take = 100, CancellationToken ct = default);

    Task<ApplicantPortfolio?> GetAsync(long id, CancellationToken ct = default);

    Task MergeAsync(long id, long intoId, CancellationToken ct = default);

    /// <summary>Moves the named variants (and the patent links written with them) to a new entity; returns it.</summary>
    Task<ApplicantDto> SplitAsync(long id, SplitApplicantRequest request, CancellationToken ct = default);
}

/// <summary>One query of the search benchmark: index hits and latency beside the LIKE scan of the same fields.</summary>
public sealed record QueryBenchmark(string Query, long Hits, long? LikeHits, double P50Ms, double P99Ms, double WithFacetsMs, double? LikeMs);

/// <summary>What the data-center benchmark measured (issue 3 §8).</summary>
public sealed record PatentBenchmarkReport(
    string File,
    long FileBytes,
    string Format,
    long ParsedRecords,
    double ParseSeconds,
    long ImportRead,
    long ImportStored,
    double ImportSeconds,
    long Indexed,
    double IndexSeconds,
    long PeakRssAfterImportBytes,
    long PeakRssAfterIndexBytes,
    long PeakRssBytes,
    long Patents,
    IReadOnlyList<QueryBenchmark> Queries,
    long Exported,
    double ExportSeconds)
{
    public double ParseRate => ParsedRecords / Math.Max(ParseSeconds, 1e-9);

    public double ImportRate => ImportRead / Math.Max(ImportSeconds, 1e-9);

    public double ImportToParse => ImportRate / Math.Max(ParseRate, 1e-9);
}

/// <summary>Runs the benchmark on one file against the current (throw-away) store.</summary>
public interface IPatentBenchmark
{
    /// <param name="importOnly">Stop after the parse limit and the import (no index, search or export): for profiling the import.</param>
    Task<PatentBenchmarkReport> RunAsync(string file, int repetitions, bool likeScan, IProgressSink? progress = null, CancellationToken ct = default, bool importOnly = false);

    /// <summary>Writes <paramref name="copies"/> renumbered copies of every document of a real XML file into one file.</summary>
    long RepeatXml(string source, int copies, string target);
}

public sealed record CreateThematicRequest(string Name, string Query, string? Description = null);

public sealed record ThematicDto(long Id, string Name, string? Description, string Query, string CreatedBy, DateTime CreatedAtUtc, DateTime? RefreshedAtUtc, long PatentCount, long LastAdded, long LastRemoved);

public sealed record ThematicMemberDto(long PatentId, string Application, DateOnly? ApplicationDate, string? Title, string? MainIpc, string? LegalStatus, DateTime AddedAtUtc);

public sealed record ThematicPage(ThematicDto Database, int Page, int PageSize, IReadOnlyList<ThematicMemberDto> Members);

/// <summary>Thematic databases (专题数据库): saved searches refreshed on every import.</summary>
public interface IThematicDatabases
{
    Task<IReadOnlyList<ThematicDto>> ListAsync(CancellationToken ct = default);

    Task<ThematicDto> CreateAsync(CreateThematicRequest request, CancellationToken ct = default);

    Task<ThematicDto> RefreshAsync(long id, CancellationToken ct = default);

    Task<int> RefreshAllAsync(CancellationToken ct = default);

    Task<ThematicPage?> GetAsync(long id, int page, int pageSize, CancellationToken ct = default);

    Task DeleteAsync(long id, CancellationToken ct = default);
}

/// <summary>
/// Split request: the raw name variants to move, and optionally the new entity's type (an ApplicantType
/// name: Enterprise, University, ResearchInstitute, GovernmentBody, Individual, Other) and credit code.
/// </summary>
public sealed record SplitApplicantRequest(IReadOnlyList<string> Variants, string? Type = null, string? CreditCode = null);

/// <summary>What an index catch-up or rebuild did; Owned = this process holds the index writer.</summary>
public sealed record IndexReport(int Batches, long Patents, double Seconds, bool Owned);

/// <summary>The patent search index (derived data under &lt;data&gt;/index/patents).</summary>
public interface ISearchIndex
{
    /// <summary>Indexes every finished import batch not yet indexed.</summary>
    Task<IndexReport> UpdateAsync(IProgressSink? progress = null, CancellationToken ct = default);

    /// <summary>Drops the index and rebuilds it from the store (INDEX_LOCKED when another process owns it).</summary>
    Task<IndexReport> RebuildFromStoreAsync(IProgressSink? progress = null, CancellationToken ct = default);
}

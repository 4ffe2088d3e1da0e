namespace IpCity.IpData.Contracts;

public enum IndustryCatalogueKind
{
    /// <summary>The city's own editable mapping (e.g. the "4+4+X" starter).</summary>
    Local,

    /// <summary>An imported official concordance edition (read-only; a new edition is a new version).</summary>
    Concordance,
}

/// <summary>The official Chinese concordances the platform imports from their published spreadsheet layout.</summary>
public enum ConcordanceType
{
    /// <summary>国际专利分类与国民经济行业分类参照关系表(2018).</summary>
    IpcToNationalIndustry2018,

    /// <summary>战略性新兴产业分类与国际专利分类参照关系表(2021).</summary>
    StrategicEmergingIpc2021,

    /// <summary>知识产权(专利)密集型产业统计分类(2019).</summary>
    PatentIntensiveIndustry2019,
}

public sealed record IndustryCatalogueDto(
    long Id,
    string Code,
    string Name,
    string Kind,
    string? ConcordanceType,
    string Edition,
    string SourceNote,
    string? SourceFile,
    DateTime CreatedAtUtc,
    string CreatedBy,
    DateTime? UpdatedAtUtc,
    string? UpdatedBy,
    bool IsActive,
    int Industries,
    int Rules);

public sealed record IndustryRuleDto(long Id, string? IpcPattern, string? Keyword, double Coefficient, bool IsPartial, string? NationalIndustryCode, string? Note);

public sealed record IndustryNodeDto(string Code, string Name, string? ParentCode, int Level, IReadOnlyList<IndustryRuleDto> Rules);

public sealed record IndustryCatalogueDetail(IndustryCatalogueDto Catalogue, IReadOnlyList<IndustryNodeDto> Industries);

/// <summary>What a concordance import did; Errors lists every refused value (row, field, value, reason).</summary>
public sealed record ConcordanceImportResult(
    string Catalogue,
    string Edition,
    string Type,
    bool Created,
    bool Unchanged,
    long Read,
    int Industries,
    int Rules,
    long Rejected,
    IReadOnlyList<ImportError> Errors);

public sealed record StarterCatalogueResult(string Catalogue, string Edition, string File, bool Created, int Industries, int Rules);

public sealed record CreateIndustryCatalogueRequest(string Code, string Name, string? Edition = null, string? SourceNote = null);

public sealed record ActivateIndustryCatalogueRequest(string Edition);

public sealed record CreateIndustryRequest(string Code, string Name, string? ParentCode = null);

public sealed record RenameIndustryRequest(string Name);

public sealed record AddIndustryRuleRequest(string? IpcPattern, string? Keyword = null, double? Coefficient = null, string? NationalIndustryCode = null);

/// <summary>Industry catalogues (the city's own mappings and imported concordances): read, export, edit (Local only).</summary>
public interface IIndustryCatalogues
{
    Task<IReadOnlyList<IndustryCatalogueDto>> ListCataloguesAsync(CancellationToken ct = default);

    /// <summary>The active version of the catalogue (or the named edition); null code = the default catalogue.</summary>
    Task<IndustryCatalogueDetail?> GetAsync(string? code, string? edition = null, CancellationToken ct = default);

    /// <summary>The catalogue as CSV rows (one per rule; industries without rules get one row), header first.</summary>
    Task<string> ExportCsvAsync(string? code, string? edition = null, CancellationToken ct = default);

    Task<IndustryCatalogueDto> CreateCatalogueAsync(CreateIndustryCatalogueRequest request, CancellationToken ct = default);

    Task ActivateAsync(string code, string edition, CancellationToken ct = default);

    Task<IndustryNodeDto> CreateIndustryAsync(string catalogue, CreateIndustryRequest request, CancellationToken ct = default);

    Task<IndustryNodeDto> RenameIndustryAsync(string catalogue, string industry, string name, CancellationToken ct = default);

    Task DeleteIndustryAsync(string catalogue, string industry, CancellationToken ct = default);

    Task<IndustryRuleDto> AddRuleAsync(string catalogue, string industry, AddIndustryRuleRequest request, CancellationToken ct = default);

    Task RemoveRuleAsync(string catalogue, string industry, long ruleId, CancellationToken ct = default);
}

/// <summary>Imports official concordances and loads the city's starter catalogues.</summary>
public interface IConcordanceImporter
{
    /// <summary>Imports one edition from its published spreadsheet layout (XLSX or CSV). Same file + edition → unchanged.</summary>
    Task<ConcordanceImportResult> ImportAsync(ConcordanceType type, string edition, string path, string? sourceNote = null, CancellationToken ct = default);

    /// <summary>Loads the starter catalogues beside a city profile (profiles/&lt;city&gt;/industry-*.json); existing catalogues keep the city's edits.</summary>
    Task<IReadOnlyList<StarterCatalogueResult>> LoadStarterCataloguesAsync(string profilePath, CancellationToken ct = default);
}

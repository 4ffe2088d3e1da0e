namespace IpCity.Monitoring.Contracts;

/// <summary>Data element codes that other modules and forms feed (DOMAIN.md §1–2 code names).</summary>
public static class DataElements
{
    public const string ResidentPopulation = "ResidentPopulation";
    public const string Gdp = "Gdp";
    public const string PledgeFinancingAmount = "PledgeFinancingAmount";
    public const string CasesFiled = "EnforcementCasesFiled";
    public const string CasesCarriedOver = "EnforcementCasesCarriedOver";
    public const string CasesClosed = "EnforcementCasesClosed";
    public const string CasesDue = "EnforcementCasesDue";
    public const string CasesClosedInTime = "EnforcementCasesClosedInTime";
    public const string PractisingPatentAttorneys = "PractisingPatentAttorneys";
    public const string QualifiedPatentAttorneys = "QualifiedPatentAttorneys";
    public const string TrademarkAgencyStaff = "TrademarkAgencyStaff";
    public const string PatentIntensiveValueAdded = "PatentIntensiveIndustryValueAdded";
}

/// <summary>The headline and companion indicator codes (DOMAIN.md §1–2).</summary>
public static class IndicatorCodes
{
    public const string HighValueInventionPatentsPer10k = "HighValueInventionPatentsPer10k";
    public const string PatentIntensiveIndustryGdpShare = "PatentIntensiveIndustryGdpShare";
    public const string MadridRegistrationsHeld = "MadridRegistrationsHeld";
    public const string PledgeFinancingRegisteredAmount = "PledgeFinancingRegisteredAmount";
    public const string EnforcementClosureRate = "EnforcementClosureRate";
    public const string IpAgentWorkforce = "IpAgentWorkforce";
    public const string ValidInventionPatentsPer10k = "ValidInventionPatentsPer10k";
    public const string ValidInventionPatents = "ValidInventionPatents";
    public const string HighValueInventionPatents = "HighValueInventionPatents";
    public const string InventionGrants = "InventionGrants";
    public const string RegisteredTrademarksInForce = "RegisteredTrademarksInForce";
}

public sealed record IndicatorDefinitionDto(
    string Code,
    int Version,
    int ValidFromYear,
    string Name,
    string Unit,
    string Kind,
    string Direction,
    string Source,
    int Decimals,
    decimal Factor,
    string Numerator,
    string? Denominator,
    bool Headline,
    string? OutlineRef,
    string? Owner,
    string? Description,
    IReadOnlyList<string> Parameters);

/// <summary>A parameter value as used: name, value ("" = not set), status (CONFIRMED/DERIVED/UNCONFIRMED) and from which year.</summary>
public sealed record ParameterDto(string Name, int FromYear, string Value, string Status, string? Note);

/// <summary>One input of a value: a data element with its source, vintage and count or amount.</summary>
public sealed record InputDto(string Element, string Source, decimal? Value, string? Vintage, string? Origin);

/// <summary>Where the value stands against its target path (linear by default) and where the series projects to.</summary>
public sealed record TargetStatusDto(
    string Status,
    string StatusLabel,
    decimal? PathValue,
    decimal? Baseline,
    int? BaselineYear,
    decimal? Target,
    int TargetYear,
    decimal? Projection,
    string ProjectionMethod,
    string Rule);

public sealed record IndicatorValueDto(
    long Id,
    string IndicatorCode,
    string IndicatorName,
    int DefinitionVersion,
    string UnitCode,
    string? UnitName,
    int Year,
    DateOnly ReferenceDate,
    decimal? Numerator,
    decimal? Denominator,
    decimal? Value,
    string? Display,
    string Unit,
    string State,
    IReadOnlyList<ParameterDto> Parameters,
    IReadOnlyList<InputDto> Inputs,
    IReadOnlyList<string> Notes,
    string? RecordKind,
    int RecordCount,
    string InputHash,
    DateTime ComputedAtUtc,
    string ComputedBy,
    DateTime? PublishedAtUtc,
    string? PublishedBy,
    long? RevisesId);

/// <summary>What a user sees for an indicator, unit and year: the published value, the latest computation, and whether it revises the published one.</summary>
public sealed record IndicatorValueView(IndicatorValueDto? Published, IndicatorValueDto? Latest, bool IsRevision, TargetStatusDto? Target);

/// <summary>A record behind a value (drill-down), with the categories that qualified it for the high-value indicator.</summary>
public sealed record ValueRecordDto(long Id, string Key, string Label, string? Owner, string? CountyCode, string? ZoneCode, DateOnly? Date, IReadOnlyList<string> Categories);

public sealed record ValueRecordsPage(long ValueId, string IndicatorCode, string UnitCode, int Year, string? RecordKind, int Total, int Page, int Size, IReadOnlyList<ValueRecordDto> Items);

public sealed record RecomputeResult(int Year, DateOnly ReferenceDate, int Values, int Changed, int Unchanged, int Revisions, double Seconds);

public sealed record WarningDto(string IndicatorCode, string IndicatorName, string UnitCode, string? UnitName, int Year, decimal? Value, decimal? PathValue, string Status, string StatusLabel, string? Owner);

public sealed record TargetDto(string IndicatorCode, string UnitCode, int Year, decimal Value, string Kind, string? Source);

public sealed record SetTargetRequest(int Year, decimal Value, string Kind, string? Source);

public sealed record SetParameterRequest(int FromYear, string Value, string? Note);

public interface IIndicatorEngine
{
    /// <summary>Computes every indicator for every unit in force for the year (reference date: 31 December unless given).</summary>
    Task<RecomputeResult> RecomputeAsync(int year, DateOnly? referenceDate = null, BuildingBlocks.Progress.IProgressSink? progress = null, CancellationToken ct = default);
}

public interface IIndicatorService
{
    Task<IReadOnlyList<IndicatorDefinitionDto>> DefinitionsAsync(int? year = null, CancellationToken ct = default);

    Task<IReadOnlyList<ParameterDto>> ParametersAsync(int year, CancellationToken ct = default);

    Task<ParameterDto> SetParameterAsync(string name, SetParameterRequest request, CancellationToken ct = default);

    Task<IndicatorValueView> GetAsync(string code, string unit, int year, DateOnly? referenceDate = null, CancellationToken ct = default);

    Task<IReadOnlyList<IndicatorValueView>> ListAsync(string unit, int year, DateOnly? referenceDate = null, CancellationToken ct = default);

    Task<ValueRecordsPage> RecordsAsync(long valueId, int page, int size, CancellationToken ct = default);

    IAsyncEnumerable<ValueRecordDto> AllRecordsAsync(long valueId, CancellationToken ct = default);

    Task<IndicatorValueDto> PublishAsync(long valueId, CancellationToken ct = default);

    Task<IReadOnlyList<WarningDto>> WarningsAsync(int year, CancellationToken ct = default);

    Task<IReadOnlyList<TargetDto>> TargetsAsync(string code, string? unit, CancellationToken ct = default);

    Task<TargetDto> SetTargetAsync(string code, string unit, SetTargetRequest request, CancellationToken ct = default);
}

/// <summary>Departments the preloaded indicator catalogue names as owners (task-ledger unit codes the city office may edit).</summary>
public static class MonitoringDepartments
{
    /// <summary>南昌市市场监督管理局(知识产权局): owner of every preloaded indicator.</summary>
    public const string MarketRegulation = "dept-amr";

    public const string MarketRegulationName = "市市场监督管理局(知识产权局)";
}

/// <summary>A warning as its addressees see it: the owning department and the unit that fell behind.</summary>
public sealed record WarningNoticeDto(
    long Id,
    string IndicatorCode,
    string IndicatorName,
    string UnitCode,
    string? UnitName,
    int Year,
    string Status,
    decimal? Value,
    decimal? PathValue,
    string? DepartmentCode,
    string? DepartmentName,
    string State,
    DateTime RaisedAtUtc,
    string? AcknowledgedBy,
    DateTime? AcknowledgedAtUtc,
    string? Response,
    DateTime? ClearedAtUtc);

public sealed record AcknowledgeWarningRequest(string Response);

public sealed record WarningDispatchResult(int Year, int Raised, int Updated, int Cleared, int Open);

/// <summary>
/// Warnings sent to the owning department when a unit falls behind its target path (issue 4 §4): raised, updated
/// and cleared by each computation and target change, answered by the department, every step audited.
/// </summary>
public interface IIndicatorWarnings
{
    /// <summary>Brings the stored warnings of the year in line with the current statuses (raise new, update, clear).</summary>
    Task<WarningDispatchResult> DispatchAsync(int year, CancellationToken ct = default);

    /// <summary>The same for every year with computed values (after a target or path change).</summary>
    Task<IReadOnlyList<WarningDispatchResult>> DispatchComputedYearsAsync(CancellationToken ct = default);

    /// <summary>The warnings addressed to the officer: the city office sees all, others those of their department or unit.</summary>
    Task<IReadOnlyList<WarningNoticeDto>> InboxAsync(FormActor actor, int? year = null, bool includeCleared = false, CancellationToken ct = default);

    /// <summary>The department's answer (what it does about it); 404 for a warning not addressed to the officer.</summary>
    Task<WarningNoticeDto> AcknowledgeAsync(FormActor actor, long id, AcknowledgeWarningRequest request, CancellationToken ct = default);
}

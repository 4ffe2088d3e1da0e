namespace IpCity.Monitoring.Domain;

internal enum IndicatorKind
{
    /// <summary>A stock on a reference date (31 December, or a mid-year date).</summary>
    Stock,

    /// <summary>A flow over the statistical year.</summary>
    Flow,
}

internal enum IndicatorDirection
{
    HigherIsBetter,

    /// <summary>逆向指标.</summary>
    LowerIsBetter,
}

internal enum ElementSource
{
    /// <summary>Counted from platform records (patents, trademarks, GIs …), with the list of records kept.</summary>
    Computed,

    /// <summary>Entered or uploaded through a data-reporting form and approved.</summary>
    Reported,

    /// <summary>Imported statistics (population, GDP, value added) with source and vintage.</summary>
    Imported,
}

/// <summary>
/// An indicator (the DHIS2 model): numerator element / denominator element × factor, cut by org unit × period.
/// Versioned: a version applies from its statistical year on; values keep the version they were computed with.
/// </summary>
internal sealed class IndicatorDefinition
{
    public long Id { get; set; }

    public required string Code { get; set; }

    public int Version { get; set; }

    public int ValidFromYear { get; set; }

    public required string Name { get; set; }

    public required string Unit { get; set; }

    public IndicatorKind Kind { get; set; }

    public IndicatorDirection Direction { get; set; }

    public ElementSource Source { get; set; }

    public int Decimals { get; set; }

    public decimal Factor { get; set; } = 1;

    public required string Numerator { get; set; }

    public string? Denominator { get; set; }

    public bool Headline { get; set; }

    /// <summary>Where the Outline names it (e.g. "一(二)"), or the DOMAIN.md section.</summary>
    public string? OutlineRef { get; set; }

    public string? Description { get; set; }

    /// <summary>The department that owns the indicator and receives its warnings.</summary>
    public string? Owner { get; set; }
}

/// <summary>A parameter left open by the official sources (DOMAIN.md §1.7), per statistical year from <see cref="FromYear"/> on.</summary>
internal sealed class IndicatorParameter
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public int FromYear { get; set; }

    /// <summary>Empty = not set (e.g. the pledge threshold: category 4 is then not evaluated).</summary>
    public required string Value { get; set; }

    public required string Status { get; set; }

    public string? Note { get; set; }

    public DateTime SetAtUtc { get; set; }

    public required string SetBy { get; set; }
}

/// <summary>A reported or imported input value for a data element, unit and year; every vintage is kept.</summary>
internal sealed class DataElementValue
{
    public long Id { get; set; }

    public required string ElementCode { get; set; }

    public required string UnitCode { get; set; }

    public int Year { get; set; }

    public decimal Value { get; set; }

    public ElementSource Source { get; set; }

    /// <summary>Which publication or submission this is ("2025年统计公报", "form 12 approved 2026-03-01").</summary>
    public required string Vintage { get; set; }

    /// <summary>Source URL, form submission or import batch.</summary>
    public string? Origin { get; set; }

    public DateTime EnteredAtUtc { get; set; }

    public required string EnteredBy { get; set; }
}

internal enum ValueState
{
    /// <summary>The latest computation; replaced by the next one.</summary>
    Current,

    /// <summary>Frozen by a city officer: never changes silently.</summary>
    Published,

    /// <summary>A later computation of a published value that differs from it: shown beside it.</summary>
    Revision,

    /// <summary>An earlier computation, kept for the record.</summary>
    Superseded,
}

/// <summary>
/// One computed value with its full provenance. The records behind the numerator are kept with it, compact
/// (<see cref="RecordIds"/>: delta-encoded ids and per-record category flags, deflated), so a drill-down always
/// lists exactly what was counted, even after later imports.
/// </summary>
internal sealed class IndicatorValue
{
    public long Id { get; set; }

    public required string IndicatorCode { get; set; }

    public int DefinitionVersion { get; set; }

    public required string UnitCode { get; set; }

    public int Year { get; set; }

    public DateOnly ReferenceDate { get; set; }

    public decimal? Numerator { get; set; }

    public decimal? Denominator { get; set; }

    /// <summary>Null when an input is missing (see Notes): never a silent zero.</summary>
    public decimal? Value { get; set; }

    public ValueState State { get; set; }

    /// <summary>JSON: every parameter value used, with its status.</summary>
    public required string ParametersJson { get; set; }

    /// <summary>JSON: each input (element, source, vintage, population year and source, import batches).</summary>
    public required string InputsJson { get; set; }

    /// <summary>JSON list of notes, e.g. "category HighPledgeAmount not evaluated: threshold not set".</summary>
    public required string NotesJson { get; set; }

    /// <summary>SHA-256 over definition, parameters and inputs: the same hash means the same value.</summary>
    public required string InputHash { get; set; }

    public int RecordCount { get; set; }

    public DateTime ComputedAtUtc { get; set; }

    public required string ComputedBy { get; set; }

    /// <summary>For a revision: the published value it revises.</summary>
    public long? RevisesId { get; set; }

    public DateTime? PublishedAtUtc { get; set; }

    public string? PublishedBy { get; set; }

    /// <summary>What the records are ("patent", "trademark", "gi"); null for values without records (reported, imported).</summary>
    public string? RecordKind { get; set; }

    public byte[]? RecordIds { get; set; }
}

/// <summary>A target or path point for an indicator and unit: baseline (2020), yearly path, 2025, 2035.</summary>
internal sealed class IndicatorTarget
{
    public long Id { get; set; }

    public required string IndicatorCode { get; set; }

    public required string UnitCode { get; set; }

    public int Year { get; set; }

    public decimal Value { get; set; }

    /// <summary>Baseline, Path, Target.</summary>
    public required string Kind { get; set; }

    public string? Source { get; set; }
}

internal enum WarningState
{
    /// <summary>Raised and not yet answered by the department.</summary>
    Open,

    /// <summary>The department (or the city office) has answered it with a response.</summary>
    Acknowledged,

    /// <summary>The unit is back on its path (a later computation or target change).</summary>
    Cleared,
}

/// <summary>
/// A warning sent to the department that owns an indicator (and to the unit concerned) when a unit falls behind
/// its target path in a year; one row per indicator, unit and year, reopened if the unit falls behind again.
/// </summary>
internal sealed class IndicatorWarning
{
    public long Id { get; set; }

    public required string IndicatorCode { get; set; }

    public required string UnitCode { get; set; }

    public int Year { get; set; }

    /// <summary>Behind or AtRisk at the last dispatch.</summary>
    public required string Status { get; set; }

    public decimal? Value { get; set; }

    public decimal? PathValue { get; set; }

    /// <summary>The owning department (a task-ledger unit: officers whose unit code equals it receive the warning).</summary>
    public string? DepartmentCode { get; set; }

    public string? DepartmentName { get; set; }

    public WarningState State { get; set; }

    public DateTime RaisedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? AcknowledgedBy { get; set; }

    public DateTime? AcknowledgedAtUtc { get; set; }

    public string? Response { get; set; }

    public DateTime? ClearedAtUtc { get; set; }
}

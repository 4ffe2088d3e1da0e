namespace IpCity.Monitoring.Domain;

/// <summary>The reporting period of a data set. Only yearly reporting exists today.</summary>
internal enum PeriodType
{
    Year,
}

/// <summary>
/// A data set (数据填报表): which data elements a department or district reports per period, who reports it,
/// and the validation rules its values must pass.
/// </summary>
internal sealed class DataSet
{
    public long Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public PeriodType PeriodType { get; set; }

    public List<DataSetElement> Elements { get; set; } = [];

    public List<DataSetUnit> Units { get; set; } = [];

    public List<ValidationRule> Rules { get; set; } = [];
}

/// <summary>One data element of a data set, with its zh-CN label and unit of measure.</summary>
internal sealed class DataSetElement
{
    public long Id { get; set; }

    public long DataSetId { get; set; }

    public required string ElementCode { get; set; }

    public required string Label { get; set; }

    /// <summary>万元, 件, 人 …</summary>
    public required string Unit { get; set; }

    public int Order { get; set; }

    /// <summary>Decimal places a value may have (0 = whole numbers only).</summary>
    public int Decimals { get; set; }
}

/// <summary>An org unit or department expected to report the data set.</summary>
internal sealed class DataSetUnit
{
    public long Id { get; set; }

    public long DataSetId { get; set; }

    public required string UnitCode { get; set; }

    public required string UnitName { get; set; }

    public int Order { get; set; }
}

internal enum ValidationRuleKind
{
    /// <summary>Min ≤ value ≤ Max for one element.</summary>
    Range,

    /// <summary>|value − previous year's value| / previous ≤ MaxChangePercent, for one element of the same unit.</summary>
    YearOnYear,

    /// <summary>A comparison between sums of elements and numbers, e.g. "EnforcementCasesClosed &lt;= EnforcementCasesFiled + EnforcementCasesCarriedOver".</summary>
    Consistency,
}

/// <summary>A validation rule of a data set, checked whenever a submission is saved or submitted.</summary>
internal sealed class ValidationRule
{
    public long Id { get; set; }

    public long DataSetId { get; set; }

    /// <summary>Stable short code within the data set ("R1").</summary>
    public required string Code { get; set; }

    public ValidationRuleKind Kind { get; set; }

    /// <summary>The element of a Range or YearOnYear rule.</summary>
    public string? ElementCode { get; set; }

    public decimal? Min { get; set; }

    public decimal? Max { get; set; }

    public decimal? MaxChangePercent { get; set; }

    /// <summary>The expression of a Consistency rule (element codes, numbers, + and −, one comparison).</summary>
    public string? Expression { get; set; }

    /// <summary>The rule in zh-CN words, shown to the reporter when a value breaks it.</summary>
    public required string Text { get; set; }
}

internal enum SubmissionState
{
    Draft,
    Submitted,
    Returned,
    Approved,
}

/// <summary>
/// One unit's report of a data set for a year. An approved submission is final; a later correction is a
/// new revision of the same (data set, unit, year), whose approval adds a new vintage of the values.
/// </summary>
internal sealed class Submission
{
    public long Id { get; set; }

    public long DataSetId { get; set; }

    public required string UnitCode { get; set; }

    public int Year { get; set; }

    public int Revision { get; set; } = 1;

    public SubmissionState State { get; set; }

    public List<SubmissionValue> Values { get; set; } = [];

    public List<SubmissionComment> Comments { get; set; } = [];

    public DateTime CreatedAtUtc { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public required string UpdatedBy { get; set; }

    public DateTime? SubmittedAtUtc { get; set; }

    public string? SubmittedBy { get; set; }

    public DateTime? ReviewedAtUtc { get; set; }

    public string? ReviewedBy { get; set; }

    /// <summary>Optimistic concurrency: bumped on every change; a stale version is refused.</summary>
    public int Version { get; set; }
}

internal sealed class SubmissionValue
{
    public long Id { get; set; }

    public long SubmissionId { get; set; }

    public required string ElementCode { get; set; }

    public decimal? Value { get; set; }
}

/// <summary>One step of a submission's history (saved, submitted, returned, approved), with its comment.</summary>
internal sealed class SubmissionComment
{
    public long Id { get; set; }

    public long SubmissionId { get; set; }

    /// <summary>Saved, Submitted, Returned, Approved, Uploaded.</summary>
    public required string Action { get; set; }

    public string? Text { get; set; }

    public required string Author { get; set; }

    public DateTime AtUtc { get; set; }
}

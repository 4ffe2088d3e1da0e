using System.Security.Claims;
using IpCity.BuildingBlocks.Security;

namespace IpCity.Monitoring.Contracts;

/// <summary>Who reports or reviews: a city officer may act for every unit, other officers only for their own unit.</summary>
public sealed record FormActor(string Name, bool IsCity, string? UnitCode)
{
    public static FormActor From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new FormActor(user.Identity?.Name ?? "anonymous", user.IsInRole(Roles.CityOfficer), user.FindFirstValue(Policies.UnitClaim));
    }

    public bool MayReportFor(string unitCode) => IsCity || string.Equals(UnitCode, unitCode, StringComparison.Ordinal);
}

public sealed record DataSetElementDto(string Code, string Label, string Unit, int Decimals);

public sealed record DataSetUnitDto(string Code, string Name);

public sealed record ValidationRuleDto(long Id, string Code, string Kind, string? Element, decimal? Min, decimal? Max, decimal? MaxChangePercent, string? Expression, string Text);

/// <summary>A data set; <see cref="Units"/> are all expected units, <see cref="MyUnits"/> those the caller may report for.</summary>
public sealed record DataSetDto(
    long Id,
    string Code,
    string Name,
    string? Description,
    string PeriodType,
    IReadOnlyList<DataSetElementDto> Elements,
    IReadOnlyList<DataSetUnitDto> Units,
    IReadOnlyList<DataSetUnitDto> MyUnits,
    IReadOnlyList<ValidationRuleDto> Rules);

public sealed record SubmissionCommentDto(string Action, string? Text, string Author, DateTime AtUtc);

public sealed record SubmissionDto(
    long Id,
    long DataSetId,
    string DataSetCode,
    string DataSetName,
    string UnitCode,
    string UnitName,
    int Year,
    int Revision,
    string State,
    string StateLabel,
    IReadOnlyDictionary<string, decimal?> Values,
    IReadOnlyList<SubmissionCommentDto> History,
    DateTime CreatedAtUtc,
    string CreatedBy,
    DateTime UpdatedAtUtc,
    string UpdatedBy,
    DateTime? SubmittedAtUtc,
    string? SubmittedBy,
    DateTime? ReviewedAtUtc,
    string? ReviewedBy,
    int Version);

/// <summary>Creates or updates the draft of (data set, unit, year). <see cref="Version"/>, when given, must match (optimistic concurrency).</summary>
public sealed record SaveDraftRequest(long DataSetId, string? UnitCode, int Year, IReadOnlyDictionary<string, decimal?>? Values, int? Version = null, string? Comment = null);

/// <summary>Submit, approve or return; a return needs a comment.</summary>
public sealed record SubmissionActionRequest(string? Comment = null, int? Version = null);

public sealed record UploadRowError(int Row, string? UnitCode, string? Field, string Reason, string? RuleCode = null);

public sealed record FormUploadResponse(int Rows, int Created, int Updated, int Unchanged, IReadOnlyList<UploadRowError> Errors);

public sealed record CompletenessRow(string UnitCode, string UnitName, string State, string StateLabel, long? SubmissionId, int? Revision, DateTime? UpdatedAtUtc, string? UpdatedBy);

public sealed record CompletenessDto(long DataSetId, string DataSetCode, string DataSetName, int Year, int Expected, int Approved, IReadOnlyList<CompletenessRow> Units);

/// <summary>Data reporting (数据填报): forms per unit and year, validated on save, submitted, approved or returned by the city office.</summary>
public interface IDataReporting
{
    Task<IReadOnlyList<DataSetDto>> ListDataSetsAsync(FormActor actor, CancellationToken ct = default);

    Task<DataSetDto> GetDataSetAsync(FormActor actor, long dataSetId, CancellationToken ct = default);

    /// <summary>Submissions the caller may see (own unit, or all for the city), newest first; filters optional.</summary>
    Task<IReadOnlyList<SubmissionDto>> ListSubmissionsAsync(FormActor actor, long? dataSetId, int? year, string? state, string? unitCode, CancellationToken ct = default);

    /// <summary>Not found (404) when it does not exist or the caller may not see it.</summary>
    Task<SubmissionDto> GetSubmissionAsync(FormActor actor, long id, CancellationToken ct = default);

    /// <summary>The latest revision of (data set, unit, year), or null when nothing was reported yet.</summary>
    Task<SubmissionDto?> FindAsync(FormActor actor, long dataSetId, string unitCode, int year, CancellationToken ct = default);

    Task<SubmissionDto> SaveDraftAsync(FormActor actor, SaveDraftRequest request, CancellationToken ct = default);

    Task<SubmissionDto> SubmitAsync(FormActor actor, long id, SubmissionActionRequest request, CancellationToken ct = default);

    Task<SubmissionDto> ApproveAsync(FormActor actor, long id, SubmissionActionRequest request, CancellationToken ct = default);

    Task<SubmissionDto> ReturnAsync(FormActor actor, long id, SubmissionActionRequest request, CancellationToken ct = default);

    /// <summary>An XLSX template: one row per unit the caller may report for, current values filled in.</summary>
    Task<byte[]> TemplateAsync(FormActor actor, long dataSetId, int year, CancellationToken ct = default);

    /// <summary>Bulk entry from a filled template: good rows become drafts, bad rows are reported with row, field and reason.</summary>
    Task<FormUploadResponse> UploadAsync(FormActor actor, long dataSetId, int year, Stream xlsx, CancellationToken ct = default);

    Task<CompletenessDto> CompletenessAsync(FormActor actor, long dataSetId, int year, CancellationToken ct = default);
}

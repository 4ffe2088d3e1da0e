using System.Globalization;
using System.Text.RegularExpressions;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.Protection.Contracts;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Protection.Credit;

/// <summary>The published list, the personal-information impact assessments, the parameters and the measure catalogue.</summary>
internal sealed partial class CreditSupervision
{
    public async Task<PublicCreditList> PublicListAsync(CancellationToken ct = default)
    {
        // Publishing names natural persons: no recorded 个人信息保护影响评估, no list (SECURITY.md P5, PIPL §55).
        var assessment = await _db.ImpactAssessments.AsNoTracking().OrderByDescending(a => a.Id).FirstOrDefaultAsync(ct)
            ?? throw new IpCityException("CREDIT_PIA_REQUIRED", "公示前须先登记个人信息保护影响评估。", 409);
        var today = Today;
        var inForce = CreditStates.InForce.ToList();
        var rows = await _db.CreditRecords.AsNoTracking().Include(r => r.Measures)
            .Where(r => inForce.Contains(r.State) && r.StartsOn != null && r.StartsOn <= today && r.EndsOn != null && r.EndsOn > today)
            .ToListAsync(ct);
        var items = rows
            .OrderByDescending(r => r.StartsOn).ThenBy(r => r.Id)
            .Select(r => new PublicCreditRecordDto(r.Id, r.Kind, r.Behaviour, r.SubjectKind, r.SubjectName, r.SubjectIdMasked, r.DocumentNumber, r.StartsOn!.Value, r.EndsOn!.Value,
                r.Measures.OrderBy(m => m.Code, StringComparer.Ordinal).Select(ToDto).ToList()))
            .ToList();
        return new PublicCreditList(assessment.Id, assessment.AssessedOn, items);
    }

    public async Task<string> ExportPublicCsvAsync(CancellationToken ct = default)
    {
        var list = await PublicListAsync(ct);
        await _audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "CreditPublicList", null, $"rows={list.Items.Count} pia={list.ImpactAssessmentId.ToString(CultureInfo.InvariantCulture)}"), ct);
        return Csv(
            ["类型", "失信行为", "主体类型", "主体名称", "主体代码(脱敏)", "决定书文号", "列入日期", "届满日期", "管理措施", "联合惩戒部门"],
            list.Items.Select(r => new[]
            {
                r.Kind, r.Behaviour, r.SubjectKind, r.SubjectName, r.SubjectIdentifier, r.DocumentNumber ?? string.Empty, Day(r.StartsOn), Day(r.EndsOn),
                MeasureNames(r.Measures), MeasureDepartments(r.Measures),
            }));
    }

    public async Task<ImpactAssessmentDto> RecordImpactAssessmentAsync(ProtectionActor actor, RecordImpactAssessmentRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireCity(actor);
        if (request.AssessedOn > Today)
        {
            throw Invalid("CREDIT_DATE_FUTURE", "评估日期不能晚于今天。");
        }

        var row = new ImpactAssessment
        {
            AssessedOn = request.AssessedOn,
            Assessor = Required(request.Assessor, 200, "CREDIT_PIA_ASSESSOR", "请填写评估人/评估机构。"),
            Scope = Required(request.Scope, 2000, "CREDIT_PIA_SCOPE", "请填写评估范围 (公示的信息项与对象)。"),
            Conclusion = Required(request.Conclusion, 4000, "CREDIT_PIA_CONCLUSION", "请填写评估结论。"),
            DocumentNumber = Optional(request.DocumentNumber, 100),
            RecordedBy = actor.Name,
            RecordedAt = _clock.GetUtcNow(),
        };
        _db.ImpactAssessments.Add(row);
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry(CreditAuditEvents.ImpactAssessmentRecorded, AuditOutcome.Success, "ImpactAssessment", row.Id.ToString(CultureInfo.InvariantCulture), $"assessed {Day(row.AssessedOn)}"), ct);
        return ToDto(row);
    }

    public async Task<IReadOnlyList<ImpactAssessmentDto>> ListImpactAssessmentsAsync(CancellationToken ct = default) =>
        (await _db.ImpactAssessments.AsNoTracking().OrderByDescending(a => a.Id).ToListAsync(ct)).Select(ToDto).ToList();

    public async Task<string> ExportImpactAssessmentsCsvAsync(CancellationToken ct = default)
    {
        var rows = await ListImpactAssessmentsAsync(ct);
        return Csv(
            ["编号", "评估日期", "评估人", "评估范围", "评估结论", "文号", "登记人", "登记时间"],
            rows.Select(a => new[]
            {
                a.Id.ToString(CultureInfo.InvariantCulture), Day(a.AssessedOn), a.Assessor, a.Scope, a.Conclusion, a.DocumentNumber ?? string.Empty, a.RecordedBy,
                a.RecordedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            }));
    }

    public async Task<IReadOnlyList<CreditParameterDto>> ListParametersAsync(CancellationToken ct = default) =>
        (await _db.CreditParameters.AsNoTracking().ToListAsync(ct)).OrderBy(p => p.Name, StringComparer.Ordinal).Select(ToDto).ToList();

    public async Task<string> ExportParametersCsvAsync(CancellationToken ct = default)
    {
        var rows = await ListParametersAsync(ct);
        return Csv(
            ["参数", "数值", "单位", "状态", "说明", "来源", "备注", "修改人", "修改时间"],
            rows.Select(p => new[]
            {
                p.Name, p.Amount.ToString(CultureInfo.InvariantCulture), p.Unit, p.Status, p.Label, p.Source ?? string.Empty, p.Note ?? string.Empty, p.UpdatedBy ?? string.Empty,
                p.UpdatedAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? string.Empty,
            }));
    }

    public async Task<CreditParameterDto> SetParameterAsync(ProtectionActor actor, string name, SetCreditParameterRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireCity(actor);
        var row = await _db.CreditParameters.FirstOrDefaultAsync(p => p.Name == name, ct)
            ?? throw new IpCityException("CREDIT_PARAMETER_UNKNOWN", "未知的信用参数。", 404, new Dictionary<string, object?> { ["name"] = name });
        if (request.Amount is < 1 or > 1200 || !CreditRules.Units.Contains(request.Unit))
        {
            throw Invalid("CREDIT_PARAMETER_VALUE", "参数值须为 1–1200 的整数, 单位为 Days、Months 或 Years。", new Dictionary<string, object?> { ["units"] = CreditRules.Units });
        }

        var before = $"{row.Amount.ToString(CultureInfo.InvariantCulture)} {row.Unit}";
        row.Amount = request.Amount;
        row.Unit = request.Unit;
        row.Note = Optional(request.Note, 2000);
        row.UpdatedBy = actor.Name;
        row.UpdatedAt = _clock.GetUtcNow();
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry(CreditAuditEvents.ParameterChanged, AuditOutcome.Success, "CreditParameter", name, $"{before} -> {row.Amount.ToString(CultureInfo.InvariantCulture)} {row.Unit}"), ct);
        return ToDto(row);
    }

    public async Task<IReadOnlyList<CreditMeasureTypeDto>> ListMeasureTypesAsync(CancellationToken ct = default) =>
        (await _db.CreditMeasureTypes.AsNoTracking().OrderBy(m => m.SortOrder).ThenBy(m => m.Code).ToListAsync(ct)).Select(ToDto).ToList();

    public async Task<string> ExportMeasureTypesCsvAsync(CancellationToken ct = default)
    {
        var rows = await ListMeasureTypesAsync(ct);
        return Csv(["代码", "措施", "实施部门", "启用"], rows.Select(m => new[] { m.Code, m.Name, string.Join("; ", m.Departments), YesNo(m.Active) }));
    }

    public async Task<CreditMeasureTypeDto> SetMeasureTypeAsync(ProtectionActor actor, string code, SetCreditMeasureTypeRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireCity(actor);
        if (!MeasureCodePattern().IsMatch(code ?? string.Empty))
        {
            throw Invalid("CREDIT_MEASURE_CODE", "措施代码须为字母开头的字母数字 (2–64 位)。");
        }

        var name = Required(request.Name, 200, "CREDIT_MEASURE_NAME", "请填写措施名称 (不超过 200 字)。");
        var departments = CleanDepartments(request.Departments ?? []);
        var row = await _db.CreditMeasureTypes.FirstOrDefaultAsync(m => m.Code == code, ct);
        var created = row is null;
        if (row is null)
        {
            var order = await _db.CreditMeasureTypes.Select(m => (int?)m.SortOrder).MaxAsync(ct) ?? 0;
            row = new CreditMeasureType { Code = code!, SortOrder = order + 1 };
            _db.CreditMeasureTypes.Add(row);
        }

        row.Name = name;
        row.Departments = string.Join('|', departments);
        row.Active = request.Active;
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry(CreditAuditEvents.MeasureTypeChanged, AuditOutcome.Success, "CreditMeasureType", code, created ? "created" : $"departments={departments.Count} active={request.Active}"), ct);
        return ToDto(row);
    }

    private async Task<CreditParameterDto> ParameterAsync(string name, CancellationToken ct) =>
        ToDto(await _db.CreditParameters.AsNoTracking().FirstOrDefaultAsync(p => p.Name == name, ct)
            ?? throw new IpCityException("CREDIT_PARAMETER_UNKNOWN", "信用参数未配置。", 500, new Dictionary<string, object?> { ["name"] = name }));

    private static CreditParameterDto ToDto(CreditParameter p) => new(p.Name, p.Amount, p.Unit, p.Status, p.Label, p.Source, p.Note, p.UpdatedBy, p.UpdatedAt);

    private static CreditMeasureTypeDto ToDto(CreditMeasureType m) => new(m.Code, m.Name, Split(m.Departments), m.Active);

    private static ImpactAssessmentDto ToDto(ImpactAssessment a) => new(a.Id, a.AssessedOn, a.Assessor, a.Scope, a.Conclusion, a.DocumentNumber, a.RecordedBy, a.RecordedAt);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{1,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex MeasureCodePattern();
}

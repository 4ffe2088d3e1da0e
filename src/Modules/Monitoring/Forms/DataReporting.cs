using System.Globalization;
using System.Text;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.Monitoring.Contracts;
using IpCity.Monitoring.Data;
using IpCity.Monitoring.Domain;
using IpCity.Organisations.Contracts;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Monitoring.Forms;

/// <summary>Set once the standard data sets exist, so later requests skip the check.</summary>
internal sealed class FormSeedState
{
    public volatile bool Done;
}

/// <summary>
/// Data reporting (数据填报): drafts per (data set, unit, year) validated on every save, submitted by the unit,
/// approved or returned (with a comment) by the city office. Approval writes the values as reported data
/// element values, a new vintage each time. Every step is audited with actor and unit.
/// </summary>
internal sealed partial class DataReporting : IDataReporting
{
    public const string ValidationCode = "FORM_VALIDATION";

    private static readonly TimeSpan s_chinaOffset = TimeSpan.FromHours(8);

    private readonly MonitoringDbContext _db;
    private readonly IOrgUnitDirectory _directory;
    private readonly IAuditTrail _audit;
    private readonly TimeProvider _clock;
    private readonly FormSeedState _seed;

    public DataReporting(MonitoringDbContext db, IOrgUnitDirectory directory, IAuditTrail audit, TimeProvider clock, FormSeedState seed)
    {
        _db = db;
        _directory = directory;
        _audit = audit;
        _clock = clock;
        _seed = seed;
    }

    internal enum SaveOutcome
    {
        Created,
        Updated,
        Unchanged,
    }

    public static string StateLabel(SubmissionState? state) => state switch
    {
        null => "未填报",
        SubmissionState.Draft => "草稿",
        SubmissionState.Submitted => "已提交",
        SubmissionState.Returned => "已退回",
        SubmissionState.Approved => "已通过",
        _ => state.ToString()!,
    };

    public async Task<IReadOnlyList<DataSetDto>> ListDataSetsAsync(FormActor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await EnsureSeededAsync(ct);
        var sets = await LoadDataSets().OrderBy(d => d.Code).ToListAsync(ct);
        return sets.Select(d => ToDto(d, actor)).ToList();
    }

    public async Task<DataSetDto> GetDataSetAsync(FormActor actor, long dataSetId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return ToDto(await DataSetAsync(dataSetId, ct), actor);
    }

    public async Task<IReadOnlyList<SubmissionDto>> ListSubmissionsAsync(FormActor actor, long? dataSetId, int? year, string? state, string? unitCode, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await EnsureSeededAsync(ct);
        var query = _db.Submissions.AsNoTracking().Include(s => s.Values).Include(s => s.Comments).AsSplitQuery().AsQueryable();
        if (!actor.IsCity)
        {
            var own = actor.UnitCode ?? string.Empty;
            query = query.Where(s => s.UnitCode == own);
        }

        if (dataSetId is { } d)
        {
            query = query.Where(s => s.DataSetId == d);
        }

        if (year is { } y)
        {
            query = query.Where(s => s.Year == y);
        }

        if (!string.IsNullOrWhiteSpace(unitCode))
        {
            query = query.Where(s => s.UnitCode == unitCode);
        }

        if (!string.IsNullOrWhiteSpace(state))
        {
            var parsed = Enum.TryParse<SubmissionState>(state, ignoreCase: true, out var st)
                ? st
                : throw new IpCityException("FORM_STATE_UNKNOWN", $"未知的填报状态: {state} (Draft, Submitted, Returned, Approved)", 400);
            query = query.Where(s => s.State == parsed);
        }

        var rows = await query.OrderByDescending(s => s.Id).Take(500).ToListAsync(ct);
        var sets = (await LoadDataSets().ToListAsync(ct)).ToDictionary(s => s.Id);
        return rows.Select(s => ToDto(s, sets[s.DataSetId])).ToList();
    }

    public async Task<SubmissionDto> GetSubmissionAsync(FormActor actor, long id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var s = await VisibleAsync(actor, id, tracked: false, ct);
        return ToDto(s, await DataSetAsync(s.DataSetId, ct));
    }

    public async Task<SubmissionDto?> FindAsync(FormActor actor, long dataSetId, string unitCode, int year, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var set = await DataSetAsync(dataSetId, ct);
        if (!actor.MayReportFor(unitCode))
        {
            return null;
        }

        var latest = await LatestAsync(dataSetId, unitCode, year, tracked: false, ct);
        return latest is null ? null : ToDto(latest, set);
    }

    public async Task<SubmissionDto> SaveDraftAsync(FormActor actor, SaveDraftRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        var set = await DataSetAsync(request.DataSetId, ct);
        var (submission, _) = await SaveCoreAsync(actor, set, request.UnitCode, request.Year, request.Values ?? new Dictionary<string, decimal?>(), request.Version, request.Comment, "Saved", ct);
        return ToDto(submission, set);
    }

    public async Task<SubmissionDto> SubmitAsync(FormActor actor, long id, SubmissionActionRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        var s = await VisibleAsync(actor, id, tracked: true, ct);
        var set = await DataSetAsync(s.DataSetId, ct);
        RequireState(s, SubmissionState.Draft, SubmissionState.Returned);
        RequireVersion(s, request.Version);
        var values = s.Values.ToDictionary(v => v.ElementCode, v => v.Value, StringComparer.Ordinal);
        var missing = set.Elements.Where(e => values.GetValueOrDefault(e.ElementCode) is null).ToList();
        if (missing.Count > 0)
        {
            throw new IpCityException("FORM_INCOMPLETE", $"以下项目尚未填写: {string.Join("、", missing.Select(e => e.Label))}", 400,
                new Dictionary<string, object?> { ["elements"] = missing.Select(e => e.ElementCode).ToList() });
        }

        await ValidateAsync(set, s.UnitCode, s.Year, values, ct);
        var now = Now();
        s.State = SubmissionState.Submitted;
        s.SubmittedAtUtc = now;
        s.SubmittedBy = actor.Name;
        Touch(s, actor, now);
        s.Comments.Add(new SubmissionComment { Action = "Submitted", Text = Clean(request.Comment), Author = actor.Name, AtUtc = now });
        await SaveAsync(ct);
        await AuditAsync("FormSubmitted", s, set, actor, request.Comment, ct);
        return ToDto(s, set);
    }

    public async Task<SubmissionDto> ApproveAsync(FormActor actor, long id, SubmissionActionRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        RequireCity(actor);
        var s = await VisibleAsync(actor, id, tracked: true, ct);
        var set = await DataSetAsync(s.DataSetId, ct);
        RequireState(s, SubmissionState.Submitted);
        RequireVersion(s, request.Version);
        var now = Now();
        s.State = SubmissionState.Approved;
        s.ReviewedAtUtc = now;
        s.ReviewedBy = actor.Name;
        Touch(s, actor, now);
        s.Comments.Add(new SubmissionComment { Action = "Approved", Text = Clean(request.Comment), Author = actor.Name, AtUtc = now });
        var vintage = $"填报#{s.Id.ToString(CultureInfo.InvariantCulture)} 审核通过 {(now + s_chinaOffset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        foreach (var v in s.Values.Where(v => v.Value is not null))
        {
            _db.ElementValues.Add(new DataElementValue
            {
                ElementCode = v.ElementCode,
                UnitCode = s.UnitCode,
                Year = s.Year,
                Value = v.Value!.Value,
                Source = ElementSource.Reported,
                Vintage = vintage,
                Origin = "form:" + s.Id.ToString(CultureInfo.InvariantCulture),
                EnteredAtUtc = now,
                EnteredBy = actor.Name,
            });
        }

        await SaveAsync(ct);
        await AuditAsync("FormApproved", s, set, actor, request.Comment, ct);
        return ToDto(s, set);
    }

    public async Task<SubmissionDto> ReturnAsync(FormActor actor, long id, SubmissionActionRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        RequireCity(actor);
        var comment = Clean(request.Comment);
        var s = await VisibleAsync(actor, id, tracked: true, ct);
        var set = await DataSetAsync(s.DataSetId, ct);
        if (comment is null)
        {
            throw new IpCityException("FORM_COMMENT_REQUIRED", "退回时必须填写意见。", 400);
        }

        RequireState(s, SubmissionState.Submitted);
        RequireVersion(s, request.Version);
        var now = Now();
        s.State = SubmissionState.Returned;
        s.ReviewedAtUtc = now;
        s.ReviewedBy = actor.Name;
        Touch(s, actor, now);
        s.Comments.Add(new SubmissionComment { Action = "Returned", Text = comment, Author = actor.Name, AtUtc = now });
        await SaveAsync(ct);
        await AuditAsync("FormReturned", s, set, actor, comment, ct);
        return ToDto(s, set);
    }

    public async Task<CompletenessDto> CompletenessAsync(FormActor actor, long dataSetId, int year, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var set = await DataSetAsync(dataSetId, ct);
        var latest = (await _db.Submissions.AsNoTracking().Where(s => s.DataSetId == dataSetId && s.Year == year).ToListAsync(ct))
            .GroupBy(s => s.UnitCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(s => s.Revision)!, StringComparer.Ordinal);
        var rows = set.Units.OrderBy(u => u.Order).Where(u => actor.MayReportFor(u.UnitCode)).Select(u =>
        {
            var s = latest.GetValueOrDefault(u.UnitCode);
            return new CompletenessRow(u.UnitCode, u.UnitName, s?.State.ToString() ?? "Missing", StateLabel(s?.State), s?.Id, s?.Revision, s?.UpdatedAtUtc, s?.UpdatedBy);
        }).ToList();
        return new CompletenessDto(set.Id, set.Code, set.Name, year, rows.Count, rows.Count(r => r.State == nameof(SubmissionState.Approved)), rows);
    }

    /// <summary>Creates or updates the current draft of (data set, unit, year); shared by the form and the upload.</summary>
    internal async Task<(Submission Submission, SaveOutcome Outcome)> SaveCoreAsync(
        FormActor actor, DataSet set, string? unitCode, int year, IReadOnlyDictionary<string, decimal?> values, int? version, string? comment, string action, CancellationToken ct)
    {
        var unit = string.IsNullOrWhiteSpace(unitCode) ? actor.UnitCode : unitCode.Trim();
        if (unit is null)
        {
            throw new IpCityException("FORM_UNIT_REQUIRED", "请指定填报单位。", 400);
        }

        if (set.Units.All(u => u.UnitCode != unit))
        {
            throw new IpCityException("FORM_UNIT_UNKNOWN", $"单位 {unit} 不在“{set.Name}”的填报单位中。", 400, new Dictionary<string, object?> { ["unitCode"] = unit });
        }

        if (!actor.MayReportFor(unit))
        {
            throw new IpCityException("FORM_UNIT_FORBIDDEN", "只能填报本单位的数据。", 403, new Dictionary<string, object?> { ["unitCode"] = unit });
        }

        if (year is < 2000 or > 2100)
        {
            throw new IpCityException("FORM_YEAR_INVALID", $"年度无效: {year}", 400);
        }

        // Element codes match case-insensitively (JSON clients often camel-case keys); the canonical code is stored.
        var elements = set.Elements.ToDictionary(e => e.ElementCode, StringComparer.OrdinalIgnoreCase);
        var unknown = values.Keys.Where(k => !elements.ContainsKey(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new IpCityException("FORM_UNKNOWN_ELEMENT", $"“{set.Name}”没有这些项目: {string.Join(", ", unknown)}", 400, new Dictionary<string, object?> { ["elements"] = unknown });
        }

        var canonical = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            if (!canonical.TryAdd(elements[key].ElementCode, value))
            {
                throw new IpCityException("FORM_DUPLICATE_ELEMENT", $"项目重复: {key}", 400, new Dictionary<string, object?> { ["element"] = elements[key].ElementCode });
            }
        }

        values = canonical;
        var latest = await LatestAsync(set.Id, unit, year, tracked: true, ct);
        if (latest is { State: SubmissionState.Submitted or SubmissionState.Approved } && Clean(comment) is null
            && values.All(kv => latest.Values.FirstOrDefault(v => v.ElementCode == kv.Key)?.Value == kv.Value))
        {
            return (latest, SaveOutcome.Unchanged); // the same values again (a repeated upload): nothing to do
        }

        if (latest is { State: SubmissionState.Submitted })
        {
            throw Conflict("FORM_NOT_EDITABLE", $"已提交，等待审核，不能修改 (#{latest.Id})。", latest);
        }

        var merged = latest is null || latest.State == SubmissionState.Approved
            ? new Dictionary<string, decimal?>(StringComparer.Ordinal)
            : latest.Values.ToDictionary(v => v.ElementCode, v => v.Value, StringComparer.Ordinal);
        var before = new Dictionary<string, decimal?>(merged, StringComparer.Ordinal);
        foreach (var (code, value) in values)
        {
            merged[code] = value;
        }

        await ValidateAsync(set, unit, year, merged, ct);
        var now = Now();
        Submission s;
        SaveOutcome outcome;
        if (latest is null || latest.State == SubmissionState.Approved)
        {
            s = new Submission
            {
                DataSetId = set.Id,
                UnitCode = unit,
                Year = year,
                Revision = (latest?.Revision ?? 0) + 1,
                State = SubmissionState.Draft,
                CreatedAtUtc = now,
                CreatedBy = actor.Name,
                UpdatedAtUtc = now,
                UpdatedBy = actor.Name,
                Version = 1,
            };
            s.Comments.Add(new SubmissionComment { Action = action, Text = Clean(comment), Author = actor.Name, AtUtc = now });
            _db.Submissions.Add(s);
            outcome = SaveOutcome.Created;
        }
        else
        {
            s = latest;
            RequireVersion(s, version);
            if (Same(before, merged) && Clean(comment) is null)
            {
                return (s, SaveOutcome.Unchanged);
            }

            Touch(s, actor, now);
            if (Clean(comment) is { } text)
            {
                s.Comments.Add(new SubmissionComment { Action = action, Text = text, Author = actor.Name, AtUtc = now });
            }

            outcome = SaveOutcome.Updated;
        }

        foreach (var (code, value) in merged)
        {
            var row = s.Values.FirstOrDefault(v => v.ElementCode == code);
            if (row is null)
            {
                s.Values.Add(new SubmissionValue { ElementCode = code, Value = value });
            }
            else
            {
                row.Value = value;
            }
        }

        await SaveAsync(ct);
        await AuditAsync(outcome == SaveOutcome.Created ? "FormDraftCreated" : "FormDraftSaved", s, set, actor, Describe(set, merged), ct);
        return (s, outcome);
    }

    /// <summary>Checks the values against the data set's rules; the first broken rule is refused with FORM_VALIDATION.</summary>
    internal async Task ValidateAsync(DataSet set, string unit, int year, IReadOnlyDictionary<string, decimal?> values, CancellationToken ct)
    {
        var violations = new List<Dictionary<string, object?>>();
        var labels = set.Elements.ToDictionary(e => e.ElementCode, e => e.Label, StringComparer.Ordinal);
        foreach (var e in set.Elements)
        {
            if (values.GetValueOrDefault(e.ElementCode) is { } v && decimal.Round(v, e.Decimals) != v)
            {
                violations.Add(Violation(null, "DECIMALS", e.Decimals == 0 ? $"{e.Label}应为整数" : $"{e.Label}最多 {e.Decimals} 位小数", e.ElementCode, e.Label, v));
            }
        }

        var yoyElements = set.Rules.Where(r => r.Kind == ValidationRuleKind.YearOnYear && r.ElementCode is not null).Select(r => r.ElementCode!).Distinct().ToList();
        var previous = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (yoyElements.Count > 0)
        {
            var rows = await _db.ElementValues.AsNoTracking()
                .Where(x => x.UnitCode == unit && x.Year == year - 1 && yoyElements.Contains(x.ElementCode))
                .Select(x => new { x.Id, x.ElementCode, x.Value }).ToListAsync(ct);
            foreach (var g in rows.GroupBy(x => x.ElementCode))
            {
                previous[g.Key] = g.MaxBy(x => x.Id)!.Value;
            }
        }

        foreach (var rule in set.Rules.OrderBy(r => r.Code, StringComparer.Ordinal))
        {
            switch (rule.Kind)
            {
                case ValidationRuleKind.Range when rule.ElementCode is { } el && values.GetValueOrDefault(el) is { } v:
                    if ((rule.Min is { } min && v < min) || (rule.Max is { } max && v > max))
                    {
                        violations.Add(Violation(rule.Id, rule.Code, rule.Text, el, labels.GetValueOrDefault(el), v));
                    }

                    break;
                case ValidationRuleKind.YearOnYear when rule.ElementCode is { } el && values.GetValueOrDefault(el) is { } v
                    && rule.MaxChangePercent is { } limit && previous.TryGetValue(el, out var prior) && prior != 0:
                    var change = Math.Abs(v - prior) / Math.Abs(prior) * 100;
                    if (change > limit)
                    {
                        var violation = Violation(rule.Id, rule.Code, rule.Text, el, labels.GetValueOrDefault(el), v);
                        violation["previous"] = prior;
                        violation["changePercent"] = decimal.Round(change, 1);
                        violations.Add(violation);
                    }

                    break;
                case ValidationRuleKind.Consistency when rule.Expression is not null:
                    var expression = RuleExpression.Parse(rule.Expression);
                    if (expression.Holds(code => values.GetValueOrDefault(code)) == false)
                    {
                        var first = expression.Elements.First();
                        violations.Add(Violation(rule.Id, rule.Code, rule.Text, first, labels.GetValueOrDefault(first), values.GetValueOrDefault(first), rule.Expression));
                    }

                    break;
            }
        }

        if (violations.Count > 0)
        {
            var v = violations[0];
            var details = new Dictionary<string, object?>(v) { ["violations"] = violations };
            throw new IpCityException(ValidationCode, $"不符合校验规则 {v["ruleCode"]}: {v["rule"]} (项目: {v["elementLabel"]})", 400, details);
        }
    }

    private static Dictionary<string, object?> Violation(long? ruleId, string ruleCode, string text, string element, string? label, decimal? value, string? expression = null) => new()
    {
        ["ruleId"] = ruleId,
        ["ruleCode"] = ruleCode,
        ["rule"] = text,
        ["element"] = element,
        ["elementLabel"] = label,
        ["value"] = value,
        ["expression"] = expression,
    };

    private async Task EnsureSeededAsync(CancellationToken ct)
    {
        if (!_seed.Done && await StandardDataSets.EnsureAsync(_db, _directory, ct))
        {
            _seed.Done = true;
        }
    }

    private IQueryable<DataSet> LoadDataSets() =>
        _db.DataSets.AsNoTracking().Include(d => d.Elements.OrderBy(e => e.Order)).Include(d => d.Units.OrderBy(u => u.Order)).Include(d => d.Rules).AsSplitQuery();

    internal async Task<DataSet> DataSetAsync(long id, CancellationToken ct)
    {
        await EnsureSeededAsync(ct);
        return await LoadDataSets().FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw IpCityException.NotFound("DataSet");
    }

    internal Task<Submission?> LatestAsync(long dataSetId, string unit, int year, bool tracked, CancellationToken ct)
    {
        var query = _db.Submissions.Include(s => s.Values).Include(s => s.Comments).AsSplitQuery()
            .Where(s => s.DataSetId == dataSetId && s.UnitCode == unit && s.Year == year);
        return (tracked ? query : query.AsNoTracking()).OrderByDescending(s => s.Revision).FirstOrDefaultAsync(ct);
    }

    /// <summary>Not found, not forbidden, for a unit the caller may not see (SECURITY.md spec 7).</summary>
    private async Task<Submission> VisibleAsync(FormActor actor, long id, bool tracked, CancellationToken ct)
    {
        var query = _db.Submissions.Include(s => s.Values).Include(s => s.Comments).AsSplitQuery().Where(s => s.Id == id);
        var s = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(ct);
        return s is not null && actor.MayReportFor(s.UnitCode) ? s : throw IpCityException.NotFound("Submission");
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await _db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            _db.ChangeTracker.Clear();
            throw new IpCityException("FORM_CONFLICT", "该填报已被他人修改，请刷新后重试。", 409);
        }
        catch (DbUpdateException)
        {
            // The unique (data set, unit, year, revision) key: someone created the same draft at the same moment.
            _db.ChangeTracker.Clear();
            throw new IpCityException("FORM_CONFLICT", "该填报已被他人修改，请刷新后重试。", 409);
        }
    }

    private async Task AuditAsync(string eventType, Submission s, DataSet set, FormActor actor, string? detail, CancellationToken ct)
    {
        var text = $"dataset={set.Code}; unit={s.UnitCode}; year={s.Year.ToString(CultureInfo.InvariantCulture)}; rev={s.Revision.ToString(CultureInfo.InvariantCulture)}; state={s.State}; actor={actor.Name}; actorUnit={actor.UnitCode ?? "-"}";
        if (!string.IsNullOrWhiteSpace(detail))
        {
            text += "; " + (detail.Length > 500 ? detail[..500] : detail);
        }

        await _audit.RecordAsync(new AuditEntry(eventType, AuditOutcome.Success, "FormSubmission", s.Id.ToString(CultureInfo.InvariantCulture), text), ct);
    }

    private static string Describe(DataSet set, IReadOnlyDictionary<string, decimal?> values)
    {
        var sb = new StringBuilder("values=");
        foreach (var e in set.Elements)
        {
            sb.Append(e.ElementCode).Append(':').Append(values.GetValueOrDefault(e.ElementCode)?.ToString(CultureInfo.InvariantCulture) ?? "-").Append(' ');
        }

        return sb.ToString().TrimEnd();
    }

    private static bool Same(Dictionary<string, decimal?> a, Dictionary<string, decimal?> b) =>
        a.Count(kv => kv.Value is not null) == b.Count(kv => kv.Value is not null) && b.All(kv => a.GetValueOrDefault(kv.Key) == kv.Value);

    private static void RequireCity(FormActor actor)
    {
        if (!actor.IsCity)
        {
            throw new IpCityException("FORM_REVIEW_FORBIDDEN", "只有市局可以审核填报。", 403);
        }
    }

    private static void RequireState(Submission s, params SubmissionState[] allowed)
    {
        if (!allowed.Contains(s.State))
        {
            throw Conflict("FORM_STATE", $"填报 #{s.Id} 当前为“{StateLabel(s.State)}”，不能执行此操作。", s);
        }
    }

    private static void RequireVersion(Submission s, int? version)
    {
        if (version is { } v && v != s.Version)
        {
            throw Conflict("FORM_CONFLICT", "该填报已被他人修改，请刷新后重试。", s);
        }
    }

    private static IpCityException Conflict(string code, string message, Submission s) =>
        new(code, message, 409, new Dictionary<string, object?> { ["submissionId"] = s.Id, ["state"] = s.State.ToString(), ["version"] = s.Version });

    private static void Touch(Submission s, FormActor actor, DateTime now)
    {
        s.UpdatedAtUtc = now;
        s.UpdatedBy = actor.Name;
        s.Version++;
    }

    private static string? Clean(string? text)
    {
        var t = text?.Trim();
        return string.IsNullOrEmpty(t) ? null : t.Length > 2000 ? t[..2000] : t;
    }

    private DateTime Now() => _clock.GetUtcNow().UtcDateTime;

    private static DataSetDto ToDto(DataSet d, FormActor actor)
    {
        var units = d.Units.OrderBy(u => u.Order).Select(u => new DataSetUnitDto(u.UnitCode, u.UnitName)).ToList();
        return new DataSetDto(
            d.Id,
            d.Code,
            d.Name,
            d.Description,
            d.PeriodType.ToString(),
            d.Elements.OrderBy(e => e.Order).Select(e => new DataSetElementDto(e.ElementCode, e.Label, e.Unit, e.Decimals)).ToList(),
            units,
            units.Where(u => actor.MayReportFor(u.Code)).ToList(),
            d.Rules.OrderBy(r => r.Code, StringComparer.Ordinal).Select(r => new ValidationRuleDto(r.Id, r.Code, r.Kind.ToString(), r.ElementCode, r.Min, r.Max, r.MaxChangePercent, r.Expression, r.Text)).ToList());
    }

    internal static SubmissionDto ToDto(Submission s, DataSet set)
    {
        var values = set.Elements.OrderBy(e => e.Order).ToDictionary(e => e.ElementCode, e => s.Values.FirstOrDefault(v => v.ElementCode == e.ElementCode)?.Value, StringComparer.Ordinal);
        return new SubmissionDto(
            s.Id,
            set.Id,
            set.Code,
            set.Name,
            s.UnitCode,
            set.Units.FirstOrDefault(u => u.UnitCode == s.UnitCode)?.UnitName ?? s.UnitCode,
            s.Year,
            s.Revision,
            s.State.ToString(),
            StateLabel(s.State),
            values,
            s.Comments.OrderBy(c => c.AtUtc).ThenBy(c => c.Id).Select(c => new SubmissionCommentDto(c.Action, c.Text, c.Author, c.AtUtc)).ToList(),
            s.CreatedAtUtc,
            s.CreatedBy,
            s.UpdatedAtUtc,
            s.UpdatedBy,
            s.SubmittedAtUtc,
            s.SubmittedBy,
            s.ReviewedAtUtc,
            s.ReviewedBy,
            s.Version);
    }
}

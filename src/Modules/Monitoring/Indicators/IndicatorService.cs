using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Finance.Contracts;
using IpCity.IpData.Contracts;
using IpCity.Monitoring.Contracts;
using IpCity.Monitoring.Data;
using IpCity.Monitoring.Domain;
using IpCity.Organisations.Contracts;
using IpCity.Protection.Contracts;
using IpCity.Services.Contracts;
using Microsoft.EntityFrameworkCore;
using static IpCity.Monitoring.Indicators.IndicatorCatalog;

namespace IpCity.Monitoring.Indicators;

/// <summary>Definitions, parameters, values with provenance and target status, drill-down, publishing and targets.</summary>
internal sealed class IndicatorService : IIndicatorService
{
    private readonly MonitoringDbContext _db;
    private readonly IIndicatorFacts _facts;
    private readonly ICaseStatistics _cases;
    private readonly IPledgeFacts _pledges;
    private readonly IAgentWorkforceFacts _agents;
    private readonly IOrgUnitDirectory _directory;
    private readonly IRequestContext _request;
    private readonly IAuditTrail _audit;
    private readonly TimeProvider _clock;

    public IndicatorService(MonitoringDbContext db, IIndicatorFacts facts, IOrgUnitDirectory directory, IRequestContext request, IAuditTrail audit, TimeProvider clock, ICaseStatistics cases, IPledgeFacts pledges, IAgentWorkforceFacts agents)
    {
        _agents = agents;
        _cases = cases;
        _pledges = pledges;
        _db = db;
        _facts = facts;
        _directory = directory;
        _request = request;
        _audit = audit;
        _clock = clock;
    }

    // Seeding checks (three queries and a save) run once per scope, not on every value a page asks for.
    private bool _seeded;
    private readonly Dictionary<int, decimal> _atRiskShare = [];

    private async Task SeedAsync(CancellationToken ct)
    {
        if (!_seeded)
        {
            await EnsureAsync(_db, _directory, _clock, ct);
            _seeded = true;
        }
    }

    private async Task<List<IndicatorDefinition>> EffectiveAsync(int year, CancellationToken ct) =>
        (await _db.Definitions.AsNoTracking().Where(d => d.ValidFromYear <= year).ToListAsync(ct))
            .GroupBy(d => d.Code).Select(g => g.OrderByDescending(d => d.Version).First())
            .OrderByDescending(d => d.Headline).ThenBy(d => d.Id).ToList();

    public async Task<IReadOnlyList<IndicatorDefinitionDto>> DefinitionsAsync(int? year = null, CancellationToken ct = default)
    {
        await SeedAsync(ct);
        var y = year ?? _clock.GetUtcNow().Year;
        return (await EffectiveAsync(y, ct)).Select(Dto).ToList();
    }

    private static IndicatorDefinitionDto Dto(IndicatorDefinition d) => new(
        d.Code, d.Version, d.ValidFromYear, d.Name, d.Unit, d.Kind.ToString(), d.Direction.ToString(), d.Source.ToString(), d.Decimals, d.Factor,
        d.Numerator, d.Denominator, d.Headline, d.OutlineRef, d.Owner, d.Description, ParametersOf(d.Code));

    public async Task<IReadOnlyList<ParameterDto>> ParametersAsync(int year, CancellationToken ct = default)
    {
        await SeedAsync(ct);
        return (await IndicatorEngine.ParametersAsync(_db, year, ct)).Values.OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => new ParameterDto(p.Name, p.FromYear, p.Value, p.Status, p.Note)).ToList();
    }

    public async Task<ParameterDto> SetParameterAsync(string name, SetParameterRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await SeedAsync(ct);
        var known = DefaultParameters(DateTime.UnixEpoch).FirstOrDefault(p => p.Name == name)
            ?? throw new IpCityException("INDICATOR_PARAMETER_UNKNOWN", $"未知参数: {name}", 404, new Dictionary<string, object?> { ["name"] = name });
        if (request.FromYear is < 2000 or > 2100)
        {
            throw new IpCityException("INDICATOR_PARAMETER_INVALID", "起始年度无效", 400, new Dictionary<string, object?> { ["fromYear"] = request.FromYear });
        }

        var value = (request.Value ?? string.Empty).Trim();
        Validate(name, value);
        var row = await _db.Parameters.FirstOrDefaultAsync(p => p.Name == name && p.FromYear == request.FromYear, ct);
        var before = row?.Value;
        if (row is null)
        {
            row = new IndicatorParameter { Name = name, FromYear = request.FromYear, Value = value, Status = known.Status, SetBy = string.Empty };
            _db.Parameters.Add(row);
        }

        row.Value = value;
        row.Note = request.Note ?? row.Note ?? known.Note;
        row.SetAtUtc = _clock.GetUtcNow().UtcDateTime;
        row.SetBy = _request.ActorName ?? "system";
        await _db.SaveChangesAsync(ct);
        _atRiskShare.Clear();
        await _audit.RecordAsync(new AuditEntry("IndicatorParameterSet", AuditOutcome.Success, "IndicatorParameter", $"{name}@{request.FromYear}", $"{before ?? "(none)"} → {value}"), ct);
        return new ParameterDto(row.Name, row.FromYear, row.Value, row.Status, row.Note);
    }

    private static void Validate(string name, string value)
    {
        string? problem = name switch
        {
            Params.ClosureHeadline when value is not ("A" or "B" or "C") => "应为 A、B 或 C",
            Params.PopulationDenominator when value is not ("SameYearYearEndResident" or "PreviousYearYearEndResident") => "应为 SameYearYearEndResident 或 PreviousYearYearEndResident",
            Params.MaintenanceStart when value is not ("ApplicationDate" or "GrantDate") => "应为 ApplicationDate 或 GrantDate",
            Params.MinYearsExclusive when !int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n is < 1 or > 30 => "应为 1–30 的整数",
            Params.ForeignGrantMustBeInForce or Params.PledgeIncludeCopyright or Params.ExcludeAbnormal when value is not ("true" or "false") => "应为 true 或 false",
            Params.AtRiskShare when !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var share) || share is <= 0 or > 1 => "应为 (0, 1] 之间的小数",
            Params.PledgeBasis when value.Split(',', StringSplitOptions.TrimEntries) is not [("PerContract" or "PerPatent"), ("Single" or "Cumulative")] => "应为 PerContract|PerPatent,Single|Cumulative",
            Params.PledgeThreshold when value.Length > 0 && (!decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var t) || t <= 0) => "应为正数(万元)或留空",
            Params.CategorySet when value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Any(c => !Categories.Contains(c)) => "类别应取自 " + string.Join(",", Categories),
            Params.AgentComposition when value.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is var parts
                && (parts.Length == 0 || parts.Any(p => p is not (DataElements.PractisingPatentAttorneys or DataElements.QualifiedPatentAttorneys or DataElements.TrademarkAgencyStaff))) => "应为 PractisingPatentAttorneys、QualifiedPatentAttorneys、TrademarkAgencyStaff 以 + 相连",
            _ => null,
        };
        if (problem is not null)
        {
            throw new IpCityException("INDICATOR_PARAMETER_INVALID", $"参数 {name} 取值无效: {problem}", 400, new Dictionary<string, object?> { ["name"] = name, ["value"] = value });
        }
    }

    public async Task<IndicatorValueView> GetAsync(string code, string unit, int year, DateOnly? referenceDate = null, CancellationToken ct = default)
    {
        await SeedAsync(ct);
        var definition = (await EffectiveAsync(year, ct)).FirstOrDefault(d => d.Code == code)
            ?? throw new IpCityException("INDICATOR_NOT_FOUND", $"未知指标: {code}", 404, new Dictionary<string, object?> { ["indicator"] = code });
        var units = (await _directory.GetUnitsAsync(null, false, ct)).ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal);
        return await ViewAsync(definition, unit, year, referenceDate ?? new DateOnly(year, 12, 31), units, ct);
    }

    public async Task<IReadOnlyList<IndicatorValueView>> ListAsync(string unit, int year, DateOnly? referenceDate = null, CancellationToken ct = default)
    {
        await SeedAsync(ct);
        var units = (await _directory.GetUnitsAsync(null, false, ct)).ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal);
        var result = new List<IndicatorValueView>();
        foreach (var d in await EffectiveAsync(year, ct))
        {
            result.Add(await ViewAsync(d, unit, year, referenceDate ?? new DateOnly(year, 12, 31), units, ct));
        }

        return result;
    }

    private async Task<IndicatorValueView> ViewAsync(IndicatorDefinition d, string unit, int year, DateOnly date, IReadOnlyDictionary<string, string> units, CancellationToken ct)
    {
        var rows = await _db.Values.AsNoTracking().Where(v => v.IndicatorCode == d.Code && v.UnitCode == unit && v.Year == year && v.ReferenceDate == date && v.State != ValueState.Superseded)
            .Select(v => new { v.Id, v.State }).ToListAsync(ct);
        var publishedId = rows.FirstOrDefault(r => r.State == ValueState.Published)?.Id;
        var latestId = rows.Where(r => r.State is ValueState.Current or ValueState.Revision).OrderByDescending(r => r.Id).FirstOrDefault()?.Id;
        var published = publishedId is { } p ? await LoadAsync(p, d, units, ct) : null;
        var latest = latestId is { } l ? await LoadAsync(l, d, units, ct) : null;
        var shown = latest ?? published;
        var target = shown is not null ? await TargetStatusAsync(d, unit, year, shown.Value, ct) : null;
        return new IndicatorValueView(published, latest, latest is not null && latest.State == nameof(ValueState.Revision), target);
    }

    private async Task<IndicatorValueDto> LoadAsync(long id, IndicatorDefinition d, IReadOnlyDictionary<string, string> units, CancellationToken ct)
    {
        var v = await _db.Values.AsNoTracking().Where(x => x.Id == id).Select(x => new
        {
            x.Id,
            x.IndicatorCode,
            x.DefinitionVersion,
            x.UnitCode,
            x.Year,
            x.ReferenceDate,
            x.Numerator,
            x.Denominator,
            x.Value,
            x.State,
            x.ParametersJson,
            x.InputsJson,
            x.NotesJson,
            x.RecordKind,
            x.RecordCount,
            x.InputHash,
            x.ComputedAtUtc,
            x.ComputedBy,
            x.PublishedAtUtc,
            x.PublishedBy,
            x.RevisesId,
        }).FirstAsync(ct);
        return new IndicatorValueDto(
            v.Id, v.IndicatorCode, d.Name, v.DefinitionVersion, v.UnitCode, units.GetValueOrDefault(v.UnitCode), v.Year, v.ReferenceDate, v.Numerator, v.Denominator, v.Value,
            v.Value is { } value ? Math.Round(value, d.Decimals, MidpointRounding.AwayFromZero).ToString("N" + d.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : null,
            d.Unit, v.State.ToString(),
            JsonSerializer.Deserialize<List<ParameterDto>>(v.ParametersJson) ?? [],
            JsonSerializer.Deserialize<List<InputDto>>(v.InputsJson) ?? [],
            JsonSerializer.Deserialize<List<string>>(v.NotesJson) ?? [],
            v.RecordKind, v.RecordCount, v.InputHash, v.ComputedAtUtc, v.ComputedBy, v.PublishedAtUtc, v.PublishedBy, v.RevisesId);
    }

    /// <summary>
    /// Status against the linear path from the baseline to the next target (or a stored path point for the year):
    /// on track at or above the path, behind from <c>Targets.AtRiskShare</c> of it, at risk below (direction-aware).
    /// The projection is the least-squares line through the yearly values so far (and the baseline).
    /// </summary>
    private async Task<TargetStatusDto?> TargetStatusAsync(IndicatorDefinition d, string unit, int year, decimal? value, CancellationToken ct)
    {
        var targets = await _db.Targets.AsNoTracking().Where(t => t.IndicatorCode == d.Code && t.UnitCode == unit).ToListAsync(ct);
        var target = targets.Where(t => t.Kind == "Target" && t.Year >= year).OrderBy(t => t.Year).FirstOrDefault();
        if (target is null)
        {
            return null;
        }

        var series = (await _db.Values.AsNoTracking()
                .Where(v => v.IndicatorCode == d.Code && v.UnitCode == unit && v.State != ValueState.Superseded && v.Value != null && v.Year <= year)
                .Select(v => new { v.Year, v.ReferenceDate, v.Value, v.State, v.Id }).ToListAsync(ct))
            .Where(v => v.ReferenceDate == new DateOnly(v.Year, 12, 31))
            .GroupBy(v => v.Year).Select(g => (Year: g.Key, Value: g.OrderBy(v => v.State == ValueState.Published ? 1 : 0).ThenByDescending(v => v.Id).First().Value!.Value))
            .OrderBy(p => p.Year).ToList();
        var baselineRow = targets.FirstOrDefault(t => t.Kind == "Baseline");
        (int Year, decimal Value)? baseline = baselineRow is not null ? (baselineRow.Year, baselineRow.Value) : series.Count > 0 && series[0].Year < year ? series[0] : null;
        if (!_atRiskShare.TryGetValue(year, out var share))
        {
            share = decimal.TryParse((await IndicatorEngine.ParametersAsync(_db, year, ct)).GetValueOrDefault(Params.AtRiskShare)?.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var s) ? s : 0.9m;
            _atRiskShare[year] = share;
        }
        decimal? path = targets.FirstOrDefault(t => t.Kind == "Path" && t.Year == year)?.Value;
        var rule = "路径值: 年度路径点";
        if (path is null && baseline is { } b && target.Year > b.Year)
        {
            path = b.Value + ((target.Value - b.Value) * (year - b.Year) / (target.Year - b.Year));
            rule = $"线性路径: {b.Year} 年 {b.Value.ToString(CultureInfo.InvariantCulture)} → {target.Year} 年 {target.Value.ToString(CultureInfo.InvariantCulture)}";
        }
        else if (path is null)
        {
            path = target.Year == year ? target.Value : null;
            rule = "无基期值: 仅在目标年度与目标值比较";
        }

        var points = series.Select(p => (p.Year, p.Value)).ToList();
        if (baseline is { } bl && points.All(p => p.Year != bl.Year))
        {
            points.Insert(0, (bl.Year, bl.Value));
        }

        decimal? projection = null;
        var method = "数据不足(至少需要两个年度值)";
        if (points.Count >= 2)
        {
            var n = points.Count;
            var mx = points.Average(p => (decimal)p.Year);
            var my = points.Average(p => p.Value);
            var sxx = points.Sum(p => ((decimal)p.Year - mx) * ((decimal)p.Year - mx));
            var slope = sxx == 0 ? 0 : points.Sum(p => ((decimal)p.Year - mx) * (p.Value - my)) / sxx;
            projection = Math.Round(my + (slope * (target.Year - mx)), 4);
            method = $"线性趋势(最小二乘, {n} 个年度值: {string.Join(", ", points.Select(p => p.Year))})";
        }

        string status;
        if (value is null || path is null)
        {
            status = "NoData";
        }
        else
        {
            var higher = d.Direction == IndicatorDirection.HigherIsBetter;
            var ratio = higher ? (path == 0 ? 1 : value.Value / path.Value) : (value == 0 ? 1 : path.Value / value.Value);
            status = ratio >= 1 ? "OnTrack" : ratio >= share ? "Behind" : "AtRisk";
        }

        var label = status switch { "OnTrack" => "正常", "Behind" => "滞后", "AtRisk" => "风险", _ => "无数据" };
        return new TargetStatusDto(status, label, path is null ? null : Math.Round(path.Value, 4), baseline?.Value, baseline?.Year, target.Value, target.Year, projection, method,
            $"{rule}; 达到路径值为正常, 不低于路径值×{share.ToString(CultureInfo.InvariantCulture)} 为滞后, 否则为风险");
    }

    public async Task<ValueRecordsPage> RecordsAsync(long valueId, int page, int size, CancellationToken ct = default)
    {
        page = Math.Max(page, 1);
        size = Math.Clamp(size, 1, 500);
        var v = await ValueForRecordsAsync(valueId, ct);
        var all = RecordList.Decode(v.RecordIds).ToList();
        var slice = all.Skip((page - 1) * size).Take(size).ToList();
        var described = await DescribeAsync(v.RecordKind, slice.Select(r => r.Id).ToList(), v.ReferenceDate, ct);
        var items = slice.Zip(described, (r, d) => new ValueRecordDto(d.Id, d.Key, d.Label, d.Owner, d.CountyCode, d.ZoneCode, d.Date, CategoriesOf(v.RecordKind, r.Flags))).ToList();
        return new ValueRecordsPage(v.Id, v.IndicatorCode, v.UnitCode, v.Year, v.RecordKind, all.Count, page, size, items);
    }

    public async IAsyncEnumerable<ValueRecordDto> AllRecordsAsync(long valueId, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var v = await ValueForRecordsAsync(valueId, ct);
        foreach (var chunk in RecordList.Decode(v.RecordIds).Chunk(1000))
        {
            var described = await DescribeAsync(v.RecordKind, chunk.Select(r => r.Id).ToList(), v.ReferenceDate, ct);
            for (var i = 0; i < chunk.Length; i++)
            {
                var d = described[i];
                yield return new ValueRecordDto(d.Id, d.Key, d.Label, d.Owner, d.CountyCode, d.ZoneCode, d.Date, CategoriesOf(v.RecordKind, chunk[i].Flags));
            }
        }
    }

    /// <summary>
    /// Patents and trademarks from the IP data center, cases from the protection register (number, type and state; no
    /// party names), loans from the pledge register, practitioners from the agency register (masked, as on the date).
    /// </summary>
    private async Task<IReadOnlyList<RecordSummary>> DescribeAsync(string? kind, IReadOnlyList<long> ids, DateOnly? referenceDate, CancellationToken ct)
    {
        if (kind == "agent")
        {
            var persons = (await _agents.DescribeAsync(ids, referenceDate ?? DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime), ct)).ToDictionary(p => p.PersonId);
            return ids.Select(id => persons.TryGetValue(id, out var p)
                ? new RecordSummary(id, p.Key, p.Label, p.Agency, p.CountyCode, p.ZoneCode, p.Since)
                : new RecordSummary(id, id.ToString(CultureInfo.InvariantCulture), "(已不在登记簿中)", null, null, null, null)).ToList();
        }

        if (kind == "pledge")
        {
            return (await _pledges.DescribeAsync(ids, ct)).Select(l => new RecordSummary(l.LoanId, l.Key, l.Label, l.Pledgor, l.CountyCode, l.ZoneCode, l.RegisteredOn)).ToList();
        }

        if (kind != "case")
        {
            return await _facts.DescribeAsync(kind ?? "patent", ids, ct);
        }

        var found = (await _cases.DescribeAsync(ids, ct)).ToDictionary(c => c.Id);
        return ids.Select(id => found.TryGetValue(id, out var c)
            ? new RecordSummary(id, c.Number, c.Label, null, c.UnitCode, null, c.Date)
            : new RecordSummary(id, id.ToString(CultureInfo.InvariantCulture), "(已删除)", null, null, null, null)).ToList();
    }

    private async Task<IndicatorValue> ValueForRecordsAsync(long valueId, CancellationToken ct) =>
        await _db.Values.AsNoTracking().FirstOrDefaultAsync(x => x.Id == valueId, ct)
            ?? throw new IpCityException("INDICATOR_VALUE_NOT_FOUND", $"指标值不存在: {valueId}", 404, new Dictionary<string, object?> { ["id"] = valueId });

    /// <summary>What qualified a record: the high-value categories of a patent, the practitioner categories of a person.</summary>
    internal static IReadOnlyList<string> CategoriesOf(string? kind, byte flags) => kind == "agent"
        ? Enumerable.Range(0, AgentCategories.All.Count).Where(i => (flags & (1 << i)) != 0).Select(i => AgentCategories.All[i]).ToList()
        : CategoriesOf(flags);

    internal static IReadOnlyList<string> CategoriesOf(byte flags) =>
        Enumerable.Range(0, Categories.Length).Where(i => (flags & (1 << i)) != 0).Select(i => Categories[i]).ToList();

    public async Task<IndicatorValueDto> PublishAsync(long valueId, CancellationToken ct = default)
    {
        var value = await _db.Values.FirstOrDefaultAsync(v => v.Id == valueId, ct)
            ?? throw new IpCityException("INDICATOR_VALUE_NOT_FOUND", $"指标值不存在: {valueId}", 404, new Dictionary<string, object?> { ["id"] = valueId });
        if (value.State is not (ValueState.Current or ValueState.Revision))
        {
            throw new IpCityException("INDICATOR_VALUE_NOT_PUBLISHABLE", $"只有最新计算值可以发布 (当前状态: {value.State})", 409, new Dictionary<string, object?> { ["id"] = valueId, ["state"] = value.State.ToString() });
        }

        var previous = await _db.Values.Where(v => v.IndicatorCode == value.IndicatorCode && v.UnitCode == value.UnitCode && v.Year == value.Year
            && v.ReferenceDate == value.ReferenceDate && v.State == ValueState.Published).ToListAsync(ct);
        previous.ForEach(p => p.State = ValueState.Superseded);
        value.State = ValueState.Published;
        value.RevisesId = previous.FirstOrDefault()?.Id ?? value.RevisesId;
        value.PublishedAtUtc = _clock.GetUtcNow().UtcDateTime;
        value.PublishedBy = _request.ActorName ?? "system";
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry("IndicatorValuePublished", AuditOutcome.Success, "IndicatorValue", value.Id.ToString(CultureInfo.InvariantCulture),
            $"{value.IndicatorCode} {value.UnitCode} {value.Year} = {value.Value?.ToString(CultureInfo.InvariantCulture) ?? "null"}" + (previous.Count > 0 ? $" (replaces #{previous[0].Id} = {previous[0].Value?.ToString(CultureInfo.InvariantCulture)})" : string.Empty)), ct);
        var definition = (await EffectiveAsync(value.Year, ct)).First(d => d.Code == value.IndicatorCode);
        var units = (await _directory.GetUnitsAsync(null, false, ct)).ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal);
        return await LoadAsync(value.Id, definition, units, ct);
    }

    public async Task<IReadOnlyList<WarningDto>> WarningsAsync(int year, CancellationToken ct = default)
    {
        await SeedAsync(ct);
        var units = (await _directory.GetUnitsAsync(null, false, ct)).ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal);
        var targeted = await _db.Targets.AsNoTracking().Select(t => new { t.IndicatorCode, t.UnitCode }).Distinct().ToListAsync(ct);
        var definitions = (await EffectiveAsync(year, ct)).ToDictionary(d => d.Code, StringComparer.Ordinal);
        var result = new List<WarningDto>();
        foreach (var t in targeted.OrderBy(t => t.IndicatorCode, StringComparer.Ordinal).ThenBy(t => t.UnitCode, StringComparer.Ordinal))
        {
            if (!definitions.TryGetValue(t.IndicatorCode, out var d))
            {
                continue;
            }

            var view = await ViewAsync(d, t.UnitCode, year, new DateOnly(year, 12, 31), units, ct);
            if (view.Target is { Status: "Behind" or "AtRisk" } status)
            {
                result.Add(new WarningDto(d.Code, d.Name, t.UnitCode, units.GetValueOrDefault(t.UnitCode), year, (view.Latest ?? view.Published)?.Value, status.PathValue, status.Status, status.StatusLabel, d.Owner));
            }
        }

        return result;
    }

    public async Task<IReadOnlyList<TargetDto>> TargetsAsync(string code, string? unit, CancellationToken ct = default)
    {
        await SeedAsync(ct);
        return await _db.Targets.AsNoTracking().Where(t => t.IndicatorCode == code && (unit == null || t.UnitCode == unit)).OrderBy(t => t.UnitCode).ThenBy(t => t.Year)
            .Select(t => new TargetDto(t.IndicatorCode, t.UnitCode, t.Year, t.Value, t.Kind, t.Source)).ToListAsync(ct);
    }

    public async Task<TargetDto> SetTargetAsync(string code, string unit, SetTargetRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await SeedAsync(ct);
        if (!await _db.Definitions.AnyAsync(d => d.Code == code, ct))
        {
            throw new IpCityException("INDICATOR_NOT_FOUND", $"未知指标: {code}", 404, new Dictionary<string, object?> { ["indicator"] = code });
        }

        if (await _directory.GetUnitAsync(unit, ct) is null)
        {
            throw new IpCityException("UNIT_NOT_FOUND", $"未知单位: {unit}", 404, new Dictionary<string, object?> { ["unit"] = unit });
        }

        if (request.Kind is not ("Baseline" or "Path" or "Target") || request.Year is < 2000 or > 2100)
        {
            throw new IpCityException("INDICATOR_TARGET_INVALID", "目标类型应为 Baseline、Path 或 Target,年度应在 2000–2100", 400, new Dictionary<string, object?> { ["kind"] = request.Kind, ["year"] = request.Year });
        }

        var row = await _db.Targets.FirstOrDefaultAsync(t => t.IndicatorCode == code && t.UnitCode == unit && t.Year == request.Year, ct);
        var before = row is null ? "(none)" : $"{row.Kind} {row.Value.ToString(CultureInfo.InvariantCulture)}";
        if (row is null)
        {
            row = new IndicatorTarget { IndicatorCode = code, UnitCode = unit, Year = request.Year, Kind = request.Kind };
            _db.Targets.Add(row);
        }

        row.Kind = request.Kind;
        row.Value = request.Value;
        row.Source = request.Source ?? $"set by {_request.ActorName}";
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry("IndicatorTargetSet", AuditOutcome.Success, "IndicatorTarget", $"{code}/{unit}/{request.Year}", $"{before} → {request.Kind} {request.Value.ToString(CultureInfo.InvariantCulture)}"), ct);
        return new TargetDto(code, unit, row.Year, row.Value, row.Kind, row.Source);
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Progress;
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
using Microsoft.Extensions.Options;
using static IpCity.Monitoring.Indicators.IndicatorCatalog;

namespace IpCity.Monitoring.Indicators;

/// <summary>
/// Computes every indicator for every unit in force on the reference date, in one pass over the records:
/// each computed element keeps the exact list of records it counted (and, for high-value patents, the
/// categories that qualified each one), each value keeps its definition version, parameters and inputs, and
/// a hash over all of them — the same inputs give the same hash and no new row.
/// </summary>
internal sealed class IndicatorEngine : IIndicatorEngine
{
    private static readonly JsonSerializerOptions s_json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly MonitoringDbContext _db;
    private readonly IIndicatorFacts _facts;
    private readonly IOrgUnitDirectory _directory;
    private readonly LegalStatusOptions _legal;
    private readonly IRequestContext _request;
    private readonly IAuditTrail _audit;
    private readonly TimeProvider _clock;
    private readonly IIndicatorWarnings _warnings;
    private readonly ICaseStatistics _cases;
    private readonly IPledgeFacts _pledges;
    private readonly IAgentWorkforceFacts _agents;

    public IndicatorEngine(MonitoringDbContext db, IIndicatorFacts facts, IOrgUnitDirectory directory, IOptions<LegalStatusOptions> legal, IRequestContext request, IAuditTrail audit, TimeProvider clock,
        IIndicatorWarnings warnings, ICaseStatistics cases, IPledgeFacts pledges, IAgentWorkforceFacts agents)
    {
        _agents = agents;
        _pledges = pledges;
        _warnings = warnings;
        _cases = cases;
        _db = db;
        _facts = facts;
        _directory = directory;
        _legal = legal.Value;
        _request = request;
        _audit = audit;
        _clock = clock;
    }

    public async Task<RecomputeResult> RecomputeAsync(int year, DateOnly? referenceDate = null, IProgressSink? progress = null, CancellationToken ct = default)
    {
        progress ??= NullProgressSink.Instance;
        if (year is < 2000 or > 2100)
        {
            throw new IpCityException("INDICATOR_YEAR_INVALID", $"统计年度无效: {year}", 400, new Dictionary<string, object?> { ["year"] = year });
        }

        var date = referenceDate ?? new DateOnly(year, 12, 31);
        if (date.Year != year)
        {
            throw new IpCityException("INDICATOR_DATE_INVALID", $"参考日 {date:yyyy-MM-dd} 不在统计年度 {year} 内", 400, new Dictionary<string, object?> { ["year"] = year, ["referenceDate"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        }

        var watch = Stopwatch.StartNew();
        await EnsureAsync(_db, _directory, _clock, ct);
        var profile = await _directory.GetProfileAsync(ct) ?? throw new IpCityException("PROFILE_NOT_LOADED", "请先加载城市配置 (ipcity profile load)。", 409);
        var units = (await _directory.GetUnitsAsync(date, includeStreets: false, ct)).ToDictionary(u => u.Code, StringComparer.Ordinal);
        var parameters = await ParametersAsync(_db, year, ct);
        var counted = await CountAsync(year, date, profile.CityCode, units, parameters, progress, ct);
        var version = await _facts.DataVersionAsync(ct);
        var elements = await LatestElementValuesAsync(year, ct);
        var population = (await _directory.GetPopulationAsync(null, ct)).Where(p => p.Kind == "YearEndResident").ToList();
        var gdp = await _directory.GetGdpAsync(null, ct);
        var definitions = (await _db.Definitions.AsNoTracking().Where(d => d.ValidFromYear <= year).ToListAsync(ct))
            .GroupBy(d => d.Code).Select(g => g.OrderByDescending(d => d.Version).First()).OrderBy(d => d.Code, StringComparer.Ordinal).ToList();
        var byCode = definitions.ToDictionary(d => d.Code, StringComparer.Ordinal);

        var context = new EvalContext(year, date, parameters, counted, elements, population, gdp, version, byCode);
        int values = 0, changed = 0, unchanged = 0, revisions = 0;
        var now = _clock.GetUtcNow().UtcDateTime;
        var actor = _request.ActorName ?? "system";
        var total = definitions.Count * units.Count;
        // Everything already stored for this year and date, in one query; new rows and supersessions in one save.
        var existing = (await _db.Values.AsNoTracking().Where(v => v.Year == year && v.ReferenceDate == date && v.State != ValueState.Superseded)
                .Select(v => new StoredValue(v.Id, v.IndicatorCode, v.UnitCode, v.State, v.InputHash, v.Value)).ToListAsync(ct))
            .ToLookup(v => (v.IndicatorCode, v.UnitCode));
        var supersede = new List<long>();
        var fresh = new List<IndicatorValue>();
        foreach (var definition in definitions)
        {
            foreach (var unit in units.Values.OrderBy(u => u.Code, StringComparer.Ordinal))
            {
                var computed = Compute(definition, unit.Code, context);
                computed.ComputedAtUtc = now;
                computed.ComputedBy = actor;
                var outcome = Store(computed, existing[(definition.Code, unit.Code)].ToList(), supersede, fresh);
                values++;
                changed += outcome is StoreOutcome.New or StoreOutcome.Revision ? 1 : 0;
                unchanged += outcome == StoreOutcome.Unchanged ? 1 : 0;
                revisions += outcome == StoreOutcome.Revision ? 1 : 0;
                progress.Report("indicators", values, total);
            }
        }

        await using (var tx = await _db.Database.BeginTransactionAsync(ct))
        {
            foreach (var chunk in supersede.Chunk(500))
            {
                await _db.Values.Where(v => chunk.Contains(v.Id)).ExecuteUpdateAsync(u => u.SetProperty(v => v.State, ValueState.Superseded), ct);
            }

            _db.Values.AddRange(fresh);
            await _db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        _db.ChangeTracker.Clear();
        await _audit.RecordAsync(new AuditEntry("IndicatorsRecomputed", AuditOutcome.Success, "IndicatorYear", year.ToString(CultureInfo.InvariantCulture),
            $"date={date:yyyy-MM-dd} values={values} changed={changed} revisions={revisions} batch={version.BatchId}"), ct);
        // Units now behind their path: warnings to the owning department (and the unit), cleared when back on it.
        await _warnings.DispatchAsync(year, ct);
        return new RecomputeResult(year, date, values, changed, unchanged, revisions, watch.Elapsed.TotalSeconds);
    }

    internal static async Task<Dictionary<string, IndicatorParameter>> ParametersAsync(MonitoringDbContext db, int year, CancellationToken ct) =>
        (await db.Parameters.AsNoTracking().Where(p => p.FromYear <= year).ToListAsync(ct))
            .GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.FromYear).ThenByDescending(p => p.Id).First(), StringComparer.Ordinal);

    /// <summary>The records each computed element counts, per unit (city, county-level unit, functional zone).</summary>
    private sealed class Counted
    {
        public Dictionary<(string Element, string Unit), List<(long Id, byte Flags)>> Records { get; } = [];

        public List<string> HighValueNotes { get; } = [];

        public List<string> HighValueEvaluated { get; } = [];

        public string? ConcordanceEdition { get; set; }

        /// <summary>The year's closure-rate elements come from the protection register's cases (else from reported values).</summary>
        public bool CasesFromRegister { get; set; }

        public int CaseCount { get; set; }

        /// <summary>The year's pledge amount comes from the Finance pledge register (else from reported values).</summary>
        public bool PledgesFromRegister { get; set; }

        /// <summary>Amount elements: the sum per (element, unit) of the counted records' amounts (万元).</summary>
        public Dictionary<(string Element, string Unit), decimal> Amounts { get; } = [];

        /// <summary>Counted records whose amount is unknown, per (element, unit).</summary>
        public Dictionary<(string Element, string Unit), int> UnknownAmounts { get; } = [];

        public int LoanCount { get; set; }

        /// <summary>The practitioner counts come from the Services agency register (else from reported values).</summary>
        public bool AgentsFromRegister { get; set; }

        public void AddAmount(string element, string? unit, long id, decimal? amount, IReadOnlyDictionary<string, OrgUnitDto> units)
        {
            if (unit is null || !units.ContainsKey(unit))
            {
                return;
            }

            Add(element, unit, id, 0, units);
            if (amount is { } a)
            {
                Amounts[(element, unit)] = Amounts.GetValueOrDefault((element, unit)) + a;
            }
            else
            {
                UnknownAmounts[(element, unit)] = UnknownAmounts.GetValueOrDefault((element, unit)) + 1;
            }
        }

        public void Add(string element, string? unit, long id, byte flags, IReadOnlyDictionary<string, OrgUnitDto> units)
        {
            if (unit is null || !units.ContainsKey(unit))
            {
                return;
            }

            if (!Records.TryGetValue((element, unit), out var list))
            {
                Records[(element, unit)] = list = [];
            }

            list.Add((id, flags));
        }
    }

    private async Task<Counted> CountAsync(int year, DateOnly date, string city, IReadOnlyDictionary<string, OrgUnitDto> units, Dictionary<string, IndicatorParameter> parameters, IProgressSink progress, CancellationToken ct)
    {
        var counted = new Counted();
        string Param(string name) => parameters.TryGetValue(name, out var p) ? p.Value.Trim() : string.Empty;
        var set = Param(Params.CategorySet).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);

        // Which categories can be judged with the data at hand; the others are reported, never silently zero.
        IndustryMatcher? sei = null;
        if (set.Contains(Categories[0]))
        {
            sei = await _facts.ConcordanceAsync(Param(Params.SeiConcordance), ct);
            Judge(Categories[0], sei is not null, $"未导入参照关系表 {Param(Params.SeiConcordance)}");
            counted.ConcordanceEdition = sei is null ? null : $"{sei.Catalogue} {sei.Edition}";
        }

        var overseas = set.Contains(Categories[1]) && !bool.Parse(Param(Params.ForeignGrantMustBeInForce) is { Length: > 0 } f ? f : "false");
        if (set.Contains(Categories[1]))
        {
            Judge(Categories[1], overseas, "参数要求境外授权仍有效,但数据中无境外专利的法律状态");
        }

        var maintenance = set.Contains(Categories[2]);
        var minYears = int.TryParse(Param(Params.MinYearsExclusive), NumberStyles.Integer, CultureInfo.InvariantCulture, out var y) ? y : 10;
        var fromGrant = Param(Params.MaintenanceStart) == "GrantDate";
        if (maintenance)
        {
            Judge(Categories[2], true, string.Empty);
        }

        // Category 4: the pledge amounts of the Finance register against the threshold, on the basis the parameters give.
        IReadOnlyDictionary<long, decimal>? pledged = null;
        decimal threshold = 0;
        if (set.Contains(Categories[3]))
        {
            var basis = Param(Params.PledgeBasis) is { Length: > 0 } b ? b.Split(',', StringSplitOptions.TrimEntries) : ["PerContract", "Single"];
            if (Param(Params.PledgeThreshold).Length == 0 || !decimal.TryParse(Param(Params.PledgeThreshold), NumberStyles.Number, CultureInfo.InvariantCulture, out threshold))
            {
                Judge(Categories[3], false, "质押金额阈值未设置 (HighValuePatent.PledgeThreshold)");
            }
            else
            {
                pledged = await _pledges.PatentPledgeAmountsAsync(date, perPatent: basis[0] == "PerPatent", cumulative: basis.Length > 1 && basis[1] == "Cumulative", ct);
                Judge(Categories[3], pledged.Count > 0, "质押登记簿中没有参考日前登记且金额已知的专利质押");
                if (pledged.Count == 0)
                {
                    pledged = null;
                }
            }
        }

        if (set.Contains(Categories[4]))
        {
            Judge(Categories[4], false, "尚未导入国家科学技术奖/中国专利奖获奖专利清单");
        }

        long seen = 0;
        await foreach (var p in _facts.InForceInventionPatentsAsync(date, withIpc: sei is not null, ct))
        {
            if (++seen % 20_000 == 0)
            {
                progress.Report("patents in force", seen, 0);
            }

            byte flags = 0;
            if (sei is not null && sei.Matches(p.Ipc))
            {
                flags |= 1;
            }

            if (overseas && p.OverseasFamilyGrant)
            {
                flags |= 2;
            }

            var start = fromGrant ? p.GrantDate : p.ApplicationDate;
            if (maintenance && start is { } s && s.AddYears(minYears) < date)
            {
                flags |= 4;
            }

            if (pledged is not null && pledged.TryGetValue(p.Id, out var pledgeAmount) && pledgeAmount >= threshold)
            {
                flags |= 8;
            }

            foreach (var unit in UnitsOf(p.CityCode, p.CountyCode, p.ZoneCode, city))
            {
                counted.Add(Elements.ValidInventionPatents, unit, p.Id, 0, units);
                if (flags != 0)
                {
                    counted.Add(Elements.HighValueInventionPatents, unit, p.Id, flags, units);
                }
            }
        }

        await foreach (var p in _facts.InventionGrantsAsync(year, ct))
        {
            foreach (var unit in UnitsOf(p.CityCode, p.CountyCode, p.ZoneCode, city))
            {
                counted.Add(Elements.InventionGrants, unit, p.Id, 0, units);
            }
        }

        // Madrid: one international registration counts once per unit, whatever its number of national records.
        var madridSeen = new HashSet<(string? Unit, string Ir)>();
        await foreach (var t in _facts.TrademarksAsync(date, ct))
        {
            if (!t.InForce)
            {
                continue;
            }

            foreach (var unit in UnitsOf(t.CityCode, t.CountyCode, t.ZoneCode, city))
            {
                counted.Add(Elements.RegisteredTrademarksInForce, unit, t.Id, 0, units);
                if (t.MadridIrNumber is { } ir && madridSeen.Add((unit, ir)))
                {
                    counted.Add(Elements.MadridRegistrationsInForce, unit, t.Id, 0, units);
                }
            }
        }

        // Closure rate (DOMAIN §1.5): from the protection register's cases when it holds the year, each case attributed
        // to its handling unit and to the city.
        if (await _cases.HasCasesAsync(year, ct))
        {
            counted.CasesFromRegister = true;
            foreach (var fact in await _cases.FactsAsync(year, ct))
            {
                counted.CaseCount++;
                foreach (var unit in fact.UnitCode == city ? [city] : new[] { fact.UnitCode, city })
                {
                    foreach (var (counts, element) in new[]
                    {
                        (fact.Filed, DataElements.CasesFiled), (fact.CarriedOver, DataElements.CasesCarriedOver), (fact.Closed, DataElements.CasesClosed),
                        (fact.Due, DataElements.CasesDue), (fact.ClosedInTime, DataElements.CasesClosedInTime),
                    })
                    {
                        if (counts)
                        {
                            counted.Add(element, unit, fact.Id, 0, units);
                        }
                    }
                }
            }
        }

        // Pledge financing (DOMAIN §1.4): the loans of the Finance register first registered in the year, each once,
        // attributed to the pledgor's region and to the city; copyright-only loans per Pledge.IncludeCopyright.
        if (await _pledges.HasRegisterAsync(year, ct))
        {
            counted.PledgesFromRegister = true;
            var copyright = Param(Params.PledgeIncludeCopyright) == "true";
            foreach (var loan in await _pledges.LoansAsync(year, ct))
            {
                if (loan.CopyrightOnly && !copyright)
                {
                    continue;
                }

                counted.LoanCount++;
                foreach (var unit in UnitsOf(loan.CityCode, loan.CountyCode, loan.ZoneCode, city))
                {
                    counted.AddAmount(DataElements.PledgeFinancingAmount, unit, loan.LoanId, loan.AmountWan, units);
                }
            }
        }

        // The agent workforce (DOMAIN §1.6): persons in each category on the reference date, from the agency register.
        if (await _agents.HasRegisterAsync(ct))
        {
            counted.AgentsFromRegister = true;
            foreach (var fact in await _agents.FactsAsync(date, ct))
            {
                var bit = (byte)(1 << AgentCategoryIndex(fact.Category));
                foreach (var unit in UnitsOf(fact.CityCode, fact.CountyCode, fact.ZoneCode, city))
                {
                    counted.Add(fact.Category, unit, fact.PersonId, bit, units);
                }
            }
        }

        return counted;

        void Judge(string category, bool evaluated, string reason)
        {
            if (evaluated)
            {
                counted.HighValueEvaluated.Add(category);
            }
            else
            {
                counted.HighValueNotes.Add($"类别「{CategoryNames[category]}」未评估: {reason}");
            }
        }
    }

    private static int AgentCategoryIndex(string category) => AgentCategories.All.ToList().IndexOf(category) is >= 0 and var i ? i : throw new InvalidOperationException("unknown agent category " + category);

    /// <summary>The city, the county-level unit and the functional zone a record is attributed to (a zone never adds to its host district).</summary>
    private static IEnumerable<string?> UnitsOf(string? cityCode, string? county, string? zone, string city)
    {
        if (cityCode == city)
        {
            yield return city;
        }

        yield return county;
        yield return zone;
    }

    private async Task<Dictionary<(string Element, string Unit, int Year), DataElementValue>> LatestElementValuesAsync(int year, CancellationToken ct) =>
        (await _db.ElementValues.AsNoTracking().Where(v => v.Year == year || v.Year == year - 1).ToListAsync(ct))
            .GroupBy(v => (v.ElementCode, v.UnitCode, v.Year))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(v => v.EnteredAtUtc).ThenByDescending(v => v.Id).First());

    private sealed record EvalContext(
        int Year,
        DateOnly Date,
        Dictionary<string, IndicatorParameter> Parameters,
        Counted Counted,
        Dictionary<(string Element, string Unit, int Year), DataElementValue> Elements,
        IReadOnlyList<PopulationDto> Population,
        IReadOnlyList<GdpDto> Gdp,
        (long BatchId, DateTime? FinishedAtUtc, long Patents, long Trademarks) DataVersion,
        IReadOnlyDictionary<string, IndicatorDefinition> Definitions);

    private IndicatorValue Compute(IndicatorDefinition definition, string unit, EvalContext c)
    {
        var inputs = new List<InputDto>();
        var notes = new List<string>();
        var (numeratorExpr, denominatorExpr) = (definition.Numerator, definition.Denominator);
        if (definition.Code == IndicatorCodes.EnforcementClosureRate)
        {
            var variant = ParamValue(c, Params.ClosureHeadline) is { Length: > 0 } v ? v.ToUpperInvariant() : "C";
            if (!c.Definitions.TryGetValue(IndicatorCodes.EnforcementClosureRate + variant, out var chosen))
            {
                throw new IpCityException("INDICATOR_PARAMETER_INVALID", $"ClosureRate.HeadlineDefinition 取值无效: {variant} (应为 A/B/C)", 400);
            }

            (numeratorExpr, denominatorExpr) = (chosen.Numerator, chosen.Denominator);
            notes.Add($"口径 {variant}: {chosen.Name}");
        }
        else if (definition.Numerator == Elements.AgentComposition)
        {
            numeratorExpr = ParamValue(c, Params.AgentComposition);
        }

        var (numerator, records, recordKind) = Evaluate(numeratorExpr, unit, c, inputs, notes, keepRecords: true);
        decimal? denominator = null;
        var missing = numerator is null;
        if (denominatorExpr is not null)
        {
            (denominator, _, _) = Evaluate(denominatorExpr, unit, c, inputs, notes, keepRecords: false);
            missing |= denominator is null;
            if (denominator == 0)
            {
                notes.Add("分母为 0");
                missing = true;
            }
        }

        if (records is not null && recordKind == "patent" && definition.Numerator == Elements.HighValueInventionPatents)
        {
            notes.AddRange(c.Counted.HighValueNotes);
            if (c.Counted.ConcordanceEdition is { } edition)
            {
                inputs.Add(new InputDto("Concordance", "Imported", null, edition, "ipdata industry catalogue"));
            }
        }

        decimal? value = missing ? null : Math.Round(numerator!.Value / (denominator ?? 1m) * definition.Factor, 6, MidpointRounding.AwayFromZero);
        var used = ParametersOf(definition.Code).Select(name => ParameterUse(name, c)).ToList();
        var blob = records is null ? null : RecordList.Encode(records);
        var hash = Hash(definition, unit, c, used, inputs, notes, records);
        return new IndicatorValue
        {
            IndicatorCode = definition.Code,
            DefinitionVersion = definition.Version,
            UnitCode = unit,
            Year = c.Year,
            ReferenceDate = c.Date,
            Numerator = numerator,
            Denominator = denominator,
            Value = value,
            State = ValueState.Current,
            ParametersJson = JsonSerializer.Serialize(used, s_json),
            InputsJson = JsonSerializer.Serialize(inputs, s_json),
            NotesJson = JsonSerializer.Serialize(notes, s_json),
            InputHash = hash,
            RecordCount = records?.Count ?? 0,
            RecordKind = recordKind,
            RecordIds = blob,
            ComputedBy = "system",
        };
    }

    private ParameterDto ParameterUse(string name, EvalContext c)
    {
        if (name == "Patent.GracePeriodCountsAsValid")
        {
            return new ParameterDto(name, IndicatorCatalog.FirstYear, _legal.GracePeriodCountsAsValid ? "true" : "false", "UNCONFIRMED", "设置 IpData:LegalStatus:GracePeriodCountsAsValid");
        }

        return c.Parameters.TryGetValue(name, out var p) ? new ParameterDto(p.Name, p.FromYear, p.Value, p.Status, p.Note) : new ParameterDto(name, c.Year, string.Empty, "UNCONFIRMED", "未设置");
    }

    private static string ParamValue(EvalContext c, string name) => c.Parameters.TryGetValue(name, out var p) ? p.Value.Trim() : string.Empty;

    /// <summary>A sum of elements ("A+B"). Computed elements count their records; the others take the latest vintage.</summary>
    private static (decimal? Value, List<(long Id, byte Flags)>? Records, string? Kind) Evaluate(string expression, string unit, EvalContext c, List<InputDto> inputs, List<string> notes, bool keepRecords)
    {
        decimal total = 0;
        List<(long, byte)>? records = null;
        string? kind = null;
        var complete = true;
        // Practitioners are persons: a person in two of the composed categories counts once (DOMAIN §1.6 "count persons").
        Dictionary<long, byte>? persons = null;
        foreach (var element in expression.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var recordKind = element switch
            {
                Elements.HighValueInventionPatents or Elements.ValidInventionPatents or Elements.InventionGrants => "patent",
                Elements.MadridRegistrationsInForce or Elements.RegisteredTrademarksInForce => "trademark",
                DataElements.CasesFiled or DataElements.CasesCarriedOver or DataElements.CasesClosed or DataElements.CasesDue or DataElements.CasesClosedInTime
                    when c.Counted.CasesFromRegister => "case",
                DataElements.PledgeFinancingAmount when c.Counted.PledgesFromRegister => "pledge",
                DataElements.QualifiedPatentAttorneys or DataElements.PractisingPatentAttorneys or DataElements.TrademarkAgencyStaff when c.Counted.AgentsFromRegister => "agent",
                _ => null,
            };
            if (recordKind is not null)
            {
                var list = c.Counted.Records.GetValueOrDefault((element, unit)) ?? [];
                if (recordKind == "agent")
                {
                    persons ??= [];
                    foreach (var (id, flags) in list)
                    {
                        persons[id] = (byte)(persons.GetValueOrDefault(id) | flags);
                    }

                    inputs.Add(new InputDto(element, "Computed", list.Count, $"代理机构与从业人员登记簿 ({c.Date:yyyy-MM-dd} 在册)", "services"));
                    if (keepRecords)
                    {
                        kind = recordKind;
                    }

                    continue;
                }

                if (recordKind == "pledge")
                {
                    // An amount: the sum of the loans' secured amounts; loans without a stated amount are listed and noted.
                    var amount = Norm(c.Counted.Amounts.GetValueOrDefault((element, unit)));
                    var unknown = c.Counted.UnknownAmounts.GetValueOrDefault((element, unit));
                    total += amount;
                    inputs.Add(new InputDto(element, "Computed", amount, $"质押登记簿 ({list.Count} 笔融资, 其中 {unknown} 笔金额未知; 全市计入 {c.Year} 年 {c.Counted.LoanCount} 笔)", "finance"));
                    if (unknown > 0)
                    {
                        notes.Add($"{unknown} 笔融资仅见于法律事件或未载明金额, 未计入金额");
                    }
                }
                else
                {
                    total += list.Count;
                    inputs.Add(recordKind == "case"
                        ? new InputDto(element, "Computed", list.Count, $"保护案件登记簿 ({c.Counted.CaseCount} 件案件计入 {c.Year} 年)", "protection")
                        : new InputDto(element, "Computed", list.Count, $"导入批次 ≤ #{c.DataVersion.BatchId} ({c.DataVersion.Patents} 件专利, {c.DataVersion.Trademarks} 件商标)", "ipdata"));
                }

                if (keepRecords)
                {
                    records = list;
                    kind = recordKind;
                }

                continue;
            }

            var value = Element(element, unit, c, inputs);
            if (value is null)
            {
                complete = false;
                notes.Add($"缺少输入: {element} ({unit}, {c.Year})");
            }
            else
            {
                total += value.Value;
            }
        }

        if (persons is not null)
        {
            total += persons.Count;
            if (keepRecords)
            {
                records = persons.Select(p => (p.Key, p.Value)).OrderBy(p => p.Key).ToList();
            }

            if (expression.Contains('+', StringComparison.Ordinal))
            {
                notes.Add($"按人计: 同时属于多个类别的人员只计一次 (各类别人数之和 {inputs.Where(i => i.Origin == "services").Sum(i => i.Value ?? 0)})");
            }
        }

        return (complete ? total : null, records, kind);
    }

    private static decimal? Element(string element, string unit, EvalContext c, List<InputDto> inputs)
    {
        var year = c.Year;
        if (element == DataElements.ResidentPopulation && ParamValue(c, Params.PopulationDenominator) == "PreviousYearYearEndResident")
        {
            year--;
        }

        if (c.Elements.TryGetValue((element, unit, year), out var reported))
        {
            inputs.Add(new InputDto(element, reported.Source.ToString(), Norm(reported.Value), reported.Vintage, reported.Origin));
            return Norm(reported.Value);
        }

        if (element == DataElements.ResidentPopulation && c.Population.FirstOrDefault(p => p.UnitCode == unit && p.Year == year) is { } pop)
        {
            inputs.Add(new InputDto(element, "Imported", pop.Persons, $"{pop.Year}年末常住人口 · {pop.Vintage} · {pop.Status}", pop.Source));
            return pop.Persons;
        }

        if (element == DataElements.Gdp && c.Gdp.FirstOrDefault(g => g.UnitCode == unit && g.Year == year) is { } gdp)
        {
            inputs.Add(new InputDto(element, "Imported", Norm(gdp.Value100mYuan), $"{gdp.Year} · {gdp.Vintage} · {gdp.Status}", gdp.Source));
            return Norm(gdp.Value100mYuan);
        }

        inputs.Add(new InputDto(element, "Missing", null, null, null));
        return null;
    }

    /// <summary>The same number whatever scale the store returned it with (PostgreSQL numeric keeps trailing zeros, SQLite does not).</summary>
    private static decimal Norm(decimal value) => value / 1.000000000000000000000000000000000m;

    private static string Hash(IndicatorDefinition d, string unit, EvalContext c, List<ParameterDto> parameters, List<InputDto> inputs, List<string> notes, List<(long Id, byte Flags)>? records)
    {
        var text = JsonSerializer.Serialize(new { d.Code, d.Version, d.Numerator, d.Denominator, Factor = Norm(d.Factor), unit, c.Year, c.Date, parameters, inputs, notes }, s_json);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(text));
        if (records is not null)
        {
            // The ids, not their compressed form: the compressor's output could change with the runtime.
            foreach (var (id, flags) in records.OrderBy(r => r.Id))
            {
                sha.AppendData(BitConverter.GetBytes(id));
                sha.AppendData([flags]);
            }
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private enum StoreOutcome
    {
        Unchanged,
        New,
        Revision,
    }

    private sealed record StoredValue(long Id, string IndicatorCode, string UnitCode, ValueState State, string InputHash, decimal? Value);

    /// <summary>
    /// Keeps history: a computation equal to the latest one adds nothing; a new one supersedes the previous
    /// current value; a published value stays as it is and a differing computation is stored as its revision.
    /// </summary>
    private static StoreOutcome Store(IndicatorValue computed, List<StoredValue> existing, List<long> supersede, List<IndicatorValue> fresh)
    {
        var latest = existing.Where(v => v.State != ValueState.Published).OrderByDescending(v => v.Id).FirstOrDefault()
            ?? existing.FirstOrDefault(v => v.State == ValueState.Published);
        if (latest?.InputHash == computed.InputHash)
        {
            return StoreOutcome.Unchanged;
        }

        var published = existing.FirstOrDefault(v => v.State == ValueState.Published);
        supersede.AddRange(existing.Where(v => v.State is ValueState.Current or ValueState.Revision).Select(v => v.Id));
        var outcome = StoreOutcome.New;
        if (published is not null && published.Value != computed.Value)
        {
            computed.State = ValueState.Revision;
            computed.RevisesId = published.Id;
            outcome = StoreOutcome.Revision;
        }

        fresh.Add(computed);
        return outcome;
    }
}

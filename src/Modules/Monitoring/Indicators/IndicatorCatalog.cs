using IpCity.Monitoring.Contracts;
using IpCity.Monitoring.Data;
using IpCity.Monitoring.Domain;
using IpCity.Organisations.Contracts;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Monitoring.Indicators;

/// <summary>
/// The preloaded indicator definitions (DOMAIN.md §1–2, version 1 from statistical year 2021) and the
/// parameters the official sources leave open (§1.7), each with its status. Seeding is idempotent: an existing
/// definition version or parameter row is never overwritten (the city edits parameters through the API).
/// </summary>
internal static class IndicatorCatalog
{
    public const int FirstYear = 2021;

    /// <summary>Computed data elements (counted from records) and the special inputs.</summary>
    public static class Elements
    {
        public const string HighValueInventionPatents = "HighValueInventionPatents";
        public const string ValidInventionPatents = "ValidInventionPatents";
        public const string InventionGrants = "InventionGrants";
        public const string MadridRegistrationsInForce = "MadridRegistrationsInForce";
        public const string RegisteredTrademarksInForce = "RegisteredTrademarksInForce";
        public const string ClosureVariant = "ClosureRate(HeadlineDefinition)";
        public const string AgentComposition = "IpAgentWorkforce(HeadlineComposition)";
    }

    public static class Params
    {
        public const string CategorySet = "HighValuePatent.CategorySet";
        public const string PledgeThreshold = "HighValuePatent.PledgeThreshold";
        public const string PledgeBasis = "HighValuePatent.PledgeBasis";
        public const string MaintenanceStart = "HighValuePatent.MaintenanceStart";
        public const string MinYearsExclusive = "HighValuePatent.MinYearsExclusive";
        public const string FamilyDefinition = "HighValuePatent.FamilyDefinition";
        public const string ForeignGrantMustBeInForce = "HighValuePatent.ForeignGrantMustBeInForce";
        public const string AwardLevels = "HighValuePatent.AwardLevels";
        public const string SeiConcordance = "HighValuePatent.SeiConcordance";
        public const string RegionAttribution = "Patent.RegionAttribution";
        public const string CoOwnedCounting = "Patent.CoOwnedCounting";
        public const string ExcludeAbnormal = "Patent.ExcludeAbnormalApplications";
        public const string PopulationDenominator = "Population.Denominator";
        public const string ClassCoefficient = "PatentIntensive.ClassCoefficient";
        public const string MadridCountingUnit = "Madrid.CountingUnit";
        public const string PledgeIncludeCopyright = "Pledge.IncludeCopyright";
        public const string ClosureHeadline = "ClosureRate.HeadlineDefinition";
        public const string AgentComposition = "IpAgentWorkforce.HeadlineComposition";
        public const string AtRiskShare = "Targets.AtRiskShare";
    }

    /// <summary>High-value categories (DOMAIN.md §1.1), in flag order.</summary>
    public static readonly string[] Categories = ["StrategicEmergingIndustry", "OverseasFamilyGrant", "MaintainedOver10Years", "HighPledgeAmount", "NationalAward"];

    public static readonly IReadOnlyDictionary<string, string> CategoryNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["StrategicEmergingIndustry"] = "战略性新兴产业",
        ["OverseasFamilyGrant"] = "海外同族授权",
        ["MaintainedOver10Years"] = "维持年限超过10年",
        ["HighPledgeAmount"] = "较高质押融资金额",
        ["NationalAward"] = "国家科学技术奖/中国专利奖",
    };

    private const string Owner = MonitoringDepartments.MarketRegulationName;
    private const string PatentParams = "Patent.GracePeriodCountsAsValid," + Params.RegionAttribution + "," + Params.CoOwnedCounting + "," + Params.ExcludeAbnormal;

    private static IndicatorDefinition Def(string code, string name, string unit, IndicatorKind kind, ElementSource source, int decimals, decimal factor, string numerator, string? denominator, bool headline, string outlineRef, string description, int version = 1) => new()
    {
        Code = code,
        Version = version,
        ValidFromYear = FirstYear,
        Name = name,
        Unit = unit,
        Kind = kind,
        Direction = IndicatorDirection.HigherIsBetter,
        Source = source,
        Decimals = decimals,
        Factor = factor,
        Numerator = numerator,
        Denominator = denominator,
        Headline = headline,
        OutlineRef = outlineRef,
        Owner = Owner,
        Description = description,
    };

    public static IReadOnlyList<IndicatorDefinition> Definitions() =>
    [
        Def(IndicatorCodes.HighValueInventionPatentsPer10k, "每万人高价值发明专利拥有量", "件", IndicatorKind.Stock, ElementSource.Computed, 2, 10_000m,
            Elements.HighValueInventionPatents, DataElements.ResidentPopulation, true, "DOMAIN §1.1",
            "有效的国内发明专利(归属本单位)中符合五类情形之一者(并集)÷年末常住人口×1万"),
        Def(IndicatorCodes.PatentIntensiveIndustryGdpShare, "专利密集型产业增加值占GDP比重", "%", IndicatorKind.Flow, ElementSource.Imported, 2, 100m,
            DataElements.PatentIntensiveValueAdded, DataElements.Gdp, true, "DOMAIN §1.2",
            "统计部门提供的专利密集型产业增加值(收入法,按版本保存)÷地区生产总值×100"),
        Def(IndicatorCodes.MadridRegistrationsHeld, "马德里国际注册商标拥有量", "件", IndicatorKind.Stock, ElementSource.Computed, 0, 1m,
            Elements.MadridRegistrationsInForce, null, true, "DOMAIN §1.3", "本地国内持有人有效的马德里国际注册(按国际注册号计)"),
        Def(IndicatorCodes.PledgeFinancingRegisteredAmount, "知识产权质押融资年登记金额", "亿元", IndicatorKind.Flow, ElementSource.Reported, 2, 0.0001m,
            DataElements.PledgeFinancingAmount, null, true, "DOMAIN §1.4", "年度内登记的专利商标质押担保主债权金额(填报,万元)÷10000"),
        Def(IndicatorCodes.EnforcementClosureRate, "专利、商标等纠纷行政执法结案率", "%", IndicatorKind.Flow, ElementSource.Reported, 1, 100m,
            Elements.ClosureVariant, Elements.ClosureVariant, true, "DOMAIN §1.5", "口径由参数 ClosureRate.HeadlineDefinition 选择(A/B/C,默认C:法定期限内结案数÷本年应结案数)"),
        Def(IndicatorCodes.IpAgentWorkforce, "专利代理师和商标代理从业人员", "人", IndicatorKind.Stock, ElementSource.Reported, 0, 1m,
            Elements.AgentComposition, null, true, "DOMAIN §1.6", "构成由参数 IpAgentWorkforce.HeadlineComposition 决定(默认:执业专利代理师+商标代理机构从业人员)"),
        // Version 2 (issue 6): computed from the Finance pledge register when it holds the year (reported values otherwise).
        Def(IndicatorCodes.PledgeFinancingRegisteredAmount, "知识产权质押融资年登记金额", "亿元", IndicatorKind.Flow, ElementSource.Computed, 2, 0.0001m,
            DataElements.PledgeFinancingAmount, null, true, "DOMAIN §1.4",
            "质押登记簿中登记日在本年的融资(按主合同计一次, 专利与商标共同担保的一笔融资只计一次; 变更、注销不增减)的被担保主债权数额之和(万元)÷10000; 出质人所在地归属; 登记簿无当年数据时取填报值", version: 2),
        Def(IndicatorCodes.EnforcementClosureRate, "专利、商标等纠纷行政执法结案率", "%", IndicatorKind.Flow, ElementSource.Computed, 1, 100m,
            Elements.ClosureVariant, Elements.ClosureVariant, true, "DOMAIN §1.5",
            "保护案件登记簿中的案件按口径 ClosureRate.HeadlineDefinition 计算(A/B/C, 默认C: 法定期限内结案数÷本年应结案数); 登记簿无当年案件时取填报值", version: 2),
        Def(IndicatorCodes.IpAgentWorkforce, "专利代理师和商标代理从业人员", "人", IndicatorKind.Stock, ElementSource.Computed, 0, 1m,
            Elements.AgentComposition, null, true, "DOMAIN §1.6",
            "代理机构与从业人员登记簿中参考日在册的人员, 构成由参数 IpAgentWorkforce.HeadlineComposition 决定(默认: 执业专利代理师+商标代理机构从业人员), 按人计(同一人属多类只计一次), 按所在机构归属; 登记簿为空时取填报值", version: 2),
        Def(IndicatorCodes.ValidInventionPatentsPer10k, "每万人有效发明专利拥有量", "件", IndicatorKind.Stock, ElementSource.Computed, 2, 10_000m,
            Elements.ValidInventionPatents, DataElements.ResidentPopulation, false, "DOMAIN §2", "有效的国内发明专利(归属本单位)÷年末常住人口×1万"),
        Def(IndicatorCodes.ValidInventionPatents, "有效发明专利量", "件", IndicatorKind.Stock, ElementSource.Computed, 0, 1m,
            Elements.ValidInventionPatents, null, false, "DOMAIN §2", "参考日有效的国内发明专利(归属本单位)"),
        Def(IndicatorCodes.HighValueInventionPatents, "高价值发明专利拥有量", "件", IndicatorKind.Stock, ElementSource.Computed, 0, 1m,
            Elements.HighValueInventionPatents, null, false, "DOMAIN §1.1", "每万人指标的分子"),
        Def(IndicatorCodes.InventionGrants, "发明专利授权量", "件", IndicatorKind.Flow, ElementSource.Computed, 0, 1m,
            Elements.InventionGrants, null, false, "DOMAIN §2", "授权公告日在本年的国内发明专利(归属本单位)"),
        Def(IndicatorCodes.RegisteredTrademarksInForce, "有效注册商标量", "件", IndicatorKind.Stock, ElementSource.Computed, 0, 1m,
            Elements.RegisteredTrademarksInForce, null, false, "DOMAIN §2", "参考日有效的国内注册商标(归属本单位)"),
        Def(IndicatorCodes.EnforcementClosureRate + "A", "结案率(A: 本年结案数/本年立案数)", "%", IndicatorKind.Flow, ElementSource.Reported, 1, 100m,
            DataElements.CasesClosed, DataElements.CasesFiled, false, "DOMAIN §1.5", "可能超过100%(结转)"),
        Def(IndicatorCodes.EnforcementClosureRate + "B", "结案率(B: 结案数/(上年结转+本年立案))", "%", IndicatorKind.Flow, ElementSource.Reported, 1, 100m,
            DataElements.CasesClosed, DataElements.CasesCarriedOver + "+" + DataElements.CasesFiled, false, "DOMAIN §1.5", "存量流量口径,≤100%"),
        Def(IndicatorCodes.EnforcementClosureRate + "C", "结案率(C: 法定期限内结案数/本年应结案数)", "%", IndicatorKind.Flow, ElementSource.Reported, 1, 100m,
            DataElements.CasesClosedInTime, DataElements.CasesDue, false, "DOMAIN §1.5", "与考核口径一致"),
    ];

    /// <summary>The parameters each indicator's value shows.</summary>
    public static IReadOnlyList<string> ParametersOf(string code) => code switch
    {
        IndicatorCodes.HighValueInventionPatentsPer10k or IndicatorCodes.HighValueInventionPatents =>
            [Params.CategorySet, Params.SeiConcordance, Params.PledgeThreshold, Params.PledgeBasis, Params.MaintenanceStart, Params.MinYearsExclusive, Params.FamilyDefinition,
             Params.ForeignGrantMustBeInForce, Params.AwardLevels, .. PatentParams.Split(','), .. Population(code)],
        IndicatorCodes.ValidInventionPatentsPer10k or IndicatorCodes.ValidInventionPatents or IndicatorCodes.InventionGrants => [.. PatentParams.Split(','), .. Population(code)],
        IndicatorCodes.MadridRegistrationsHeld => [Params.MadridCountingUnit],
        IndicatorCodes.PledgeFinancingRegisteredAmount => [Params.PledgeIncludeCopyright],
        IndicatorCodes.PatentIntensiveIndustryGdpShare => [Params.ClassCoefficient],
        IndicatorCodes.EnforcementClosureRate => [Params.ClosureHeadline],
        IndicatorCodes.IpAgentWorkforce => [Params.AgentComposition],
        _ => [],
    };

    private static string[] Population(string code) => code.EndsWith("Per10k", StringComparison.Ordinal) ? [Params.PopulationDenominator] : [];

    public static IReadOnlyList<IndicatorParameter> DefaultParameters(DateTime now) =>
    [
        P(Params.CategorySet, string.Join(",", Categories), "CONFIRMED", "2021–2025 五类情形(国家知识产权局 2021 年二季度发布会); 之后年份未确认"),
        P(Params.PledgeThreshold, string.Empty, "UNCONFIRMED", "未设置 → 第4类不适用,数值标注"),
        P(Params.PledgeBasis, "PerContract,Single", "UNCONFIRMED", "第4类金额口径: PerContract(整笔融资金额) 或 PerPatent(按质押物均分); Single(单笔最大) 或 Cumulative(累计)"),
        P(Params.MaintenanceStart, "ApplicationDate", "UNCONFIRMED", "维持年限起算日: ApplicationDate(申请日) 或 GrantDate"),
        P(Params.MinYearsExclusive, "10", "CONFIRMED", "超过10年(严格大于)"),
        P(Params.FamilyDefinition, "DOCDB simple", "UNCONFIRMED", "同族定义(数据源提供的同族)"),
        P(Params.ForeignGrantMustBeInForce, "false", "UNCONFIRMED", "境外授权是否须仍有效"),
        P(Params.AwardLevels, "中国专利奖 金/银/优秀奖; 国家科学技术奖 各等级", "UNCONFIRMED", "需导入获奖专利清单"),
        P(Params.SeiConcordance, "sei-ipc-2021", "UNCONFIRMED", "战略性新兴产业分类与国际专利分类参照关系表(2021)(试行),导入后生效"),
        P(Params.RegionAttribution, "first patentee's address", "UNCONFIRMED", "按第一专利权人地址归属(导入时确定)"),
        P(Params.CoOwnedCounting, "first patentee only", "UNCONFIRMED", "共有专利只计入第一专利权人所在地"),
        P(Params.ExcludeAbnormal, "false", "UNCONFIRMED", "非正常申请是否剔除"),
        P(Params.PopulationDenominator, "SameYearYearEndResident", "DERIVED", "SameYearYearEndResident(当年末常住) 或 PreviousYearYearEndResident(上年末常住)"),
        P(Params.ClassCoefficient, "1.0", "UNCONFIRMED", "部分小类系数(统计部门提供的增加值已按此汇总)"),
        P(Params.MadridCountingUnit, "PerInternationalRegistration", "UNCONFIRMED", "按国际注册号计 1 件"),
        P(Params.PledgeIncludeCopyright, "false", "UNCONFIRMED", "是否含著作权质押"),
        P(Params.ClosureHeadline, "C", "UNCONFIRMED", "A / B / C"),
        P(Params.AgentComposition, DataElements.PractisingPatentAttorneys + "+" + DataElements.TrademarkAgencyStaff, "UNCONFIRMED", "可选: QualifiedPatentAttorneys, PractisingPatentAttorneys, TrademarkAgencyStaff 之和"),
        P(Params.AtRiskShare, "0.9", "UNCONFIRMED", "低于路径值但不低于该比例为「滞后」,更低为「风险」"),
    ];

    private static IndicatorParameter P(string name, string value, string status, string note) =>
        new() { Name = name, FromYear = FirstYear, Value = value, Status = status, Note = note, SetAtUtc = DateTime.UnixEpoch, SetBy = "catalog" };

    /// <summary>Adds missing definitions, parameters and the city's Outline targets (baseline, 2025, 2035 where numeric).</summary>
    public static async Task EnsureAsync(MonitoringDbContext db, IOrgUnitDirectory directory, TimeProvider clock, CancellationToken ct)
    {
        var known = (await db.Definitions.Select(d => new { d.Code, d.Version }).ToListAsync(ct)).Select(d => (d.Code, d.Version)).ToHashSet();
        foreach (var d in Definitions().Where(d => !known.Contains((d.Code, d.Version))))
        {
            db.Definitions.Add(d);
        }

        var names = (await db.Parameters.Select(p => new { p.Name, p.FromYear }).ToListAsync(ct)).Select(p => (p.Name, p.FromYear)).ToHashSet();
        foreach (var p in DefaultParameters(clock.GetUtcNow().UtcDateTime).Where(p => !names.Contains((p.Name, p.FromYear))))
        {
            db.Parameters.Add(p);
        }

        var profile = await directory.GetProfileAsync(ct);
        if (profile is not null)
        {
            var targets = (await db.Targets.Where(t => t.UnitCode == profile.CityCode).Select(t => new { t.IndicatorCode, t.Year }).ToListAsync(ct))
                .Select(t => (t.IndicatorCode, t.Year)).ToHashSet();
            foreach (var t in await directory.GetTargetsAsync(ct))
            {
                void Add(int year, decimal value, string kind)
                {
                    if (targets.Add((t.IndicatorCode, year)))
                    {
                        db.Targets.Add(new IndicatorTarget { IndicatorCode = t.IndicatorCode, UnitCode = profile.CityCode, Year = year, Value = value, Kind = kind, Source = t.Source });
                    }
                }

                if (t.Baseline2020 is { } baseline)
                {
                    Add(2020, baseline, "Baseline");
                }

                Add(2025, t.Target2025, "Target");
                if (decimal.TryParse(t.Target2035, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var target2035))
                {
                    Add(2035, target2035, "Target");
                }
            }
        }

        await db.SaveChangesAsync(ct);
    }
}

using IpCity.Monitoring.Contracts;
using IpCity.Monitoring.Data;
using IpCity.Monitoring.Domain;
using IpCity.Organisations.Contracts;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Monitoring.Forms;

/// <summary>
/// The standard data sets for the reported headline inputs (DOMAIN.md §1.4–1.6), created on first use
/// once the city profile is loaded (the expected units come from it). Idempotent: a data set whose code
/// exists is left as it is.
/// </summary>
internal static class StandardDataSets
{
    public const string Pledge = "PLEDGE_FINANCING";
    public const string Enforcement = "ENFORCEMENT_CASES";
    public const string Agents = "IP_AGENT_WORKFORCE";

    private const decimal MaxCount = 100_000;

    /// <summary>False while the org units are unknown (no profile loaded): nothing is stored then.</summary>
    public static async Task<bool> EnsureAsync(MonitoringDbContext db, IOrgUnitDirectory directory, CancellationToken ct)
    {
        var existing = await db.DataSets.Select(d => d.Code).ToListAsync(ct);
        var missing = new[] { Pledge, Enforcement, Agents }.Except(existing, StringComparer.Ordinal).ToList();
        if (missing.Count == 0)
        {
            return true;
        }

        var units = await directory.GetUnitsAsync(ct: ct);
        var city = units.FirstOrDefault(u => u.Kind == "Municipality");
        var counties = units.Where(u => u.Kind is "District" or "County" or "FunctionalZone")
            .OrderBy(u => u.Kind == "FunctionalZone" ? 1 : 0).ThenBy(u => u.Code, StringComparer.Ordinal)
            .Select(u => (u.Code, u.Name)).ToList();
        if (city is null || counties.Count == 0)
        {
            return false;
        }

        foreach (var code in missing)
        {
            db.DataSets.Add(code switch
            {
                Pledge => PledgeSet(counties),
                Enforcement => EnforcementSet(counties),
                _ => AgentSet(city.Code, city.Name),
            });
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Seeded at the same time by another request: its rows stand.
            db.ChangeTracker.Clear();
        }

        return true;
    }

    private static DataSet PledgeSet(List<(string Code, string Name)> units) => new()
    {
        Code = Pledge,
        Name = "知识产权质押融资登记金额",
        Description = "纲要核心指标 (DOMAIN.md §1.4)：本年登记日的专利、商标质押登记被担保主债权数额合计；变更登记不计，注销不减。单位：万元。",
        PeriodType = PeriodType.Year,
        Elements = [Element(DataElements.PledgeFinancingAmount, "知识产权质押融资登记金额", "万元", 1, 2)],
        Units = Units(units),
        Rules =
        [
            Range("R1", DataElements.PledgeFinancingAmount, 0, 10_000_000, "质押融资登记金额应在 0 至 10 000 000 万元之间"),
            YearOnYear("R2", DataElements.PledgeFinancingAmount, 300, "质押融资登记金额与上年审核值相比变化不得超过 ±300%"),
        ],
    };

    private static DataSet EnforcementSet(List<(string Code, string Name)> units) => new()
    {
        Code = Enforcement,
        Name = "专利商标行政执法案件",
        Description = "行政执法结案率 (DOMAIN.md §1.5) 的三种口径所需案件数：专利侵权纠纷行政裁决、专利/商标纠纷调解、假冒专利与商标侵权行政处罚案件。单位：件。",
        PeriodType = PeriodType.Year,
        Elements =
        [
            Element(DataElements.CasesFiled, "本年立案数", "件", 1, 0),
            Element(DataElements.CasesCarriedOver, "上年结转未结案件数", "件", 2, 0),
            Element(DataElements.CasesClosed, "本年结案数", "件", 3, 0),
            Element(DataElements.CasesDue, "本年应结案数 (法定期限届满)", "件", 4, 0),
            Element(DataElements.CasesClosedInTime, "法定期限内结案数", "件", 5, 0),
        ],
        Units = Units(units),
        Rules =
        [
            Range("R1", DataElements.CasesFiled, 0, MaxCount, "本年立案数应在 0 至 100 000 件之间"),
            Range("R2", DataElements.CasesCarriedOver, 0, MaxCount, "上年结转未结案件数应在 0 至 100 000 件之间"),
            Range("R3", DataElements.CasesClosed, 0, MaxCount, "本年结案数应在 0 至 100 000 件之间"),
            Range("R4", DataElements.CasesDue, 0, MaxCount, "本年应结案数应在 0 至 100 000 件之间"),
            Range("R5", DataElements.CasesClosedInTime, 0, MaxCount, "法定期限内结案数应在 0 至 100 000 件之间"),
            Consistency("C1", $"{DataElements.CasesClosed} <= {DataElements.CasesFiled} + {DataElements.CasesCarriedOver}", "本年结案数不得超过上年结转未结案件数与本年立案数之和"),
            Consistency("C2", $"{DataElements.CasesClosedInTime} <= {DataElements.CasesDue}", "法定期限内结案数不得超过本年应结案数"),
            Consistency("C3", $"{DataElements.CasesClosedInTime} <= {DataElements.CasesClosed}", "法定期限内结案数不得超过本年结案数"),
        ],
    };

    private static DataSet AgentSet(string cityCode, string cityName) => new()
    {
        Code = Agents,
        Name = "专利代理师和商标代理从业人员",
        Description = "纲要核心指标 (DOMAIN.md §1.6)：按人计数 (一人多机构只计一次)，年末数。由市市场监管局 (知识产权局) 汇总填报。单位：人。",
        PeriodType = PeriodType.Year,
        Elements =
        [
            Element(DataElements.QualifiedPatentAttorneys, "取得专利代理师资格人数", "人", 1, 0),
            Element(DataElements.PractisingPatentAttorneys, "执业专利代理师人数", "人", 2, 0),
            Element(DataElements.TrademarkAgencyStaff, "商标代理从业人员数", "人", 3, 0),
        ],
        Units = [new DataSetUnit { UnitCode = cityCode, UnitName = cityName, Order = 1 }],
        Rules =
        [
            Range("R1", DataElements.QualifiedPatentAttorneys, 0, MaxCount, "取得专利代理师资格人数应在 0 至 100 000 人之间"),
            Range("R2", DataElements.PractisingPatentAttorneys, 0, MaxCount, "执业专利代理师人数应在 0 至 100 000 人之间"),
            Range("R3", DataElements.TrademarkAgencyStaff, 0, MaxCount, "商标代理从业人员数应在 0 至 100 000 人之间"),
            Consistency("C1", $"{DataElements.PractisingPatentAttorneys} <= {DataElements.QualifiedPatentAttorneys}", "执业专利代理师人数不得超过取得资格人数"),
            YearOnYear("R4", DataElements.TrademarkAgencyStaff, 200, "商标代理从业人员数与上年审核值相比变化不得超过 ±200%"),
        ],
    };

    private static DataSetElement Element(string code, string label, string unit, int order, int decimals) =>
        new() { ElementCode = code, Label = label, Unit = unit, Order = order, Decimals = decimals };

    private static List<DataSetUnit> Units(List<(string Code, string Name)> units) =>
        units.Select((u, i) => new DataSetUnit { UnitCode = u.Code, UnitName = u.Name, Order = i + 1 }).ToList();

    private static ValidationRule Range(string code, string element, decimal min, decimal max, string text) =>
        new() { Code = code, Kind = ValidationRuleKind.Range, ElementCode = element, Min = min, Max = max, Text = text };

    private static ValidationRule YearOnYear(string code, string element, decimal percent, string text) =>
        new() { Code = code, Kind = ValidationRuleKind.YearOnYear, ElementCode = element, MaxChangePercent = percent, Text = text };

    private static ValidationRule Consistency(string code, string expression, string text)
    {
        RuleExpression.Parse(expression); // a typo fails at start-up of the feature, not at the first save
        return new() { Code = code, Kind = ValidationRuleKind.Consistency, Expression = expression, Text = text };
    }
}

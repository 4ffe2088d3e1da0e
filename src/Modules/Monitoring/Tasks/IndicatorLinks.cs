using IpCity.Monitoring.Data;
using IpCity.Organisations.Contracts;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Monitoring.Tasks;

/// <summary>
/// Resolves indicator references of the ledger (a code such as <c>PledgeFinancingRegisteredAmount</c>, or its
/// Chinese name) to an indicator code: the indicator definitions in the store, the city profile's Outline
/// targets, and the code names of DOMAIN.md §1–2.
/// </summary>
internal sealed class IndicatorLinks
{
    /// <summary>Code names and wording of DOMAIN.md §1 (headline) and §2 (companions).</summary>
    internal static readonly IReadOnlyDictionary<string, string> DomainCodes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["HighValueInventionPatentsPer10k"] = "每万人高价值发明专利拥有量",
        ["PatentIntensiveIndustryGdpShare"] = "专利密集型产业增加值占GDP比重",
        ["MadridRegistrationsHeld"] = "马德里国际注册商标拥有量",
        ["PledgeFinancingRegisteredAmount"] = "知识产权质押融资年登记金额",
        ["EnforcementClosureRate"] = "专利、商标等纠纷行政执法结案率",
        ["IpAgentWorkforce"] = "专利代理师和商标代理从业人员",
        ["ValidInventionPatentsPer10k"] = "每万人有效发明专利拥有量",
        ["ValidInventionPatents"] = "有效发明专利量",
        ["PatentApplications"] = "专利申请量",
        ["PatentGrants"] = "专利授权量",
        ["InventionGrantsPer100mGdp"] = "每亿元GDP发明专利授权量",
        ["InventionGrantRate"] = "发明专利实审授权率",
        ["PctApplications"] = "PCT国际专利申请量",
        ["OverseasInventionGrants"] = "海外发明专利授权量",
        ["RegisteredTrademarksInForce"] = "有效注册商标量",
        ["MadridApplications"] = "马德里商标国际注册申请量",
        ["GeographicalIndications"] = "地理标志",
        ["PatentPledgeAmount"] = "专利质押登记金额",
        ["IpRoyaltyTrade"] = "知识产权使用费年进出口总额",
        ["EnterpriseInventionCommercialisationRate"] = "企业发明专利产业化率",
        ["CopyrightIndustryGdpShare"] = "版权产业增加值占GDP比重",
        ["ProtectionSatisfaction"] = "知识产权保护社会满意度",
        ["FirstInstanceAcceptanceRate"] = "知识产权民事一审案件服判息诉率",
        ["EnforcementCaseCounts"] = "查办专利侵权纠纷/商标案件数",
        ["PatentAgencies"] = "专利代理机构数",
        ["TrademarkAgencies"] = "备案商标代理机构数",
    };

    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byCodeIgnoreCase = new(StringComparer.OrdinalIgnoreCase);

    private IndicatorLinks()
    {
    }

    public static async Task<IndicatorLinks> LoadAsync(MonitoringDbContext db, IOrgUnitDirectory units, CancellationToken ct)
    {
        var links = new IndicatorLinks();
        foreach (var (code, name) in DomainCodes)
        {
            links.Add(code, name);
        }

        foreach (var t in await units.GetTargetsAsync(ct))
        {
            links.Add(t.IndicatorCode, t.Name);
        }

        foreach (var d in await db.Definitions.AsNoTracking().OrderBy(d => d.Version).Select(d => new { d.Code, d.Name }).ToListAsync(ct))
        {
            links.Add(d.Code, d.Name);
        }

        return links;
    }

    private void Add(string code, string name)
    {
        _names[code] = name;
        _byName[name] = code;
        _byCodeIgnoreCase[code] = code;
    }

    /// <summary>The indicator code for a code or Chinese name, or null when unknown.</summary>
    public string? Resolve(string? reference)
    {
        var r = reference?.Trim();
        if (string.IsNullOrEmpty(r))
        {
            return null;
        }

        return _byCodeIgnoreCase.TryGetValue(r, out var code) ? code : _byName.GetValueOrDefault(r);
    }

    public string? NameOf(string code) => _names.GetValueOrDefault(code);
}

using IpCity.BuildingBlocks.Errors;
using IpCity.IpData.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Patents;

/// <summary>Public patent search (anonymous users included).</summary>
public sealed class IndexModel : PageModel
{
    private readonly IPatentSearch _search;
    private readonly IpCity.Organisations.Contracts.IOrgUnitDirectory _units;
    private Dictionary<string, string> _unitNames = [];

    public IndexModel(IPatentSearch search, IpCity.Organisations.Contracts.IOrgUnitDirectory units)
    {
        _search = search;
        _units = units;
    }

    public static string TypeName(string type) => type switch
    {
        "Invention" => "发明",
        "UtilityModel" => "实用新型",
        "Design" => "外观设计",
        "Plant" => "植物",
        "Reissue" => "再颁",
        "StatutoryInvention" => "法定发明登记",
        "domestic" => "国内",
        "foreign" => "国外",
        _ => type,
    };

    public string UnitName(string? code) => code is null ? string.Empty : _unitNames.GetValueOrDefault(code, code);

    public string FacetLabel(string facet, string value) => facet switch
    {
        "type" or "origin" => TypeName(value),
        "county" or "zone" => UnitName(value),
        _ => value,
    };

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public SearchResult? Result { get; private set; }

    public string? Error { get; private set; }

    /// <summary>The query term that narrows the search to one facet value (drill-down), or null when there is none.</summary>
    public static string? FacetFilter(string facet, string value) => facet switch
    {
        "type" => "type:" + value,
        "year" => "ad:" + value,
        "county" or "zone" => "region:" + value,
        "ipcSection" or "ipcClass" => "ipc:" + value,
        "industry" => "industry:\"" + value + "\"",
        "status" when !value.Contains('"', StringComparison.Ordinal) => "status:\"" + value + "\"",
        _ => null,
    };

    public static string FacetName(string facet) => facet switch
    {
        "type" => "专利类型",
        "year" => "申请年",
        "county" => "区县",
        "zone" => "功能区",
        "ipcSection" => "IPC 部",
        "ipcClass" => "IPC 小类",
        "status" => "法律状态",
        "origin" => "国内/国外",
        "industry" => "产业",
        _ => facet,
    };

    public async Task OnGetAsync(CancellationToken ct)
    {
        _unitNames = (await _units.GetUnitsAsync(null, false, ct)).ToDictionary(u => u.Code, u => u.ShortName ?? u.Name);
        try
        {
            Result = await _search.SearchAsync(new SearchRequest(Q, Math.Max(1, PageNumber), 20), ct);
        }
        catch (IpCityException ex)
        {
            Error = $"{ex.Message} ({ex.Code})";
        }
    }
}

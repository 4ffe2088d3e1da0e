using IpCity.BuildingBlocks.Errors;
using IpCity.IpData.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Patents;

/// <summary>Public patent search (anonymous users included).</summary>
public sealed class IndexModel : PageModel
{
    private readonly IPatentSearch _search;

    public IndexModel(IPatentSearch search)
    {
        _search = search;
    }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public SearchResult? Result { get; private set; }

    public string? Error { get; private set; }

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
        _ => facet,
    };

    public async Task OnGetAsync(CancellationToken ct)
    {
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

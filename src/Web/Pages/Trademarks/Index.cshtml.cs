using IpCity.BuildingBlocks.Errors;
using IpCity.IpData.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Trademarks;

/// <summary>Public trademark register: substring search, Madrid filter, paging and CSV export.</summary>
public sealed class IndexModel : PageModel
{
    private readonly ITrademarkQueries _queries;

    public IndexModel(ITrademarkQueries queries)
    {
        _queries = queries;
    }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>"" = all, "true" = Madrid only, "false" = national only.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Madrid { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public TrademarkSearchResult? Result { get; private set; }

    public string? Error { get; private set; }

    public bool? MadridFilter => bool.TryParse(Madrid, out var m) ? m : null;

    public string Link(int page) =>
        $"/Trademarks?q={Uri.EscapeDataString(Q ?? string.Empty)}&madrid={Uri.EscapeDataString(Madrid ?? string.Empty)}&p={page.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public async Task OnGetAsync(CancellationToken ct)
    {
        try
        {
            Result = await _queries.SearchAsync(new TrademarkSearchRequest(Q, MadridFilter, PageNumber, 50), ct);
        }
        catch (IpCityException ex)
        {
            Error = $"{ex.Message} ({ex.Code})";
            Response.StatusCode = ex.Status;
        }
    }
}

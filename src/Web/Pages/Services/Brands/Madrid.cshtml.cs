using System.Globalization;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Services.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Services.Brands;

/// <summary>马德里国际注册: the portfolio of local holders on a reference date with renewals due, statistics and exports (officers; districts their unit).</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class MadridModel : PageModel
{
    private readonly IMadridPortfolio _portfolio;

    public MadridModel(IMadridPortfolio portfolio)
    {
        _portfolio = portfolio;
    }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? County { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Party { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Due { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? On { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Months { get; set; } = 12;

    [BindProperty(SupportsGet = true)]
    public int P { get; set; } = 1;

    public MadridPage? Result { get; private set; }

    public MadridStatistics? Statistics { get; private set; }

    public string? Message { get; private set; }

    public string Query => BrandText.Query(("q", Q), ("county", County), ("state", State), ("party", Party), ("due", Due), ("on", BrandText.NullIfEmpty(BrandText.Date(On))),
        ("months", Months.ToString(CultureInfo.InvariantCulture)));

    public async Task OnGetAsync(CancellationToken ct)
    {
        try
        {
            var actor = Actor.From(User);
            Result = await _portfolio.ListAsync(actor, new MadridQuery(BrandText.NullIfEmpty(Q), BrandText.NullIfEmpty(County), BrandText.NullIfEmpty(State), BrandText.NullIfEmpty(Party),
                BrandText.NullIfEmpty(Due), On, Months, Math.Max(1, P), 50), ct);
            Statistics = await _portfolio.StatisticsAsync(actor, On, Months, ct);
        }
        catch (IpCityException ex) when (ex.Status is 400 or 409)
        {
            Message = $"{ex.Code}: {ex.Message}";
        }
    }
}

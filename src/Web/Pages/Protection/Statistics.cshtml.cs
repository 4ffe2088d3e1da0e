using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Protection.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Protection;

/// <summary>结案率 A/B/C, cycle times, closure modes and amounts by case type for a year and unit (counts only).</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class StatisticsModel : PageModel
{
    private readonly ICaseStatistics _statistics;

    public StatisticsModel(ICaseStatistics statistics)
    {
        _statistics = statistics;
    }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    public int SelectedYear { get; private set; }

    public IReadOnlyList<CaseStatisticsDto> Rows { get; private set; } = [];

    public string? Message { get; private set; }

    public static string TypeName(string? type) =>
        type is null ? "合计 (结案率口径)" : CaseTypes.Name(type);

    public static string Rate(decimal? rate) => rate is { } r ? r.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "%" : "—";

    public async Task OnGetAsync(CancellationToken ct)
    {
        SelectedYear = Year ?? DateTimeOffset.UtcNow.AddHours(8).Year;
        try
        {
            Rows = await _statistics.ByTypeAsync(ProtectionActor.From(User), SelectedYear, Unit, ct);
        }
        catch (IpCityException ex) when (ex.Status == 400)
        {
            Message = $"{ex.Code}: {ex.Message}";
        }
    }
}

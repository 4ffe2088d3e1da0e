using IpCity.BuildingBlocks.Security;
using IpCity.Services.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Services.Agencies;

/// <summary>人员统计: the three counts by district and functional zone on a reference date, with the default headline sum (DOMAIN.md §1.6).</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class StatisticsModel : PageModel
{
    private readonly IAgencyRegister _register;
    private readonly TimeProvider _clock;

    public StatisticsModel(IAgencyRegister register, TimeProvider clock)
    {
        _register = register;
        _clock = clock;
    }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Date { get; set; }

    public WorkforceStatisticsDto? Statistics { get; private set; }

    public string DateText => AgencyText.Date(Statistics?.ReferenceDate);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var date = Date ?? DateOnly.FromDateTime(_clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        Statistics = await _register.StatisticsAsync(Actor.From(User), date, null, ct);
    }
}

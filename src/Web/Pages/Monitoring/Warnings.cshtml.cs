using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Monitoring.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Monitoring;

/// <summary>预警处理: the warnings addressed to the officer's department or unit (all for the city office), answered here.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class WarningsModel : PageModel
{
    private readonly IIndicatorWarnings _warnings;

    public WarningsModel(IIndicatorWarnings warnings)
    {
        _warnings = warnings;
    }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    public IReadOnlyList<WarningNoticeDto> Notices { get; private set; } = [];

    public string? Message { get; private set; }

    public bool IsError { get; private set; }

    public string ExportQuery => string.Join('&', new[] { Year is { } y ? $"year={y}" : null, All ? "all=true" : null }.Where(p => p is not null));

    public static string StateLabel(string state) => state switch
    {
        "Open" => "待处理",
        "Acknowledged" => "已处理",
        "Cleared" => "已解除",
        _ => state,
    };

    public static string StatusLabel(string status) => status switch
    {
        "Behind" => "落后",
        "AtRisk" => "有风险",
        _ => status,
    };

    public async Task OnGetAsync(CancellationToken ct) =>
        Notices = await _warnings.InboxAsync(FormActor.From(User), Year, All, ct);

    public async Task<IActionResult> OnPostAcknowledgeAsync(long id, string? response, CancellationToken ct)
    {
        try
        {
            var done = await _warnings.AcknowledgeAsync(FormActor.From(User), id, new AcknowledgeWarningRequest(response ?? string.Empty), ct);
            Message = $"已记录对“{done.IndicatorName} · {done.UnitName ?? done.UnitCode} · {done.Year}”的处理意见。";
        }
        catch (IpCityException ex) when (ex.Status is 400 or 409)
        {
            Message = $"{ex.Code}: {ex.Message}";
            IsError = true;
        }

        await OnGetAsync(ct);
        return Page();
    }
}

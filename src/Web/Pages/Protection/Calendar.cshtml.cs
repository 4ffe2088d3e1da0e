using IpCity.BuildingBlocks.Security;
using IpCity.Protection.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IpCity.Web.Pages.Protection;

/// <summary>
/// 节假日与办案时限 (read-only): a year's holidays and 调休 working days with the calendar's source, status and
/// versions, and the time-limit rules in force with their status. The city office edits both through the API.
/// </summary>
[Authorize(Policy = Policies.Officer)]
public sealed class CalendarModel : PageModel
{
    private readonly IWorkingDayCalendar _calendars;
    private readonly ITimeLimitRules _rules;
    private readonly TimeProvider _clock;

    public CalendarModel(IWorkingDayCalendar calendars, ITimeLimitRules rules, TimeProvider clock)
    {
        _calendars = calendars;
        _rules = rules;
        _clock = clock;
    }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public int SelectedYear { get; private set; }

    public DateOnly Today { get; private set; }

    public HolidayCalendarDto? Calendar { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<TimeLimitRuleDto> Rules { get; private set; } = [];

    public bool IsCity => User.IsInRole(Roles.CityOfficer);

    public static string UnitName(PeriodUnit unit) => unit switch
    {
        PeriodUnit.WorkingDays => "个工作日",
        PeriodUnit.Days => "日",
        PeriodUnit.Months => "个月",
        _ => unit.ToString(),
    };

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = DateOnly.FromDateTime(_clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        SelectedYear = Year is >= 2000 and <= 2100 ? Year.Value : Today.Year;
        Years = await _calendars.YearsAsync(ct);
        Calendar = await _calendars.GetAsync(SelectedYear, ct);
        Rules = await _rules.ListAsync(Today, ct);
    }
}

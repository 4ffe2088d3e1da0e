using IpCity.BuildingBlocks.Errors;
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

    public string? Message { get; private set; }

    public bool IsError { get; private set; }

    public IReadOnlyList<string> Issues { get; private set; } = [];

    /// <summary>The city office loads a year's calendar from a file (.json, or .xlsx with 日期/至/类型/名称; the year from the form).</summary>
    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, int year, CancellationToken ct)
    {
        Year = year;
        var extension = Path.GetExtension(file?.FileName ?? string.Empty).ToLowerInvariant();
        if (file is null || file.Length is 0 or > MaxUploadBytes || extension is not (".json" or ".xlsx") || year is < 2000 or > 2100)
        {
            (Message, IsError) = ($"请选择不超过 {MaxUploadBytes / 1024 / 1024} MB 的 .json 或 .xlsx 文件, 并填写年度。", true);
            await OnGetAsync(ct);
            return Page();
        }

        var folder = Directory.CreateTempSubdirectory("ipcity-calendar-");
        try
        {
            // The importer reads the year of an .xlsx from its name: the saved copy is named after the year given.
            var path = Path.Combine(folder.FullName, $"cn-{year.ToString(System.Globalization.CultureInfo.InvariantCulture)}{extension}");
            await using (var target = System.IO.File.Create(path))
            {
                await file.CopyToAsync(target, ct);
            }

            var loaded = await _calendars.LoadFileAsync(path, ct);
            Message = loaded.Changed ? $"已载入 {loaded.Calendar.Year} 年节假日安排 (第 {loaded.Calendar.Version} 版)。" : "内容与现行版本相同, 未作改动。";
        }
        catch (IpCityException ex) when (ex.Status is 400 or 403 or 409)
        {
            (Message, IsError) = ($"{ex.Code}: {ex.Message}", true);
            if (ex.Details.TryGetValue("issues", out var issues) && issues is System.Collections.IEnumerable list)
            {
                Issues = list.Cast<object?>().Select(i => i is IReadOnlyDictionary<string, object?> d
                    ? $"第 {d.GetValueOrDefault("row")} 行 {d.GetValueOrDefault("field")}: {d.GetValueOrDefault("reason")}"
                    : i?.ToString() ?? string.Empty).ToList();
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        await OnGetAsync(ct);
        return Page();
    }

    private const long MaxUploadBytes = 2L * 1024 * 1024;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = DateOnly.FromDateTime(_clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        SelectedYear = Year is >= 2000 and <= 2100 ? Year.Value : Today.Year;
        Years = await _calendars.YearsAsync(ct);
        Calendar = await _calendars.GetAsync(SelectedYear, ct);
        Rules = await _rules.ListAsync(Today, ct);
    }
}

using IpCity.BuildingBlocks.Security;
using IpCity.Protection.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IpCity.Protection.Deadlines;

/// <summary>
/// /api/protection: the holiday calendar, the time-limit rules and a deadline calculation to try. Reads and the
/// calculation for every officer; loading a calendar and changing a rule for the city office.
/// </summary>
internal static class DeadlineEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/protection").WithTags("Protection");

        g.MapGet("/calendar/{year:int}", async (int year, IWorkingDayCalendar calendars, CancellationToken ct) =>
            await calendars.GetAsync(year, ct) is { } calendar
                ? Results.Ok(calendar)
                : throw new BuildingBlocks.Errors.IpCityException(WorkingDayCalendarService.NotLoadedCode, $"{year} 年的节假日安排尚未载入。", 404, new Dictionary<string, object?> { ["year"] = year }))
            .RequireAuthorization(Policies.Officer).WithName("GetHolidayCalendar").WithSummary("某年的节假日安排 (放假与调休上班日, 来源, 确认状态, 各版本)");
        g.MapPut("/calendar/{year:int}", async (int year, HolidayCalendarInput input, IWorkingDayCalendar calendars, CancellationToken ct) =>
            Results.Ok(await calendars.LoadAsync(year, input, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("SetHolidayCalendar").WithSummary("载入或替换某年的节假日安排 (新版本; 错误行返回 CALENDAR_INVALID)");
        g.MapGet("/time-limits", async (DateOnly? asOf, ITimeLimitRules rules, CancellationToken ct) =>
            Results.Ok(await rules.ListAsync(asOf, ct)))
            .RequireAuthorization(Policies.Officer).WithName("ListTimeLimits").WithSummary("办案期限规则 (某日生效的版本; 默认今天)");
        g.MapPut("/time-limits/{name}", async (string name, SetTimeLimitRequest request, ITimeLimitRules rules, CancellationToken ct) =>
            Results.Ok(await rules.SetAsync(name, request, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("SetTimeLimit").WithSummary("自某日起修改期限规则 (新增版本, 旧版本保留)");
        g.MapPost("/deadlines/compute", async (DeadlineRequest request, IDeadlineCalculator calculator, CancellationToken ct) =>
            Results.Ok(await calculator.ComputeAsync(request, ct)))
            .RequireAuthorization(Policies.Officer).WithName("ComputeDeadline").WithSummary("试算期限: 起算日、期间、中止与延长 → 届满日与计算过程");
    }
}

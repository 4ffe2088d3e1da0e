using IpCity.Protection.Contracts;
using IpCity.Protection.Deadlines;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IpCity.Protection;

/// <summary>The working-day calendar, the deadline calculator and the time-limit rules (DOMAIN.md §7.1, §7.6).</summary>
public static partial class ProtectionModule
{
    static partial void AddDeadlines(IServiceCollection services)
    {
        services.TryAddSingleton(sp =>
        {
            // "Protection:Deadlines:MoveNonWorkingLastDay" = false turns the UNCONFIRMED last-day rule off.
            var configured = sp.GetService<IConfiguration>()?["Protection:Deadlines:MoveNonWorkingLastDay"];
            return bool.TryParse(configured, out var move) ? new DeadlineRules { MoveNonWorkingLastDay = move } : DeadlineRules.Default;
        });
        services.TryAddScoped<WorkingDayCalendarService>();
        services.TryAddScoped<IWorkingDayCalendar>(sp => sp.GetRequiredService<WorkingDayCalendarService>());
        services.TryAddScoped<IDeadlineCalculator, DeadlineCalculatorService>();
        services.TryAddScoped<ITimeLimitRules, TimeLimitRuleService>();
    }

    static partial void MapDeadlines(IEndpointRouteBuilder endpoints) => DeadlineEndpoints.Map(endpoints);
}

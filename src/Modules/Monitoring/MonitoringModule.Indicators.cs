using IpCity.Monitoring.Contracts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IpCity.Monitoring;

public static partial class MonitoringModule
{
    static partial void AddIndicators(IServiceCollection services)
    {
        services.TryAddScoped<IIndicatorEngine, Indicators.IndicatorEngine>();
        services.TryAddScoped<IIndicatorService, Indicators.IndicatorService>();
        services.TryAddScoped<IIndicatorWarnings, Indicators.IndicatorWarnings>();
    }

    static partial void MapIndicators(IEndpointRouteBuilder endpoints) => Indicators.IndicatorEndpoints.Map(endpoints);
}

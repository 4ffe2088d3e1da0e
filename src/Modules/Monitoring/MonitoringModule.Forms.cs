using IpCity.Monitoring.Contracts;
using IpCity.Monitoring.Forms;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Monitoring;

/// <summary>Data reporting (数据填报): services and /api/forms endpoints.</summary>
public static partial class MonitoringModule
{
    static partial void AddForms(IServiceCollection services)
    {
        services.AddSingleton<FormSeedState>();
        services.AddScoped<IDataReporting, DataReporting>();
    }

    static partial void MapForms(IEndpointRouteBuilder endpoints) => FormEndpoints.Map(endpoints);
}

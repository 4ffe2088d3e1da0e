using IpCity.BuildingBlocks.Storage;
using IpCity.Monitoring.Data;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IpCity.Monitoring;

public static partial class MonitoringModule
{
    /// <summary>Registers Outline monitoring. Needs StorageOptions, TimeProvider, IRequestContext, IAuditTrail, the Organisations and IpData modules.</summary>
    public static IServiceCollection AddMonitoring(this IServiceCollection services)
    {
        services.AddDbContext<MonitoringDbContext>((sp, o) => ModuleDb.Configure(o, sp.GetRequiredService<StorageOptions>(), MonitoringDbContext.Module));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IModuleDatabase, MonitoringDatabase>());
        AddIndicators(services);
        AddForms(services);
        AddTasks(services);
        return services;
    }

    /// <summary>Maps the monitoring endpoints under the host's prefix ("/api").</summary>
    public static IEndpointRouteBuilder MapMonitoringEndpoints(this IEndpointRouteBuilder endpoints)
    {
        MapIndicators(endpoints);
        MapForms(endpoints);
        MapTasks(endpoints);
        return endpoints;
    }

    static partial void AddIndicators(IServiceCollection services);

    static partial void AddForms(IServiceCollection services);

    static partial void AddTasks(IServiceCollection services);

    static partial void MapIndicators(IEndpointRouteBuilder endpoints);

    static partial void MapForms(IEndpointRouteBuilder endpoints);

    static partial void MapTasks(IEndpointRouteBuilder endpoints);
}

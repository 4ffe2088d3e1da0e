using IpCity.BuildingBlocks.Storage;
using IpCity.Reporting.Contracts;
using IpCity.Reporting.Data;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IpCity.Reporting;

public static class ReportingModule
{
    /// <summary>
    /// Registers reporting. Needs StorageOptions, TimeProvider, IRequestContext, IAuditTrail, the Organisations
    /// and Monitoring modules. Settings: Reports:FontPath, Reports:MapPath, Reports:MapAttribution.
    /// </summary>
    public static IServiceCollection AddReporting(this IServiceCollection services)
    {
        services.AddDbContext<ReportingDbContext>((sp, o) => ModuleDb.Configure(o, sp.GetRequiredService<StorageOptions>(), ReportingDbContext.Module));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IModuleDatabase, ReportingDatabase>());
        services.AddOptions<ReportOptions>().BindConfiguration("Reports");
        services.TryAddScoped<IReportTextBlocks, Annual.ReportTextBlocks>();
        services.TryAddScoped<IAnnualReport, Annual.AnnualReportService>();
        return services;
    }

    /// <summary>Maps /reports under the host's prefix ("/api").</summary>
    public static IEndpointRouteBuilder MapReportingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        Annual.ReportEndpoints.Map(endpoints);
        return endpoints;
    }
}

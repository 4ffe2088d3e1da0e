using IpCity.Protection.Contracts;
using IpCity.Protection.Overseas;
using IpCity.Protection.Registers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IpCity.Protection;

/// <summary>The overseas rights-aid database (issue 5 §7) and the resolution-body register (§3): services and endpoints.</summary>
public static partial class ProtectionModule
{
    static partial void AddOverseas(IServiceCollection services)
    {
        services.TryAddScoped<DistrictLookup>();
        services.TryAddScoped<ResolutionBodyRegister>();
        services.TryAddScoped<IResolutionBodies>(sp => sp.GetRequiredService<ResolutionBodyRegister>());
        services.TryAddScoped<OverseasDisputes>();
        services.TryAddScoped<OverseasLibrary>();
        services.TryAddScoped<OverseasRiskAlerts>();
        services.TryAddScoped<IOverseasQueries, OverseasQueries>();
    }

    static partial void MapOverseas(IEndpointRouteBuilder endpoints)
    {
        ResolutionBodyEndpoints.Map(endpoints);
        OverseasEndpoints.Map(endpoints);
    }
}

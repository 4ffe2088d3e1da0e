using IpCity.Services.Agencies;
using IpCity.Services.Contracts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IpCity.Services;

/// <summary>Agencies and practitioners (issue 6 §3): services, /api/services/agencies and /api/services/practitioners.</summary>
public static partial class ServicesModule
{
    static partial void AddAgencies(IServiceCollection services)
    {
        services.TryAddSingleton<PractitionerProtector>();
        services.TryAddScoped<IAgencyRegister, AgencyRegister>();
        services.TryAddScoped<IAgentWorkforceFacts, AgentWorkforceFacts>();
    }

    static partial void MapAgencies(IEndpointRouteBuilder endpoints) => AgencyEndpoints.Map(endpoints);
}

using IpCity.Services.Contracts;
using IpCity.Services.SelfService;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IpCity.Services;

/// <summary>Enterprise self-service (企业自助, issue 6 §5): /api/services/enterprise and the portal service.</summary>
public static partial class ServicesModule
{
    static partial void AddSelfService(IServiceCollection services)
    {
        services.AddOptions<SelfServiceOptions>().BindConfiguration("Services:SelfService");
        services.TryAddScoped<IEnterprisePortal, EnterprisePortal>();
        services.TryAddScoped<IServicesDemo, Agencies.ServicesDemo>();
    }

    static partial void MapSelfService(IEndpointRouteBuilder endpoints) => EnterpriseEndpoints.Map(endpoints);
}

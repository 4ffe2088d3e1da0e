using IpCity.Protection.Contracts;
using IpCity.Protection.Credit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IpCity.Protection;

/// <summary>Credit supervision (信用监管, issue 5 §5): services and /api/protection/credit.</summary>
public static partial class ProtectionModule
{
    static partial void AddCredit(IServiceCollection services)
    {
        services.TryAddSingleton<CreditSubjectProtector>();
        services.TryAddScoped<ICreditSupervision, CreditSupervision>();
        services.AddHostedService<CreditExpirySweep>();
    }

    static partial void MapCredit(IEndpointRouteBuilder endpoints) => CreditEndpoints.Map(endpoints);
}

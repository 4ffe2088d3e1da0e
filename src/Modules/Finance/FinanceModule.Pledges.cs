using IpCity.Finance.Contracts;
using IpCity.Finance.Pledges;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IpCity.Finance;

/// <summary>Pledge financing (质押融资, issue 6 §1): the register, its facts for the monitoring, /api/finance/pledges.</summary>
public static partial class FinanceModule
{
    static partial void AddPledges(IServiceCollection services)
    {
        services.TryAddScoped<IPledgeRegister, PledgeRegister>();
        services.TryAddScoped<IPledgeFacts, PledgeFacts>();
        services.TryAddScoped<IFinanceDemo, PledgeDemo>();
    }

    static partial void MapPledges(IEndpointRouteBuilder endpoints) => PledgeEndpoints.Map(endpoints);
}

using IpCity.Services.Brands;
using IpCity.Services.Contracts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IpCity.Services;

/// <summary>Brands (issue 6 §4): the Madrid portfolio of local holders and the city's GIs; /api/services/madrid and /api/services/gis.</summary>
public static partial class ServicesModule
{
    static partial void AddBrands(IServiceCollection services)
    {
        services.TryAddScoped<IMadridPortfolio, MadridPortfolio>();
        services.TryAddScoped<IGiRegister, GiRegister>();
    }

    static partial void MapBrands(IEndpointRouteBuilder endpoints) => BrandEndpoints.Map(endpoints);
}

using IpCity.BuildingBlocks.Storage;
using IpCity.Services.Data;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IpCity.Services;

/// <summary>
/// Public services (Outline 六): agencies and practitioners, Madrid and GI portfolios, the public-service catalogue, service outlets, online requests and enterprise self-service. Partial: each feature area (Agencies, Catalogue, Brands, SelfService) registers its services and maps its endpoints through the
/// hooks below, in its own file (ServicesModule.&lt;Area&gt;.cs).
/// </summary>
public static partial class ServicesModule
{
    /// <summary>Registers the module. Needs StorageOptions, TimeProvider, IRequestContext, IAuditTrail and the modules it references.</summary>
    public static IServiceCollection AddServices(this IServiceCollection services)
    {
        services.AddDbContext<ServicesDbContext>((sp, o) => ModuleDb.Configure(o, sp.GetRequiredService<StorageOptions>(), ServicesDbContext.Module));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IModuleDatabase, ServicesDatabase>());
        AddAgencies(services);
        AddCatalogue(services);
        AddBrands(services);
        AddSelfService(services);
        return services;
    }

    /// <summary>Maps the module's endpoints under the host's prefix ("/api").</summary>
    public static IEndpointRouteBuilder MapServicesEndpoints(this IEndpointRouteBuilder endpoints)
    {
        MapAgencies(endpoints);
        MapCatalogue(endpoints);
        MapBrands(endpoints);
        MapSelfService(endpoints);
        return endpoints;
    }

    /// <summary>patent and trademark agencies, practitioners (资格 / 执业 / 商标代理从业人员) and their supervision records.</summary>
    static partial void AddAgencies(IServiceCollection services);

    static partial void MapAgencies(IEndpointRouteBuilder endpoints);

    /// <summary>the public-service catalogue (公共服务事项清单, versioned), service outlets and online service requests with time limits.</summary>
    static partial void AddCatalogue(IServiceCollection services);

    static partial void MapCatalogue(IEndpointRouteBuilder endpoints);

    /// <summary>the Madrid portfolio of local holders and the city GI register with authorised users and use supervision.</summary>
    static partial void AddBrands(IServiceCollection services);

    static partial void MapBrands(IEndpointRouteBuilder endpoints);

    /// <summary>enterprise self-service: own patents, trademarks, renewals and annuities due, pledges, matches, requests, complaints and credit records.</summary>
    static partial void AddSelfService(IServiceCollection services);

    static partial void MapSelfService(IEndpointRouteBuilder endpoints);
}

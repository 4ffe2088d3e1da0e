using IpCity.BuildingBlocks.Storage;
using IpCity.Organisations.Contracts;
using IpCity.Organisations.Data;
using IpCity.Organisations.Profiles.LoadProfile;
using IpCity.Organisations.Units;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IpCity.Organisations;

public static class OrganisationsModule
{
    /// <summary>Registers the module. Needs <see cref="StorageOptions"/>, TimeProvider and an IAuditTrail from the host.</summary>
    public static IServiceCollection AddOrganisations(this IServiceCollection services)
    {
        services.AddDbContext<OrganisationsDbContext>((sp, o) => ModuleDb.Configure(o, sp.GetRequiredService<StorageOptions>(), OrganisationsDbContext.Module));
        services.TryAddScoped<IOrgUnitDirectory, OrgUnitDirectory>();
        services.TryAddScoped<ICityProfileLoader, CityProfileLoader>();
        services.TryAddSingleton<IAddressResolver, Addresses.AddressResolver>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IModuleDatabase, OrganisationsDatabase>());
        return services;
    }

    public static IEndpointRouteBuilder MapOrganisationsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        UnitEndpoints.Map(endpoints);
        return endpoints;
    }
}

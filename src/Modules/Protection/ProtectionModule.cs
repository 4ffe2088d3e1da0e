using IpCity.BuildingBlocks.Storage;
using IpCity.Protection.Data;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IpCity.Protection;

/// <summary>
/// The protection register. Partial: each feature area (cases, deadlines and the working-day calendar, credit
/// supervision, the overseas rights-aid database and the resolution registers) registers its services and maps
/// its endpoints through the hooks below, in its own file.
/// </summary>
public static partial class ProtectionModule
{
    /// <summary>Registers the protection register. Needs StorageOptions, TimeProvider, IRequestContext, IAuditTrail, the Organisations and IpData modules.</summary>
    public static IServiceCollection AddProtection(this IServiceCollection services)
    {
        services.AddDbContext<ProtectionDbContext>((sp, o) => ModuleDb.Configure(o, sp.GetRequiredService<StorageOptions>(), ProtectionDbContext.Module));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IModuleDatabase, ProtectionDatabase>());
        AddDeadlines(services);
        AddCases(services);
        AddCredit(services);
        AddOverseas(services);
        return services;
    }

    /// <summary>Maps the protection endpoints under the host's prefix ("/api").</summary>
    public static IEndpointRouteBuilder MapProtectionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        MapDeadlines(endpoints);
        MapCases(endpoints);
        MapCredit(endpoints);
        MapOverseas(endpoints);
        return endpoints;
    }

    static partial void AddDeadlines(IServiceCollection services);

    static partial void AddCases(IServiceCollection services);

    static partial void AddCredit(IServiceCollection services);

    static partial void AddOverseas(IServiceCollection services);

    static partial void MapDeadlines(IEndpointRouteBuilder endpoints);

    static partial void MapCases(IEndpointRouteBuilder endpoints);

    static partial void MapCredit(IEndpointRouteBuilder endpoints);

    static partial void MapOverseas(IEndpointRouteBuilder endpoints);
}

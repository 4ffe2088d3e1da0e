using IpCity.BuildingBlocks.Storage;
using IpCity.Finance.Data;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IpCity.Finance;

/// <summary>
/// Utilisation register (Outline 四): pledge financing reconciled with the IP data center, insurance, securitisation, the risk-compensation fund, transfers and licences, university patents offered for conversion and their matching to local firms. Partial: each feature area (Pledges, Products, Transfers) registers its services and maps its endpoints through the
/// hooks below, in its own file (FinanceModule.&lt;Area&gt;.cs).
/// </summary>
public static partial class FinanceModule
{
    /// <summary>Registers the module. Needs StorageOptions, TimeProvider, IRequestContext, IAuditTrail and the modules it references.</summary>
    public static IServiceCollection AddFinance(this IServiceCollection services)
    {
        services.AddDbContext<FinanceDbContext>((sp, o) => ModuleDb.Configure(o, sp.GetRequiredService<StorageOptions>(), FinanceDbContext.Module));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IModuleDatabase, FinanceDatabase>());
        AddPledges(services);
        AddProducts(services);
        AddTransfers(services);
        return services;
    }

    /// <summary>Maps the module's endpoints under the host's prefix ("/api").</summary>
    public static IEndpointRouteBuilder MapFinanceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        MapPledges(endpoints);
        MapProducts(endpoints);
        MapTransfers(endpoints);
        return endpoints;
    }

    /// <summary>pledge registrations and loans (质押融资): XLSX import, reconciliation with the pledge events of the IP data center, annual amounts by unit.</summary>
    static partial void AddPledges(IServiceCollection services);

    static partial void MapPledges(IEndpointRouteBuilder endpoints);

    /// <summary>insurance policies, securitisation deals and risk-compensation fund claims with their workflow.</summary>
    static partial void AddProducts(IServiceCollection services);

    static partial void MapProducts(IEndpointRouteBuilder endpoints);

    /// <summary>transfers and licences, conversion offers (开放许可, listings) and their explainable matching to local firms.</summary>
    static partial void AddTransfers(IServiceCollection services);

    static partial void MapTransfers(IEndpointRouteBuilder endpoints);
}

using IpCity.BuildingBlocks.Storage;
using IpCity.IpData.Contracts;
using IpCity.IpData.Data;
using IpCity.IpData.Importing.ImportPatents;
using IpCity.IpData.Patents;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IpCity.IpData;

public static class IpDataModule
{
    /// <summary>Registers the IP data center (settings: section "IpData", see IpDataOptions). Needs StorageOptions, TimeProvider, IRequestContext and IAuditTrail from the host.</summary>
    public static IServiceCollection AddIpData(this IServiceCollection services)
    {
        services.AddDbContext<IpDataDbContext>((sp, o) => ModuleDb.Configure(o, sp.GetRequiredService<StorageOptions>(), IpDataDbContext.Module));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IModuleDatabase, IpDataDatabase>());
        services.TryAddScoped<IPatentImporter, PatentImporter>();
        services.TryAddScoped<IPatentQueries, PatentQueries>();
        services.TryAddSingleton<Search.Index.PatentIndex>();
        services.TryAddSingleton<ISearchIndex>(sp => sp.GetRequiredService<Search.Index.PatentIndex>());
        services.AddHostedService<Search.Index.PatentIndexRefresher>();
        services.TryAddScoped<IPatentSearch, Search.PatentSearch>();
        services.TryAddSingleton<IPatentBenchmark, Benchmark.PatentBenchmark>();
        services.TryAddScoped<IThematicDatabases, Thematic.ThematicDatabases>();
        services.TryAddScoped<IDemoPatentGenerator, Demo.DemoPatentGenerator>();
        services.TryAddScoped<IRegisterImporter, Importing.ImportRegisters.RegisterImporter>();
        services.TryAddScoped<IRegisterQueries, Importing.ImportRegisters.RegisterQueries>();
        services.TryAddScoped<ITrademarkQueries, Trademarks.TrademarkQueries>();
        services.TryAddScoped<IHeldTrademarks, Trademarks.MadridPortfolio>();
        services.TryAddScoped<IReferenceData, Classification.ReferenceData>();
        services.TryAddScoped<IApplicantQueries, Applicants.ApplicantQueries>();
        services.AddOptions<IpDataOptions>().BindConfiguration("IpData")
            .Validate(o => o.ArchiveMaxTotalBytes > 0 && o.ArchiveMaxEntries > 0 && o.ArchiveMaxRatio >= 1, "IpData:ArchiveMaxTotalBytes and IpData:ArchiveMaxEntries must be positive and IpData:ArchiveMaxRatio at least 1")
            .Validate(o => o.UploadConcurrency > 0 && o.UploadWaitSeconds > 0, "IpData:UploadConcurrency and IpData:UploadWaitSeconds must be positive")
            .ValidateOnStart();
        services.TryAddSingleton<Importing.UploadGate>();
        services.TryAddScoped<IIndustryCatalogues, Industries.IndustryCatalogueService>();
        services.TryAddScoped<IConcordanceImporter, Industries.ConcordanceImporter>();
        services.TryAddScoped<Industries.IndustryCatalogs>();
        services.AddOptions<LegalStatusOptions>().Validate(
            o => o.InventionTermYears > 0 && o.UtilityModelTermYears > 0 && o.DesignTermYears > 0 && o.DesignTermYearsBefore > 0,
            "IpData:LegalStatus term years must be positive.");
        services.TryAddScoped<IPatentStatusQueries, Patents.Status.PatentStatusQueries>();
        services.TryAddScoped<IIndicatorFacts, Indicators.IndicatorFacts>();
        services.TryAddScoped<IIndicatorSqlReference, Indicators.IndicatorSqlReference>();
        services.TryAddScoped<IOverseasExposure, Overseas.OverseasExposure>();
        services.TryAddScoped<IUtilisationEvents, Utilisation.UtilisationEvents>();
        services.TryAddScoped<IOwnerPortfolio, Applicants.OwnerPortfolio>();
        services.TryAddScoped<IDemoTrademarkGenerator, Demo.DemoTrademarkGenerator>();
        services.TryAddScoped<IFirmProfiles, Utilisation.FirmProfiles>();
        return services;
    }

    /// <summary>Maps the /patents endpoints under the host's prefix ("/api").</summary>
    public static IEndpointRouteBuilder MapIpDataEndpoints(this IEndpointRouteBuilder endpoints)
    {
        PatentEndpoints.Map(endpoints);
        Patents.Status.PatentStatusEndpoints.Map(endpoints);
        UploadEndpoints.Map(endpoints);
        Search.SearchEndpoints.Map(endpoints);
        Importing.ImportRegisters.RegisterEndpoints.Map(endpoints);
        Trademarks.TrademarkEndpoints.Map(endpoints);
        Classification.ReferenceData.Map(endpoints);
        Applicants.ApplicantEndpoints.Map(endpoints);
        Thematic.ThematicEndpoints.Map(endpoints);
        Industries.IndustryEndpoints.Map(endpoints);
        return endpoints;
    }
}

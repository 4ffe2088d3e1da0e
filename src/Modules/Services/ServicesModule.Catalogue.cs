using System.Globalization;
using IpCity.BuildingBlocks.Crypto;
using IpCity.BuildingBlocks.Files;
using IpCity.Services.Catalogue;
using IpCity.Services.Contracts;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IpCity.Services;

/// <summary>The public-service catalogue, service outlets and online requests (issue 6 §5): services and /api/services/{catalogue,outlets,requests}.</summary>
public static partial class ServicesModule
{
    static partial void AddCatalogue(IServiceCollection services)
    {
        services.TryAddSingleton(sp =>
        {
            var config = sp.GetService<IConfiguration>();
            var defaults = new CatalogueSettings();
            return new CatalogueSettings
            {
                DueSoonDays = int.TryParse(config?["Services:Requests:DueSoonDays"], NumberStyles.None, CultureInfo.InvariantCulture, out var days) ? days : defaults.DueSoonDays,
                LoadStarterOnFirstUse = bool.TryParse(config?["Services:Catalogue:LoadStarterOnFirstUse"], out var load) ? load : defaults.LoadStarterOnFirstUse,
                StarterPath = config?["Services:Catalogue:StarterPath"] is { Length: > 0 } path ? path : defaults.StarterPath,
            };
        });
        services.TryAddSingleton<RequestFiles>();
        services.AddAttachmentCatalog<Data.ServicesDbContext, RequestFiles>(db => db.ServiceRequestAttachments.AsNoTracking().Select(a => new StoredFile(a.StoredName, a.Sha256)));
        services.TryAddScoped<CatalogueUnits>();
        services.TryAddScoped<ServiceCatalogue>();
        services.TryAddScoped<IServiceCatalogue>(sp => sp.GetRequiredService<ServiceCatalogue>());
        services.TryAddScoped<IServiceOutlets, ServiceOutlets>();
        services.TryAddScoped<IServiceRequests, ServiceRequests>();
        services.AddSealedFields<Data.ServicesDbContext>("services.requests", ["ContactNameCipher", "ContactPhoneCipher"],
            db => db.ServiceRequests.AsNoTracking().Select(r => new SealedRow(r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), new[] { r.ContactNameCipher, r.ContactPhoneCipher })));
    }

    static partial void MapCatalogue(IEndpointRouteBuilder endpoints) => CatalogueEndpoints.Map(endpoints);
}

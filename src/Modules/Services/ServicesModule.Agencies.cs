using IpCity.BuildingBlocks.Crypto;
using IpCity.Services.Agencies;
using IpCity.Services.Contracts;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IpCity.Services;

/// <summary>Agencies and practitioners (issue 6 §3): services, /api/services/agencies and /api/services/practitioners.</summary>
public static partial class ServicesModule
{
    static partial void AddAgencies(IServiceCollection services)
    {
        services.TryAddSingleton<PractitionerProtector>();
        services.AddSealedFields<Data.ServicesDbContext>("services.practitioners", ["NameCipher", "IdCipher", "AddressCipher"],
            db => db.Practitioners.AsNoTracking().Select(p => new SealedRow(p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), new[] { p.NameCipher, p.IdCipher, p.AddressCipher })));
        services.TryAddScoped<IAgencyRegister, AgencyRegister>();
        services.TryAddScoped<IAgentWorkforceFacts, AgentWorkforceFacts>();
    }

    static partial void MapAgencies(IEndpointRouteBuilder endpoints) => AgencyEndpoints.Map(endpoints);
}

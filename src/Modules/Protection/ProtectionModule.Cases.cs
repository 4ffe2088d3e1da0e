using IpCity.BuildingBlocks.Files;
using IpCity.Protection.Cases;
using IpCity.Protection.Contracts;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IpCity.Protection;

public static partial class ProtectionModule
{
    static partial void AddCases(IServiceCollection services)
    {
        services.TryAddScoped<CaseDeadlines>();
        services.TryAddSingleton<PartyProtector>();
        services.TryAddSingleton<CaseEvidenceStore>();
        services.AddAttachmentCatalog<Data.ProtectionDbContext, CaseEvidenceStore>(db => db.CaseAttachments.AsNoTracking().Select(a => new StoredFile(a.StoredName, a.Sha256)));
        services.TryAddScoped<CaseRegister>();
        services.TryAddScoped<ICaseRegister>(sp => sp.GetRequiredService<CaseRegister>());
        services.TryAddScoped<ITypicalCases, TypicalCases>();
        services.TryAddScoped<IProtectionDemo, ProtectionDemo>();
        services.TryAddScoped<ICaseNotices, CaseNotices>();
        services.TryAddScoped<ICaseStatistics, CaseStatistics>();
    }

    static partial void MapCases(IEndpointRouteBuilder endpoints) => CaseEndpoints.Map(endpoints);
}

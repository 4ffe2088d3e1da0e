using IpCity.BuildingBlocks.Crypto;
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
        services.AddSealedFields<Data.ProtectionDbContext>("protection.case-parties", ["NameCipher", "IdCipher", "ContactCipher", "AddressCipher"],
            db => db.CaseParties.AsNoTracking().Select(p => new SealedRow(p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), new[] { p.NameCipher, p.IdCipher, p.ContactCipher, p.AddressCipher })));
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

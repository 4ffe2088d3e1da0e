using IpCity.BuildingBlocks.Crypto;
using IpCity.Protection.Contracts;
using IpCity.Protection.Credit;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IpCity.Protection;

/// <summary>Credit supervision (信用监管, issue 5 §5): services and /api/protection/credit.</summary>
public static partial class ProtectionModule
{
    static partial void AddCredit(IServiceCollection services)
    {
        services.TryAddSingleton<CreditSubjectProtector>();
        services.AddSealedFields<Data.ProtectionDbContext>("protection.credit-records", ["SubjectNameCipher", "SubjectIdCipher"],
            db => db.CreditRecords.AsNoTracking().Select(r => new SealedRow(r.Id.ToString("D"), new[] { r.SubjectNameCipher, r.SubjectIdCipher })));
        services.TryAddScoped<ICreditSupervision, CreditSupervision>();
        services.AddHostedService<CreditExpirySweep>();
    }

    static partial void MapCredit(IEndpointRouteBuilder endpoints) => CreditEndpoints.Map(endpoints);
}

using IpCity.BuildingBlocks.Files;
using IpCity.Finance.Contracts;
using IpCity.Finance.Products;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IpCity.Finance;

/// <summary>Products (issue 6 §1): IP insurance, securitisation and the risk-compensation fund; /api/finance/insurance, /securitisations, /fund.</summary>
public static partial class FinanceModule
{
    static partial void AddProducts(IServiceCollection services)
    {
        services.TryAddScoped<ProductDistricts>();
        services.TryAddSingleton<FundEvidenceStore>();
        services.AddAttachmentCatalog<Data.FinanceDbContext, FundEvidenceStore>(db => db.FundClaimEvidence.AsNoTracking().Select(a => new StoredFile(a.StorageKey, a.Sha256)));
        services.TryAddScoped<IIpInsuranceRegister, IpInsuranceRegister>();
        services.TryAddScoped<ISecuritisationRegister, SecuritisationRegister>();
        services.TryAddScoped<IRiskCompensationFund, RiskCompensationFund>();
    }

    static partial void MapProducts(IEndpointRouteBuilder endpoints) => ProductEndpoints.Map(endpoints);
}

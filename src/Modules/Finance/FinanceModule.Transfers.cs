using IpCity.Finance.Contracts;
using IpCity.Finance.Transfers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IpCity.Finance;

/// <summary>Transfers and licences, conversion offers and their matching (issue 6 §2): services and /api/finance/transfers, /api/finance/offers.</summary>
public static partial class FinanceModule
{
    static partial void AddTransfers(IServiceCollection services)
    {
        services.AddOptions<TransferMatchingOptions>().BindConfiguration("Finance:Matching").Validate(
            o => o.IpcMainGroup >= 0 && o.IpcSubclass >= 0 && o.IpcClass >= 0 && o.Keyword >= 0 && o.Bigram >= 0 && o.KeywordCap >= 0 && o.Industry >= 0 && o.MaxMatches > 0 && o.MinScore >= 0,
            "Finance:Matching weights must not be negative and MaxMatches must be positive.");
        services.TryAddScoped<ITransferRegister, TransferRegister>();
        services.TryAddScoped<ConversionOffers>();
        services.TryAddScoped<IConversionOffers>(sp => sp.GetRequiredService<ConversionOffers>());
        services.TryAddScoped<ITransferMatches>(sp => sp.GetRequiredService<ConversionOffers>());
    }

    static partial void MapTransfers(IEndpointRouteBuilder endpoints) => TransferEndpoints.Map(endpoints);
}

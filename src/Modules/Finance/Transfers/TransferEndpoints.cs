using IpCity.BuildingBlocks.Security;
using IpCity.Finance.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IpCity.Finance.Transfers;

/// <summary>
/// /api/finance/transfers (the register: officers read within their scope, the city and district offices enter,
/// the city office syncs from the legal events) and /api/finance/offers (conversion offers with their matches;
/// enterprises see their own matches under /mine and their own offers under /own).
/// </summary>
internal static class TransferEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var t = api.MapGroup("/finance/transfers").WithTags("Finance");
        t.MapGet(string.Empty, async (HttpContext http, int? year, string? kind, string? district, bool? universityToFirm, string? source, int? page, int? pageSize, ITransferRegister register, CancellationToken ct) =>
            Results.Ok(await register.ListAsync(Actor.From(http.User), new TransferQuery(year, kind, district, universityToFirm, source, page ?? 1, pageSize ?? 50), ct)))
            .RequireAuthorization(Policies.Officer).WithName("ListTransfers").WithSummary("转让与许可登记 (年度、类型、区县、高校院所→本地企业)");
        api.MapGet("/finance/transfers.csv", async (HttpContext http, int? year, string? kind, string? district, bool? universityToFirm, string? source, ITransferRegister register, CancellationToken ct) =>
            File(await register.ExportAsync(Actor.From(http.User), new TransferQuery(year, kind, district, universityToFirm, source), "csv", ct)))
            .RequireAuthorization(Policies.Officer).WithName("ExportTransfersCsv").WithSummary("导出转让与许可 (CSV)");
        api.MapGet("/finance/transfers.xlsx", async (HttpContext http, int? year, string? kind, string? district, bool? universityToFirm, string? source, ITransferRegister register, CancellationToken ct) =>
            File(await register.ExportAsync(Actor.From(http.User), new TransferQuery(year, kind, district, universityToFirm, source), "xlsx", ct)))
            .RequireAuthorization(Policies.Officer).WithName("ExportTransfersXlsx").WithSummary("导出转让与许可 (XLSX)");
        t.MapGet("/statistics", async (HttpContext http, string? district, ITransferRegister register, CancellationToken ct) =>
            Results.Ok(await register.StatisticsAsync(Actor.From(http.User), district, ct)))
            .RequireAuthorization(Policies.Officer).WithName("TransferStatistics").WithSummary("年度统计: 按类型的件数与金额, 高校院所→本地企业件数");
        t.MapGet("/{id:long}", async (HttpContext http, long id, ITransferRegister register, CancellationToken ct) =>
            Results.Ok(await register.GetAsync(Actor.From(http.User), id, ct)))
            .RequireAuthorization(Policies.Officer).WithName("GetTransfer").WithSummary("转让/许可记录 (范围外 404)");
        t.MapPost(string.Empty, async (HttpContext http, RecordTransferRequest request, ITransferRegister register, CancellationToken ct) =>
            Results.Ok(await register.RecordAsync(Actor.From(http.User), request, ct)))
            .RequireAuthorization(Policies.Officer).WithName("RecordTransfer").WithSummary("登记转让/许可 (市局、区局)");
        t.MapPost("/sync", async (HttpContext http, ITransferRegister register, CancellationToken ct) =>
            Results.Ok(await register.SyncAsync(Actor.From(http.User), ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("SyncTransfers").WithSummary("从知识产权数据中心的法律事件同步 (幂等)");

        var o = api.MapGroup("/finance/offers").WithTags("Finance");
        o.MapGet(string.Empty, async (HttpContext http, string? state, string? mode, int? page, int? pageSize, IConversionOffers offers, CancellationToken ct) =>
            Results.Ok(await offers.ListAsync(Actor.From(http.User), new OfferQuery(state, mode, page ?? 1, pageSize ?? 50), ct)))
            .RequireAuthorization(Policies.Officer).WithName("ListConversionOffers").WithSummary("高校院所专利转化项目 (开放许可、挂牌)");
        api.MapGet("/finance/offers.csv", async (HttpContext http, string? state, string? mode, IConversionOffers offers, CancellationToken ct) =>
            File(await offers.ExportAsync(Actor.From(http.User), new OfferQuery(state, mode), "csv", ct)))
            .RequireAuthorization(Policies.Officer).WithName("ExportConversionOffersCsv").WithSummary("导出转化项目 (CSV)");
        api.MapGet("/finance/offers.xlsx", async (HttpContext http, string? state, string? mode, IConversionOffers offers, CancellationToken ct) =>
            File(await offers.ExportAsync(Actor.From(http.User), new OfferQuery(state, mode), "xlsx", ct)))
            .RequireAuthorization(Policies.Officer).WithName("ExportConversionOffersXlsx").WithSummary("导出转化项目 (XLSX)");
        o.MapPost(string.Empty, async (HttpContext http, CreateOfferRequest request, IConversionOffers offers, CancellationToken ct) =>
            Results.Ok(await offers.CreateAsync(Actor.From(http.User), request, ct)))
            .RequireAuthorization(Policies.Officer).WithName("CreateConversionOffer").WithSummary("登记转化项目并匹配本地企业 (市局、区局)");
        o.MapGet("/{id:long}", async (HttpContext http, long id, IConversionOffers offers, CancellationToken ct) =>
            Results.Ok(await offers.GetAsync(Actor.From(http.User), id, ct)))
            .RequireAuthorization(Policies.Officer).WithName("GetConversionOffer").WithSummary("转化项目: 匹配企业 (得分构成) 与意向");
        o.MapPost("/{id:long}/state", async (HttpContext http, long id, ChangeOfferStateRequest request, IConversionOffers offers, CancellationToken ct) =>
            Results.Ok(await offers.ChangeStateAsync(Actor.From(http.User), id, request, ct)))
            .RequireAuthorization(Policies.Officer).WithName("ChangeConversionOfferState").WithSummary("撤回或登记成交");
        o.MapPost("/{id:long}/match", async (HttpContext http, long id, IConversionOffers offers, CancellationToken ct) =>
            Results.Ok(await offers.MatchAsync(Actor.From(http.User), id, ct)))
            .RequireAuthorization(Policies.Officer).WithName("MatchConversionOffer").WithSummary("按当前权重重新匹配");
        o.MapGet("/{id:long}/matches.csv", async (HttpContext http, long id, IConversionOffers offers, CancellationToken ct) =>
            File(await offers.ExportMatchesAsync(Actor.From(http.User), id, "csv", ct)))
            .RequireAuthorization(Policies.Officer).WithName("ExportConversionOfferMatchesCsv").WithSummary("导出匹配企业 (CSV)");
        o.MapGet("/{id:long}/matches.xlsx", async (HttpContext http, long id, IConversionOffers offers, CancellationToken ct) =>
            File(await offers.ExportMatchesAsync(Actor.From(http.User), id, "xlsx", ct)))
            .RequireAuthorization(Policies.Officer).WithName("ExportConversionOfferMatchesXlsx").WithSummary("导出匹配企业 (XLSX)");
        o.MapGet("/interests", async (HttpContext http, long? offerId, IConversionOffers offers, CancellationToken ct) =>
            Results.Ok(await offers.ListInterestsAsync(Actor.From(http.User), offerId, ct)))
            .RequireAuthorization(Policies.Officer).WithName("ListConversionInterests").WithSummary("企业意向");
        api.MapGet("/finance/offers/interests.csv", async (HttpContext http, IConversionOffers offers, CancellationToken ct) =>
            File(await offers.ExportInterestsAsync(Actor.From(http.User), "csv", ct)))
            .RequireAuthorization(Policies.Officer).WithName("ExportConversionInterestsCsv").WithSummary("导出企业意向 (CSV)");
        api.MapGet("/finance/offers/interests.xlsx", async (HttpContext http, IConversionOffers offers, CancellationToken ct) =>
            File(await offers.ExportInterestsAsync(Actor.From(http.User), "xlsx", ct)))
            .RequireAuthorization(Policies.Officer).WithName("ExportConversionInterestsXlsx").WithSummary("导出企业意向 (XLSX)");
        o.MapGet("/weights", (IConversionOffers offers) => Results.Ok(offers.Weights))
            .RequireAuthorization(Policies.Officer).WithName("ConversionMatchingWeights").WithSummary("匹配权重 (配置 Finance:Matching)");

        o.MapGet("/mine", async (HttpContext http, IConversionOffers offers, CancellationToken ct) =>
            Results.Ok(await offers.MineAsync(Actor.From(http.User), ct)))
            .RequireAuthorization(Policies.Enterprise).WithName("ListOwnConversionMatches").WithSummary("本企业的匹配项目与意向, 以及本单位登记的项目");
        api.MapGet("/finance/offers/mine.csv", async (HttpContext http, IConversionOffers offers, CancellationToken ct) =>
            File(await offers.ExportMineAsync(Actor.From(http.User), "csv", ct)))
            .RequireAuthorization(Policies.Enterprise).WithName("ExportOwnConversionMatchesCsv").WithSummary("导出本企业的匹配项目 (CSV)");
        api.MapGet("/finance/offers/mine.xlsx", async (HttpContext http, IConversionOffers offers, CancellationToken ct) =>
            File(await offers.ExportMineAsync(Actor.From(http.User), "xlsx", ct)))
            .RequireAuthorization(Policies.Enterprise).WithName("ExportOwnConversionMatchesXlsx").WithSummary("导出本企业的匹配项目 (XLSX)");
        o.MapGet("/mine/{id:long}", async (HttpContext http, long id, IConversionOffers offers, CancellationToken ct) =>
            Results.Ok(await offers.GetMineAsync(Actor.From(http.User), id, ct)))
            .RequireAuthorization(Policies.Enterprise).WithName("GetOwnConversionMatch").WithSummary("本企业的一个匹配 (他企业的 404)");
        o.MapPost("/mine/{id:long}/interest", async (HttpContext http, long id, ExpressInterestRequest request, IConversionOffers offers, CancellationToken ct) =>
            Results.Ok(await offers.ExpressInterestAsync(Actor.From(http.User), id, request, ct)))
            .RequireAuthorization(Policies.Enterprise).WithName("ExpressConversionInterest").WithSummary("表达意向 (附说明)");
        o.MapPost("/own", async (HttpContext http, CreateOfferRequest request, IConversionOffers offers, CancellationToken ct) =>
            Results.Ok(await offers.CreateAsync(Actor.From(http.User), request, ct)))
            .RequireAuthorization(Policies.Enterprise).WithName("CreateOwnConversionOffer").WithSummary("权利人登记本单位专利的转化项目");
    }

    private static IResult File(ExportFile file) => Results.File(file.Content, file.ContentType, file.FileName);
}

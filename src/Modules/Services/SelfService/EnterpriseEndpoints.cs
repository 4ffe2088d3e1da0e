using System.Globalization;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Export;
using IpCity.BuildingBlocks.Security;
using IpCity.Services.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IpCity.Services.SelfService;

/// <summary>/api/services/enterprise: the signed-in firm's own overview, patents by id (404 for another firm's) and exports.</summary>
internal static class EnterpriseEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/services/enterprise").WithTags("Services").RequireAuthorization(Policies.Enterprise);
        g.MapGet("/overview", async (HttpContext http, IEnterprisePortal portal, CancellationToken ct) => Results.Ok(await portal.OverviewAsync(Actor.From(http.User), ct)))
            .WithName("EnterpriseOverview").WithSummary("本企业: 专利、商标、年费与续展、质押、转化匹配、案件、信用记录");
        g.MapGet("/patents/{id:long}", async (HttpContext http, long id, IEnterprisePortal portal, CancellationToken ct) => Results.Ok(await portal.PatentAsync(Actor.From(http.User), id, ct)))
            .WithName("EnterprisePatent").WithSummary("本企业的一件专利 (他人专利为 404)");
        g.MapGet("/patents.csv", async (HttpContext http, IEnterprisePortal portal, IAuditTrail audit, CancellationToken ct) =>
        {
            var actor = Actor.From(http.User);
            var patents = await portal.PatentsAsync(actor, ct);
            await audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "EnterprisePatents", actor.EnterpriseCode, "csv"), ct);
            return TableExport.Csv("my-patents.csv", ["申请号", "类型", "名称", "申请日", "授权日", "法律状态", "有效", "期限届满", "下次年费"],
                patents.Select(p => new[] { p.ApplicationNumber, p.Type, p.Title ?? string.Empty, D(p.ApplicationDate), D(p.GrantDate), p.Status, p.InForce ? "是" : "否", D(p.TermEnds), D(p.NextAnnuityDue) }).ToAsyncEnumerable());
        }).WithName("ExportEnterprisePatentsCsv").WithSummary("导出本企业专利 (CSV)");
        g.MapGet("/trademarks.csv", async (HttpContext http, IEnterprisePortal portal, IAuditTrail audit, CancellationToken ct) =>
        {
            var actor = Actor.From(http.User);
            var marks = await portal.TrademarksAsync(actor, ct);
            await audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "EnterpriseTrademarks", actor.EnterpriseCode, "csv"), ct);
            return TableExport.Csv("my-trademarks.csv", ["注册号", "商标", "类别", "状态", "专用期限至", "国际注册号", "指定国家", "有效"],
                marks.Select(t => new[] { t.RegistrationNumber, t.MarkText ?? string.Empty, t.NiceClasses ?? string.Empty, t.Status ?? string.Empty, D(t.ExclusiveTo), t.MadridIrNumber ?? string.Empty, t.Designations ?? string.Empty, t.InForce ? "是" : "否" }).ToAsyncEnumerable());
        }).WithName("ExportEnterpriseTrademarksCsv").WithSummary("导出本企业商标 (CSV)");
        g.MapGet("/renewals.csv", async (HttpContext http, IEnterprisePortal portal, CancellationToken ct) =>
            TableExport.Csv("my-renewals.csv", ["事项", "号码", "名称", "截止日", "剩余天数", "状态"],
                (await portal.RenewalsAsync(Actor.From(http.User), ct)).Select(r => new[] { r.Kind, r.Number, r.Title ?? string.Empty, D(r.Due), r.DaysLeft.ToString(CultureInfo.InvariantCulture), r.State }).ToAsyncEnumerable()))
            .WithName("ExportEnterpriseRenewalsCsv").WithSummary("导出年费与续展到期 (CSV)");
    }

    private static string D(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}

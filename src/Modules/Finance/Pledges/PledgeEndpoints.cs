using System.Globalization;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Export;
using IpCity.BuildingBlocks.Files;
using IpCity.BuildingBlocks.Security;
using IpCity.BuildingBlocks.Storage;
using IpCity.Finance.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IpCity.Finance.Pledges;

/// <summary>
/// /api/finance/pledges: the city office imports registration lists and reconciles them with the data center's
/// pledge events; officers read (district officers their unit's), an enterprise its own loans; statistics by unit
/// and year with the 普惠 band; /api/finance/parameters for the per-year parameters.
/// </summary>
internal static class PledgeEndpoints
{
    public const long MaxUpload = 20L * 1024 * 1024;

    public static readonly string[] Headers =
    [
        "融资编号", "主合同编号", "出质人", "出质人统一社会信用代码", "质权人", "质权人为银行", "被担保主债权数额(万元)", "首次登记日", "质押期限起", "质押期限止", "注销日", "普惠(低于当年上限)",
        "区县", "功能区", "登记数", "专利数", "商标数", "著作权数", "仅见于法律事件", "说明",
    ];

    public static void Map(IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/finance").WithTags("Finance");
        g.MapPost("/pledges/import", ImportAsync).RequireAuthorization(Policies.CityOfficer).WithName("ImportPledges").WithSummary("导入质押登记表 (.xlsx, 幂等) 并与数据中心的质押事件核对");
        g.MapPost("/pledges/reconcile", async (HttpContext http, IPledgeRegister pledges, CancellationToken ct) => Results.Ok(await pledges.ReconcileAsync(Actor.From(http.User), ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("ReconcilePledges").WithSummary("与数据中心的质押/解押事件重新核对");
        g.MapGet("/pledges", async (HttpContext http, int? year, string? unit, string? q, bool? inclusive, bool? eventOnly, int? page, int? pageSize, IPledgeRegister pledges, CancellationToken ct) =>
            Results.Ok(await pledges.ListAsync(Actor.From(http.User), new PledgeQuery(year, unit, q, inclusive, eventOnly, page ?? 1, pageSize ?? 50), ct)))
            .RequireAuthorization(Policies.BusinessReader).WithName("ListPledgeLoans").WithSummary("质押融资 (按笔融资计, 一笔融资多项质押只计一次)");
        g.MapGet("/pledges.csv", async (HttpContext http, int? year, string? unit, string? q, bool? inclusive, bool? eventOnly, IPledgeRegister pledges, IAuditTrail audit, CancellationToken ct) =>
        {
            await audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "PledgeLoans", null, $"csv year={year} unit={unit}"), ct);
            return TableExport.Csv("pledge-loans.csv", Headers, Rows(pledges.ExportAsync(Actor.From(http.User), new PledgeQuery(year, unit, q, inclusive, eventOnly), ct)));
        }).RequireAuthorization(Policies.BusinessReader).WithName("ExportPledgeLoansCsv").WithSummary("导出质押融资 (CSV, 不设上限)");
        g.MapGet("/pledges.xlsx", async (HttpContext http, int? year, string? unit, string? q, bool? inclusive, bool? eventOnly, IPledgeRegister pledges, IAuditTrail audit, CancellationToken ct) =>
        {
            await audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "PledgeLoans", null, $"xlsx year={year} unit={unit}"), ct);
            return await TableExport.XlsxAsync("pledge-loans.xlsx", "质押融资", Headers, Rows(pledges.ExportAsync(Actor.From(http.User), new PledgeQuery(year, unit, q, inclusive, eventOnly), ct)), ct);
        }).RequireAuthorization(Policies.BusinessReader).WithName("ExportPledgeLoansXlsx").WithSummary("导出质押融资 (XLSX, 不设上限)");
        g.MapGet("/pledges/{id:long}", async (HttpContext http, long id, IPledgeRegister pledges, CancellationToken ct) => Results.Ok(await pledges.GetAsync(Actor.From(http.User), id, ct)))
            .RequireAuthorization(Policies.BusinessReader).WithName("GetPledgeLoan").WithSummary("一笔融资及其质押登记、质押物、核对方式");
        g.MapGet("/pledges/statistics/{year:int}", async (HttpContext http, int year, IPledgeRegister pledges, CancellationToken ct) => Results.Ok(await pledges.StatisticsAsync(Actor.From(http.User), year, ct)))
            .RequireAuthorization(Policies.Officer).WithName("PledgeStatistics").WithSummary("年度质押融资登记金额 (按地区; 普惠部分按当年上限)");
        g.MapGet("/pledges/statistics/{year:int}.csv", async (HttpContext http, int year, IPledgeRegister pledges, CancellationToken ct) =>
        {
            var stats = await pledges.StatisticsAsync(Actor.From(http.User), year, ct);
            return TableExport.Csv($"pledge-statistics-{year}.csv", ["地区代码", "地区", "融资笔数", "登记金额(万元)", "普惠笔数", "普惠金额(万元)", "银行笔数", "含专利", "含商标", "金额未知"],
                stats.Rows.Select(r => new[]
                {
                    r.UnitCode, r.UnitName, N(r.Loans), M(r.AmountWan), N(r.InclusiveLoans), M(r.InclusiveAmountWan), N(r.BankLoans), N(r.LoansWithPatents), N(r.LoansWithTrademarks), N(r.UnknownAmountLoans),
                }).ToAsyncEnumerable());
        }).RequireAuthorization(Policies.Officer).WithName("PledgeStatisticsCsv").WithSummary("导出年度质押融资统计 (CSV)");
        g.MapGet("/parameters", async (IPledgeRegister pledges, CancellationToken ct) => Results.Ok(await pledges.ParametersAsync(ct)))
            .RequireAuthorization(Policies.Officer).WithName("ListFinanceParameters").WithSummary("融资参数 (按年度生效) 及其核实状态");
        g.MapPut("/parameters/{name}", async (HttpContext http, string name, SetFinanceParameterRequest request, IPledgeRegister pledges, CancellationToken ct) =>
            Results.Ok(await pledges.SetParameterAsync(Actor.From(http.User), name, request, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("SetFinanceParameter").WithSummary("修改融资参数 (市局, 审计)");
    }

    public static async IAsyncEnumerable<string[]> Rows(IAsyncEnumerable<PledgeLoanDto> loans)
    {
        await foreach (var l in loans)
        {
            yield return
            [
                N(l.Id), l.ContractNumber ?? string.Empty, l.Pledgor, l.PledgorCreditCode ?? string.Empty, l.Pledgee ?? string.Empty, l.PledgeeIsBank ? "是" : "否",
                l.AmountWan is { } a ? M(a) : string.Empty, D(l.RegisteredOn), D(l.TermFrom), D(l.TermTo), D(l.CancelledOn), l.Inclusive ? "是" : "否", l.CountyCode ?? string.Empty, l.ZoneCode ?? string.Empty,
                N(l.Registrations), N(l.Patents), N(l.Trademarks), N(l.Copyrights), l.EventOnly ? "是" : "否", l.Notes ?? string.Empty,
            ];
        }
    }

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static string M(decimal m) => m.ToString("0.####", CultureInfo.InvariantCulture);

    private static string D(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    private static async Task<IResult> ImportAsync(HttpContext http, IPledgeRegister pledges, StorageOptions storage, CancellationToken ct)
    {
        static IpCityException TooLarge() => new("PLEDGE_FILE_TOO_LARGE", "质押登记文件超过上限 20 MB。", 413);
        var file = await Uploads.ReadOneFileAsync(http, MaxUpload, TooLarge, "PLEDGE_NO_FILE", ct);
        var name = Path.GetFileName(file.FileName);
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200 || !name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            throw new IpCityException("PLEDGE_FILE_TYPE", "质押登记文件须为 .xlsx。", 400, new Dictionary<string, object?> { ["fileName"] = file.FileName });
        }

        var folder = Path.Combine(storage.DataDirectory, "uploads", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, "pledges.xlsx");
            await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await file.CopyToAsync(target, ct);
            }

            var strict = http.Request.Form["strict"].ToString() is "true" or "on";
            return Results.Ok(await pledges.ImportAsync(Actor.From(http.User), path, name, strict, null, ct));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

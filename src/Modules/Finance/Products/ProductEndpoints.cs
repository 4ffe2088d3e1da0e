using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Files;
using IpCity.BuildingBlocks.Security;
using IpCity.Finance.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IpCity.Finance.Products;

/// <summary>
/// /api/finance/insurance, /api/finance/securitisations and /api/finance/fund. Officers read (district officers
/// their district's policies and claims); city and district officers enter policies and claims; the city office
/// maintains the insurance kinds, the securitisation deals and the fund parameters, decides and pays claims; the
/// district review is the pledgor's district officer's.
/// </summary>
internal static class ProductEndpoints
{
    private const long MaxImportBytes = 10L * 1024 * 1024;

    public static void Map(IEndpointRouteBuilder api)
    {
        MapInsurance(api.MapGroup("/finance/insurance").WithTags("Finance"));
        MapSecuritisations(api.MapGroup("/finance/securitisations").WithTags("Finance"));
        MapFund(api.MapGroup("/finance/fund").WithTags("Finance"));
    }

    private static void MapInsurance(RouteGroupBuilder g)
    {
        g.MapGet(string.Empty, async ([AsParameters] InsuranceFilter f, HttpContext http, IIpInsuranceRegister register, CancellationToken ct) =>
            Results.Ok(await register.ListAsync(Actor.From(http.User), f.Query(), ct)))
            .RequireAuthorization(Policies.Officer).WithName("ListInsurancePolicies").WithSummary("知识产权保险保单 (按险种/区县/年度/保险公司/未匹配号码筛选; 区县只见本区县)");
        g.MapGet("/export.csv", async ([AsParameters] InsuranceFilter f, HttpContext http, IIpInsuranceRegister register, CancellationToken ct) =>
            Csv(await register.ExportAsync(Actor.From(http.User), f.Query(), ct), "insurance-policies.csv"))
            .RequireAuthorization(Policies.Officer).WithName("ExportInsurancePoliciesCsv").WithSummary("导出保单 (CSV)");
        g.MapGet("/export.xlsx", async ([AsParameters] InsuranceFilter f, HttpContext http, IIpInsuranceRegister register, CancellationToken ct) =>
            await XlsxAsync(await register.ExportAsync(Actor.From(http.User), f.Query(), ct), "insurance-policies.xlsx", ct))
            .RequireAuthorization(Policies.Officer).WithName("ExportInsurancePoliciesXlsx").WithSummary("导出保单 (XLSX)");
        g.MapGet("/{id:long}", async (long id, HttpContext http, IIpInsuranceRegister register, CancellationToken ct) =>
            Results.Ok(await register.GetAsync(Actor.From(http.User), id, ct)))
            .RequireAuthorization(Policies.Officer).WithName("GetInsurancePolicy").WithSummary("保单详情 (含承保的专利/商标及匹配结果)");
        g.MapPost(string.Empty, async (InsurancePolicyRequest request, HttpContext http, IIpInsuranceRegister register, CancellationToken ct) =>
            Results.Ok(await register.CreateAsync(Actor.From(http.User), request, ct)))
            .RequireAuthorization(Policies.DataImporter).WithName("CreateInsurancePolicy").WithSummary("登记保单 (保险公司+保单号唯一; 信用代码校验; 区县人员仅本区县)");
        g.MapPut("/{id:long}", async (long id, InsurancePolicyRequest request, HttpContext http, IIpInsuranceRegister register, CancellationToken ct) =>
            Results.Ok(await register.UpdateAsync(Actor.From(http.User), id, request, ct)))
            .RequireAuthorization(Policies.DataImporter).WithName("UpdateInsurancePolicy").WithSummary("修改保单");
        g.MapPost("/import", async (HttpContext http, IIpInsuranceRegister register, CancellationToken ct) =>
        {
            var file = await Uploads.ReadOneFileAsync(http, MaxImportBytes, () => new IpCityException("FINANCE_IMPORT_TOO_LARGE", "文件超过上限 10 MB。", 413), "FINANCE_IMPORT_NO_FILE", ct);
            await using var stream = file.OpenReadStream();
            return Results.Ok(await register.ImportAsync(Actor.From(http.User), stream, file.FileName, ct));
        }).RequireAuthorization(Policies.DataImporter).DisableRequestTimeout().WithName("ImportInsurancePolicies")
            .WithSummary("导入保单清单 (multipart: file .xlsx ≤ 10 MB); 按保险公司+保单号与内容哈希新增/更新/不变, 错误行逐行报告");
        g.MapGet("/statistics", async (int? year, HttpContext http, IIpInsuranceRegister register, CancellationToken ct) =>
            Results.Ok(await register.StatisticsAsync(Actor.From(http.User), year, ct)))
            .RequireAuthorization(Policies.Officer).WithName("InsuranceStatistics").WithSummary("年度统计: 保单数、保险金额、保费、保费补贴 (按险种、区县、年度)");
        g.MapGet("/statistics.csv", async (int? year, HttpContext http, IIpInsuranceRegister register, CancellationToken ct) =>
            Csv(await register.ExportStatisticsAsync(Actor.From(http.User), year, ct), "insurance-statistics.csv"))
            .RequireAuthorization(Policies.Officer).WithName("ExportInsuranceStatisticsCsv");
        g.MapGet("/statistics.xlsx", async (int? year, HttpContext http, IIpInsuranceRegister register, CancellationToken ct) =>
            await XlsxAsync(await register.ExportStatisticsAsync(Actor.From(http.User), year, ct), "insurance-statistics.xlsx", ct))
            .RequireAuthorization(Policies.Officer).WithName("ExportInsuranceStatisticsXlsx");
        g.MapGet("/kinds", async (IIpInsuranceRegister register, CancellationToken ct) => Results.Ok(await register.ListKindsAsync(ct)))
            .RequireAuthorization(Policies.Officer).WithName("ListInsuranceKinds").WithSummary("险种目录");
        g.MapPut("/kinds/{code}", async (string code, SetInsuranceKindRequest request, HttpContext http, IIpInsuranceRegister register, CancellationToken ct) =>
            Results.Ok(await register.SetKindAsync(Actor.From(http.User), code, request, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("SetInsuranceKind").WithSummary("新增或修改险种 (市局)");
    }

    private static void MapSecuritisations(RouteGroupBuilder g)
    {
        g.MapGet(string.Empty, async ([AsParameters] SecuritisationFilter f, HttpContext http, ISecuritisationRegister register, CancellationToken ct) =>
            Results.Ok(await register.ListAsync(Actor.From(http.User), f.Query(), ct)))
            .RequireAuthorization(Policies.Officer).WithName("ListSecuritisations").WithSummary("知识产权证券化产品");
        g.MapGet("/export.csv", async ([AsParameters] SecuritisationFilter f, HttpContext http, ISecuritisationRegister register, CancellationToken ct) =>
            Csv(await register.ExportAsync(Actor.From(http.User), f.Query(), ct), "securitisations.csv"))
            .RequireAuthorization(Policies.Officer).WithName("ExportSecuritisationsCsv");
        g.MapGet("/export.xlsx", async ([AsParameters] SecuritisationFilter f, HttpContext http, ISecuritisationRegister register, CancellationToken ct) =>
            await XlsxAsync(await register.ExportAsync(Actor.From(http.User), f.Query(), ct), "securitisations.xlsx", ct))
            .RequireAuthorization(Policies.Officer).WithName("ExportSecuritisationsXlsx");
        g.MapGet("/{id:long}", async (long id, HttpContext http, ISecuritisationRegister register, CancellationToken ct) =>
            Results.Ok(await register.GetAsync(Actor.From(http.User), id, ct)))
            .RequireAuthorization(Policies.Officer).WithName("GetSecuritisation");
        g.MapPost(string.Empty, async (SecuritisationRequest request, HttpContext http, ISecuritisationRegister register, CancellationToken ct) =>
            Results.Ok(await register.CreateAsync(Actor.From(http.User), request, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("CreateSecuritisation").WithSummary("登记证券化产品及参与的本地企业 (市局)");
        g.MapPut("/{id:long}", async (long id, SecuritisationRequest request, HttpContext http, ISecuritisationRegister register, CancellationToken ct) =>
            Results.Ok(await register.UpdateAsync(Actor.From(http.User), id, request, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("UpdateSecuritisation");
        g.MapGet("/statistics", async (HttpContext http, ISecuritisationRegister register, CancellationToken ct) =>
            Results.Ok(await register.StatisticsAsync(Actor.From(http.User), ct)))
            .RequireAuthorization(Policies.Officer).WithName("SecuritisationStatistics").WithSummary("按发行年度: 产品数、规模、底层知识产权、本地企业");
        g.MapGet("/statistics.csv", async (HttpContext http, ISecuritisationRegister register, CancellationToken ct) =>
            Csv(await register.ExportStatisticsAsync(Actor.From(http.User), ct), "securitisation-statistics.csv"))
            .RequireAuthorization(Policies.Officer).WithName("ExportSecuritisationStatisticsCsv");
        g.MapGet("/statistics.xlsx", async (HttpContext http, ISecuritisationRegister register, CancellationToken ct) =>
            await XlsxAsync(await register.ExportStatisticsAsync(Actor.From(http.User), ct), "securitisation-statistics.xlsx", ct))
            .RequireAuthorization(Policies.Officer).WithName("ExportSecuritisationStatisticsXlsx");
    }

    private static void MapFund(RouteGroupBuilder g)
    {
        g.MapGet("/claims", async ([AsParameters] FundFilter f, HttpContext http, IRiskCompensationFund fund, CancellationToken ct) =>
            Results.Ok(await fund.ListAsync(Actor.From(http.User), f.Query(), ct)))
            .RequireAuthorization(Policies.Officer).WithName("ListFundClaims").WithSummary("风险补偿申请 (区县只见本区县)");
        g.MapGet("/claims/export.csv", async ([AsParameters] FundFilter f, HttpContext http, IRiskCompensationFund fund, CancellationToken ct) =>
            Csv(await fund.ExportAsync(Actor.From(http.User), f.Query(), ct), "fund-claims.csv"))
            .RequireAuthorization(Policies.Officer).WithName("ExportFundClaimsCsv");
        g.MapGet("/claims/export.xlsx", async ([AsParameters] FundFilter f, HttpContext http, IRiskCompensationFund fund, CancellationToken ct) =>
            await XlsxAsync(await fund.ExportAsync(Actor.From(http.User), f.Query(), ct), "fund-claims.xlsx", ct))
            .RequireAuthorization(Policies.Officer).WithName("ExportFundClaimsXlsx");
        g.MapPost("/claims", async (FileFundClaimRequest request, HttpContext http, IRiskCompensationFund fund, CancellationToken ct) =>
            Results.Ok(await fund.FileAsync(Actor.From(http.User), request, ct)))
            .RequireAuthorization(Policies.DataImporter).WithName("FileFundClaim").WithSummary("登记银行的补偿申请 (违约的知识产权质押贷款)");
        g.MapGet("/claims/{id:guid}", async (Guid id, HttpContext http, IRiskCompensationFund fund, CancellationToken ct) =>
            Results.Ok(await fund.GetAsync(Actor.From(http.User), id, ct)))
            .RequireAuthorization(Policies.Officer).WithName("GetFundClaim").WithSummary("申请详情: 参数、应补偿金额、证据、流转记录");
        g.MapPost("/claims/{id:guid}/evidence", async (Guid id, HttpContext http, IRiskCompensationFund fund, FundEvidenceStore evidence, CancellationToken ct) =>
        {
            var file = await evidence.ReadOneFileAsync(http, ct);
            await using var stream = file.OpenReadStream();
            return Results.Ok(await fund.AttachAsync(Actor.From(http.User), id, file.FileName, stream, ct));
        }).RequireAuthorization(Policies.DataImporter).DisableRequestTimeout().WithName("AddFundClaimEvidence")
            .WithSummary($"上传证据 (multipart: file; {EvidenceFiles.AllowedList}; 记录 SHA-256)");
        g.MapGet("/claims/{id:guid}/evidence/{evidenceId:long}", async (Guid id, long evidenceId, HttpContext http, IRiskCompensationFund fund, CancellationToken ct) =>
        {
            var (e, content) = await fund.OpenEvidenceAsync(Actor.From(http.User), id, evidenceId, ct);
            return Results.File(content, "application/octet-stream", e.FileName);
        }).RequireAuthorization(Policies.Officer).WithName("DownloadFundClaimEvidence");
        g.MapPost("/claims/{id:guid}/review", async (Guid id, FundClaimReviewRequest request, HttpContext http, IRiskCompensationFund fund, CancellationToken ct) =>
            Results.Ok(await fund.ReviewAsync(Actor.From(http.User), id, request, ct)))
            .RequireAuthorization(p => p.RequireRole(Roles.DistrictOfficer)).WithName("ReviewFundClaim").WithSummary("区县审核 (企业所在区县)");
        g.MapPost("/claims/{id:guid}/decision", async (Guid id, FundClaimDecisionRequest request, HttpContext http, IRiskCompensationFund fund, CancellationToken ct) =>
            Results.Ok(await fund.DecideAsync(Actor.From(http.User), id, request, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("DecideFundClaim").WithSummary("市局审批 (不得为区县审核人, 双人复核)");
        g.MapPost("/claims/{id:guid}/payment", async (Guid id, FundClaimPaymentRequest request, HttpContext http, IRiskCompensationFund fund, CancellationToken ct) =>
            Results.Ok(await fund.PayAsync(Actor.From(http.User), id, request, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("PayFundClaim").WithSummary("登记支付 (日期、金额)");
        g.MapGet("/parameters", async (IRiskCompensationFund fund, CancellationToken ct) => Results.Ok(await fund.ListParametersAsync(ct)))
            .RequireAuthorization(Policies.Officer).WithName("ListFundParameters").WithSummary("补偿比例与单笔上限 (按年度, 含核实状态)");
        g.MapPut("/parameters/{year:int}", async (int year, SetFundParameterRequest request, HttpContext http, IRiskCompensationFund fund, CancellationToken ct) =>
            Results.Ok(await fund.SetParameterAsync(Actor.From(http.User), year, request, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("SetFundParameter").WithSummary("设置年度补偿比例与单笔上限 (市局, 审计)");
        g.MapGet("/position", async (HttpContext http, IRiskCompensationFund fund, CancellationToken ct) => Results.Ok(await fund.PositionAsync(Actor.From(http.User), ct)))
            .RequireAuthorization(Policies.Officer).WithName("FundPosition").WithSummary("资金池年度情况: 受理、批准、支付");
        g.MapGet("/position.csv", async (HttpContext http, IRiskCompensationFund fund, CancellationToken ct) =>
            Csv(await fund.ExportPositionAsync(Actor.From(http.User), ct), "fund-position.csv"))
            .RequireAuthorization(Policies.Officer).WithName("ExportFundPositionCsv");
        g.MapGet("/position.xlsx", async (HttpContext http, IRiskCompensationFund fund, CancellationToken ct) =>
            await XlsxAsync(await fund.ExportPositionAsync(Actor.From(http.User), ct), "fund-position.xlsx", ct))
            .RequireAuthorization(Policies.Officer).WithName("ExportFundPositionXlsx");
    }

    private static IResult Csv(ExportTable table, string fileName) => Results.File(ProductExport.Csv(table), "text/csv; charset=utf-8", fileName);

    private static async Task<IResult> XlsxAsync(ExportTable table, string fileName, CancellationToken ct) =>
        Results.File(await ProductExport.XlsxAsync(table, ct), ProductExport.XlsxType, fileName);

    // Query-string filters bound with [AsParameters] through settable properties: the build-time request delegates
    // (ADR 0016) cannot yet bind a constructor with nullable reference parameters (dotnet/aspnetcore#58953).
    internal sealed record InsuranceFilter
    {
        public string? Kind { get; init; }

        public string? District { get; init; }

        public int? Year { get; init; }

        public string? Insurer { get; init; }

        public string? Q { get; init; }

        public bool? Flagged { get; init; }

        public int? Page { get; init; }

        public int? PageSize { get; init; }

        public InsurancePolicyQuery Query() => new(Kind, District, Year, Insurer, Q, Flagged, Page ?? 1, PageSize ?? 50);
    }

    internal sealed record SecuritisationFilter
    {
        public int? Year { get; init; }

        public string? Exchange { get; init; }

        public string? District { get; init; }

        public string? Q { get; init; }

        public int? Page { get; init; }

        public int? PageSize { get; init; }

        public SecuritisationQuery Query() => new(Year, Exchange, District, Q, Page ?? 1, PageSize ?? 50);
    }

    internal sealed record FundFilter
    {
        public string? State { get; init; }

        public string? District { get; init; }

        public int? Year { get; init; }

        public string? Lender { get; init; }

        public int? Page { get; init; }

        public int? PageSize { get; init; }

        public FundClaimQuery Query() => new(State, District, Year, Lender, Page ?? 1, PageSize ?? 50);
    }
}

using System.Text;
using IpCity.BuildingBlocks.Security;
using IpCity.Protection.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IpCity.Protection.Credit;

/// <summary>
/// /api/protection/credit: officers manage records (district officers their unit's, department officers read),
/// the city office approves, reviews and edits parameters, the catalogue and the impact assessments; an
/// enterprise sees, repairs and contests its own records under /mine; anyone reads the published list.
/// </summary>
internal static class CreditEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/protection/credit").WithTags("Protection");

        g.MapGet("/records", async (HttpContext http, string? kind, string? state, string? unit, int? page, int? pageSize, ICreditSupervision credit, CancellationToken ct) =>
            Results.Ok(await credit.ListAsync(ProtectionActor.From(http.User), new CreditRecordQuery(kind, state, unit, page ?? 1, pageSize ?? 50), ct)))
            .RequireAuthorization(Policies.Officer).WithName("ListCreditRecords").WithSummary("信用记录 (状态按当日计算: 期满即为已届满)");
        g.MapGet("/records.csv", async (HttpContext http, string? kind, string? state, string? unit, ICreditSupervision credit, CancellationToken ct) =>
            Csv(await credit.ExportCsvAsync(ProtectionActor.From(http.User), new CreditRecordQuery(kind, state, unit), ct), "credit-records.csv"))
            .RequireAuthorization(Policies.Officer).WithName("ExportCreditRecordsCsv").WithSummary("导出信用记录 (CSV, 脱敏)");
        g.MapPost("/records", async (HttpContext http, ProposeCreditRecordRequest request, ICreditSupervision credit, CancellationToken ct) =>
            Results.Ok(await credit.ProposeAsync(ProtectionActor.From(http.User), request, ct)))
            .RequireAuthorization(Policies.Officer).WithName("ProposeCreditRecord").WithSummary("登记失信记录 (提请列入; 市局或区局)");
        g.MapGet("/records/{id:guid}", async (HttpContext http, Guid id, ICreditSupervision credit, CancellationToken ct) =>
            Results.Ok(await credit.GetAsync(ProtectionActor.From(http.User), id, ct)))
            .RequireAuthorization(Policies.Officer).WithName("GetCreditRecord").WithSummary("信用记录详情: 措施、全部流转记录、修复申请、异议");
        g.MapPost("/records/{id:guid}/decision", async (HttpContext http, Guid id, CreditDecisionRequest request, ICreditSupervision credit, CancellationToken ct) =>
            Results.Ok(await credit.DecideAsync(ProtectionActor.From(http.User), id, request, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("DecideCreditListing").WithSummary("列入决定 (市局审批, 不得为提出人)");
        g.MapPost("/records/{id:guid}/notice", async (HttpContext http, Guid id, CreditNoticeRequest request, ICreditSupervision credit, CancellationToken ct) =>
            Results.Ok(await credit.RecordNoticeAsync(ProtectionActor.From(http.User), id, request, ct)))
            .RequireAuthorization(Policies.Officer).WithName("RecordCreditNotice").WithSummary("登记对主体的告知 (日期、方式、文号)");
        g.MapPut("/records/{id:guid}/measures", async (HttpContext http, Guid id, SetCreditMeasuresRequest request, ICreditSupervision credit, CancellationToken ct) =>
            Results.Ok(await credit.SetMeasuresAsync(ProtectionActor.From(http.User), id, request, ct)))
            .RequireAuthorization(Policies.Officer).WithName("SetCreditMeasures").WithSummary("设置管理措施与联合惩戒部门");
        g.MapPost("/records/{id:guid}/new-acts", async (HttpContext http, Guid id, CreditNewActRequest request, ICreditSupervision credit, CancellationToken ct) =>
            Results.Ok(await credit.RecordNewActAsync(ProtectionActor.From(http.User), id, request, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("RecordCreditNewAct").WithSummary("管理期内新的失信行为: 期限重新起算");
        g.MapPost("/records/{id:guid}/repairs", async (HttpContext http, Guid id, CreditRepairRequest request, ICreditSupervision credit, CancellationToken ct) =>
            Results.Ok(await credit.FileRepairAsync(ProtectionActor.From(http.User), id, request, ct)))
            .RequireAuthorization(Policies.Officer).WithName("FileCreditRepairForSubject").WithSummary("代主体提交信用修复申请");

        g.MapGet("/repairs", async (HttpContext http, string? status, ICreditSupervision credit, CancellationToken ct) =>
            Results.Ok(await credit.ListRepairsAsync(ProtectionActor.From(http.User), status, ct)))
            .RequireAuthorization(Policies.Officer).WithName("ListCreditRepairs").WithSummary("信用修复申请");
        g.MapGet("/repairs.csv", async (HttpContext http, string? status, ICreditSupervision credit, CancellationToken ct) =>
            Csv(await credit.ExportRepairsCsvAsync(ProtectionActor.From(http.User), status, ct), "credit-repairs.csv"))
            .RequireAuthorization(Policies.Officer).WithName("ExportCreditRepairsCsv").WithSummary("导出信用修复申请 (CSV)");
        g.MapPost("/repairs/{id:long}/review", async (HttpContext http, long id, CreditReviewRequest request, ICreditSupervision credit, CancellationToken ct) =>
            Results.Ok(await credit.ReviewRepairAsync(ProtectionActor.From(http.User), id, request, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("ReviewCreditRepair").WithSummary("审核信用修复申请 (批准即移出公示)");
        g.MapGet("/objections", async (HttpContext http, string? status, ICreditSupervision credit, CancellationToken ct) =>
            Results.Ok(await credit.ListObjectionsAsync(ProtectionActor.From(http.User), status, ct)))
            .RequireAuthorization(Policies.Officer).WithName("ListCreditObjections").WithSummary("主体异议");
        g.MapGet("/objections.csv", async (HttpContext http, string? status, ICreditSupervision credit, CancellationToken ct) =>
            Csv(await credit.ExportObjectionsCsvAsync(ProtectionActor.From(http.User), status, ct), "credit-objections.csv"))
            .RequireAuthorization(Policies.Officer).WithName("ExportCreditObjectionsCsv").WithSummary("导出主体异议 (CSV)");
        g.MapPost("/objections/{id:long}/review", async (HttpContext http, long id, CreditReviewRequest request, ICreditSupervision credit, CancellationToken ct) =>
            Results.Ok(await credit.ReviewObjectionAsync(ProtectionActor.From(http.User), id, request, ct)))
            .RequireAuthorization(Policies.Officer).WithName("ReviewCreditObjection").WithSummary("处理异议 (成立则撤销记录)");
        g.MapPost("/expire", async (ICreditSupervision credit, CancellationToken ct) => Results.Ok(await credit.ExpireDueAsync(ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("ExpireDueCreditRecords").WithSummary("保存已届满记录的状态 (读取时已按当日计算, 无需等待)");

        g.MapGet("/parameters", async (ICreditSupervision credit, CancellationToken ct) => Results.Ok(await credit.ListParametersAsync(ct)))
            .RequireAuthorization(Policies.Officer).WithName("ListCreditParameters").WithSummary("信用期限参数及其核实状态");
        g.MapGet("/parameters.csv", async (ICreditSupervision credit, CancellationToken ct) => Csv(await credit.ExportParametersCsvAsync(ct), "credit-parameters.csv"))
            .RequireAuthorization(Policies.Officer).WithName("ExportCreditParametersCsv").WithSummary("导出信用期限参数 (CSV)");
        g.MapPut("/parameters/{name}", async (HttpContext http, string name, SetCreditParameterRequest request, ICreditSupervision credit, CancellationToken ct) =>
            Results.Ok(await credit.SetParameterAsync(ProtectionActor.From(http.User), name, request, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("SetCreditParameter").WithSummary("修改信用期限参数 (市局, 审计)");
        g.MapGet("/measure-types", async (ICreditSupervision credit, CancellationToken ct) => Results.Ok(await credit.ListMeasureTypesAsync(ct)))
            .RequireAuthorization(Policies.Officer).WithName("ListCreditMeasureTypes").WithSummary("管理措施目录与联合惩戒部门");
        g.MapGet("/measure-types.csv", async (ICreditSupervision credit, CancellationToken ct) => Csv(await credit.ExportMeasureTypesCsvAsync(ct), "credit-measure-types.csv"))
            .RequireAuthorization(Policies.Officer).WithName("ExportCreditMeasureTypesCsv").WithSummary("导出管理措施目录 (CSV)");
        g.MapPut("/measure-types/{code}", async (HttpContext http, string code, SetCreditMeasureTypeRequest request, ICreditSupervision credit, CancellationToken ct) =>
            Results.Ok(await credit.SetMeasureTypeAsync(ProtectionActor.From(http.User), code, request, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("SetCreditMeasureType").WithSummary("新增或修改管理措施及实施部门");
        g.MapGet("/impact-assessments", async (ICreditSupervision credit, CancellationToken ct) => Results.Ok(await credit.ListImpactAssessmentsAsync(ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("ListCreditImpactAssessments").WithSummary("个人信息保护影响评估记录");
        g.MapGet("/impact-assessments.csv", async (ICreditSupervision credit, CancellationToken ct) => Csv(await credit.ExportImpactAssessmentsCsvAsync(ct), "credit-impact-assessments.csv"))
            .RequireAuthorization(Policies.CityOfficer).WithName("ExportCreditImpactAssessmentsCsv").WithSummary("导出个人信息保护影响评估记录 (CSV)");
        g.MapPost("/impact-assessments", async (HttpContext http, RecordImpactAssessmentRequest request, ICreditSupervision credit, CancellationToken ct) =>
            Results.Ok(await credit.RecordImpactAssessmentAsync(ProtectionActor.From(http.User), request, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("RecordCreditImpactAssessment").WithSummary("登记个人信息保护影响评估 (公示前必需)");

        g.MapGet("/public", async (ICreditSupervision credit, CancellationToken ct) => Results.Ok(await credit.PublicListAsync(ct)))
            .AllowAnonymous().WithName("ListPublishedCreditRecords").WithSummary("公示名单 (脱敏; 未登记个人信息保护影响评估时 409 CREDIT_PIA_REQUIRED)");
        g.MapGet("/public.csv", async (ICreditSupervision credit, CancellationToken ct) => Csv(await credit.ExportPublicCsvAsync(ct), "credit-public.csv"))
            .AllowAnonymous().WithName("ExportPublishedCreditRecordsCsv").WithSummary("导出公示名单 (CSV, 脱敏)");

        g.MapGet("/mine", async (HttpContext http, string? state, ICreditSupervision credit, CancellationToken ct) =>
            Results.Ok(await credit.ListAsync(ProtectionActor.From(http.User), new CreditRecordQuery(State: state, PageSize: 500), ct)))
            .RequireAuthorization(Policies.Enterprise).WithName("ListOwnCreditRecords").WithSummary("本企业的信用记录");
        g.MapGet("/mine.csv", async (HttpContext http, ICreditSupervision credit, CancellationToken ct) =>
            Csv(await credit.ExportCsvAsync(ProtectionActor.From(http.User), new CreditRecordQuery(), ct), "my-credit-records.csv"))
            .RequireAuthorization(Policies.Enterprise).WithName("ExportOwnCreditRecordsCsv").WithSummary("导出本企业的信用记录 (CSV)");
        g.MapGet("/mine/{id:guid}", async (HttpContext http, Guid id, ICreditSupervision credit, CancellationToken ct) =>
            Results.Ok(await credit.GetAsync(ProtectionActor.From(http.User), id, ct)))
            .RequireAuthorization(Policies.Enterprise).WithName("GetOwnCreditRecord").WithSummary("本企业的信用记录详情 (他人记录 404)");
        g.MapPost("/mine/{id:guid}/repairs", async (HttpContext http, Guid id, CreditRepairRequest request, ICreditSupervision credit, CancellationToken ct) =>
            Results.Ok(await credit.FileRepairAsync(ProtectionActor.From(http.User), id, request, ct)))
            .RequireAuthorization(Policies.Enterprise).WithName("FileOwnCreditRepair").WithSummary("申请信用修复 (等待期满后; 条件清单与承诺书)");
        g.MapPost("/mine/{id:guid}/objections", async (HttpContext http, Guid id, CreditObjectionRequest request, ICreditSupervision credit, CancellationToken ct) =>
            Results.Ok(await credit.FileObjectionAsync(ProtectionActor.From(http.User), id, request, ct)))
            .RequireAuthorization(Policies.Enterprise).WithName("FileOwnCreditObjection").WithSummary("对本企业的信用记录提出异议");
    }

    private static IResult Csv(string content, string fileName) =>
        Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(content)).ToArray(), "text/csv; charset=utf-8", fileName);
}

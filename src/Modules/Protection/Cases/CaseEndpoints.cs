using System.Globalization;
using System.Text;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Export;
using IpCity.BuildingBlocks.Security;
using IpCity.Protection.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IpCity.Protection.Cases;

internal static class CaseEndpoints
{
    private static readonly string[] s_headers = ["案号", "类型", "标题", "状态", "办理单位", "收案日", "立案日", "结案日", "结案方式", "超期结案", "下一期限", "期限日", "剩余天数"];

    public static void Map(IEndpointRouteBuilder api)
    {
        // Public portal: complaints and reports (anonymous where the law allows), status by tracking code.
        var portal = api.MapGroup("/protection/complaints").WithTags("Protection");
        portal.MapPost(string.Empty, async (ComplaintRequest request, ICaseRegister cases, CancellationToken ct) =>
            Results.Ok(await cases.FileComplaintAsync(request, ct)))
            .AllowAnonymous().WithName("FileComplaint").WithSummary("投诉举报 (公众服务平台; 假冒专利、商标侵权可匿名举报); 返回查询码");
        portal.MapGet("/{trackingCode}", async (string trackingCode, ICaseRegister cases, CancellationToken ct) =>
            Results.Ok(await cases.ComplaintStatusAsync(trackingCode, ct)))
            .AllowAnonymous().WithName("ComplaintStatus").WithSummary("凭查询码查看办理状态");
        portal.MapPost("/{trackingCode}/attachments", async (string trackingCode, HttpContext http, ICaseRegister cases, CaseEvidenceStore evidence, CancellationToken ct) =>
        {
            var file = await evidence.ReadOneFileAsync(http, ct);
            await using var stream = file.OpenReadStream();
            return Results.Ok(await cases.AttachToComplaintAsync(trackingCode, file.FileName, stream, ct));
        }).AllowAnonymous().DisableRequestTimeout().WithName("AttachToComplaint")
            .WithSummary($"投诉人凭查询码补充证据 (受理审查阶段, 最多 10 个; {IpCity.BuildingBlocks.Files.EvidenceFiles.AllowedList})");

        var g = api.MapGroup("/protection/cases").WithTags("Protection").RequireAuthorization(Policies.CaseReader);
        g.MapGet(string.Empty, async ([AsParameters] CaseFilter filter, HttpContext http, ICaseRegister cases, CancellationToken ct) =>
            Results.Ok(await cases.ListAsync(ProtectionActor.From(http.User), filter.Query(), ct)))
            .WithName("ListCases").WithSummary("案件列表 (区县只见本单位; 涉密案件须持涉密标识; 企业只见本企业为当事人的案件)");
        api.MapGet("/protection/cases.csv", async ([AsParameters] CaseFilter filter, HttpContext http, ICaseRegister cases, IAuditTrail audit, CancellationToken ct) =>
        {
            var query = filter.Query();
            await audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "Case", "list", "csv"), ct);
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = "attachment; filename=\"cases.csv\"";
            await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16);
            await writer.WriteLineAsync(string.Join(',', s_headers.Select(CsvCells.Cell)));
            await foreach (var c in cases.ExportAsync(ProtectionActor.From(http.User), query, ct))
            {
                await writer.WriteLineAsync(string.Join(',', Cells(c).Select(CsvCells.Cell)));
            }

            return Results.Empty;
        }).WithTags("Protection").RequireAuthorization(Policies.CaseReader).WithName("ExportCasesCsv");
        g.MapPost(string.Empty, async (OpenCaseRequest request, HttpContext http, ICaseRegister cases, CancellationToken ct) =>
            Results.Ok(await cases.OpenAsync(ProtectionActor.From(http.User), request, ct)))
            .RequireAuthorization(Policies.CaseHandler).WithName("OpenCase").WithSummary("登记案件 (线索、请求书)");
        g.MapGet("/{id:guid}", async (Guid id, bool? unmask, string? reason, HttpContext http, ICaseRegister cases, CancellationToken ct) =>
            Results.Ok(await cases.GetAsync(ProtectionActor.From(http.User), id, unmask ?? false, reason, ct)))
            .WithName("GetCase").WithSummary("案件详情: 当事人 (默认脱敏; unmask=true 须 reason, 承办人和市局可用, 记入审计)、承办人、流程记录、期限及其计算过程、证据与文书、移送");
        g.MapPost("/{id:guid}/actions", async (Guid id, CaseActionRequest request, HttpContext http, ICaseRegister cases, CancellationToken ct) =>
            Results.Ok(await cases.ActAsync(ProtectionActor.From(http.User), id, request, ct)))
            .RequireAuthorization(Policies.CaseHandler).WithName("ActOnCase").WithSummary("办理: 立案/不予立案/调查/告知/决定/调解/执行/结案/撤回/撤销/移送/中止/恢复/延长");
        g.MapPut("/{id:guid}/handlers", async (Guid id, AssignHandlersRequest request, HttpContext http, ICaseRegister cases, CancellationToken ct) =>
            Results.Ok(await cases.AssignAsync(ProtectionActor.From(http.User), id, request, ct)))
            .RequireAuthorization(Policies.CaseHandler).WithName("AssignCaseHandlers");
        g.MapPost("/{id:guid}/referrals/{referralId:long}/outcome", async (Guid id, long referralId, ReferralOutcomeRequest request, HttpContext http, ICaseRegister cases, CancellationToken ct) =>
            Results.Ok(await cases.RecordReferralOutcomeAsync(ProtectionActor.From(http.User), id, referralId, request, ct)))
            .RequireAuthorization(Policies.CaseHandler).WithName("RecordReferralOutcome").WithSummary("诉调对接/仲裁/调解移送的结果与司法确认");
        g.MapPost("/{id:guid}/attachments", async (Guid id, string? kind, HttpContext http, ICaseRegister cases, CaseEvidenceStore evidence, CancellationToken ct) =>
        {
            var file = await evidence.ReadOneFileAsync(http, ct);
            await using var stream = file.OpenReadStream();
            return Results.Ok(await cases.AttachAsync(ProtectionActor.From(http.User), id, file.FileName, kind, stream, ct));
        }).RequireAuthorization(Policies.CaseHandler).DisableRequestTimeout().WithName("UploadCaseAttachment")
            .WithSummary($"上传证据或文书 (multipart: file; {IpCity.BuildingBlocks.Files.EvidenceFiles.AllowedList}; 记录 SHA-256)");
        g.MapGet("/{id:guid}/attachments/{attachmentId:long}", async (Guid id, long attachmentId, HttpContext http, ICaseRegister cases, CancellationToken ct) =>
        {
            var (attachment, content) = await cases.OpenAttachmentAsync(ProtectionActor.From(http.User), id, attachmentId, ct);
            return Results.File(content, "application/octet-stream", attachment.FileName);
        }).WithName("DownloadCaseAttachment");

        g.MapPost("/{id:guid}/typical", async (Guid id, NominateTypicalCaseRequest request, HttpContext http, ITypicalCases typical, CancellationToken ct) =>
            Results.Ok(await typical.NominateAsync(ProtectionActor.From(http.User), id, request, ct)))
            .RequireAuthorization(Policies.CaseHandler).WithName("NominateTypicalCase").WithSummary("推荐典型案例 (已结案; 当事人姓名、证件号自动隐去)");
        g.MapPost("/{id:guid}/notices/{templateCode}", async (Guid id, string templateCode, HttpContext http, ICaseNotices notices, CancellationToken ct) =>
            Results.Ok(await notices.GenerateAsync(ProtectionActor.From(http.User), id, templateCode, ct)))
            .RequireAuthorization(Policies.CaseHandler).WithName("GenerateCaseNotice").WithSummary("按模板制作文书 (.docx, 存入案件文书并记录 SHA-256)");
        api.MapGet("/protection/notice-templates", async (ICaseNotices notices, CancellationToken ct) => Results.Ok(await notices.TemplatesAsync(ct)))
            .WithTags("Protection").RequireAuthorization(Policies.CaseHandler).WithName("ListNoticeTemplates");
        api.MapPut("/protection/notice-templates/{templateCode}", async (string templateCode, SaveNoticeTemplateRequest request, HttpContext http, ICaseNotices notices, CancellationToken ct) =>
                Results.Ok(await notices.SaveTemplateAsync(ProtectionActor.From(http.User), templateCode, request, ct)))
            .WithTags("Protection").RequireAuthorization(Policies.CityOfficer).WithName("SaveNoticeTemplate").WithSummary("修改文书模板 (新版本; 占位符见模板列表)");
        var typicalGroup = api.MapGroup("/protection/typical-cases").WithTags("Protection");
        typicalGroup.MapGet(string.Empty, async (int year, HttpContext http, ITypicalCases typical, CancellationToken ct) =>
            Results.Ok(await typical.ListAsync(ProtectionActor.From(http.User), year, ct)))
            .AllowAnonymous().WithName("ListTypicalCases").WithSummary("典型案例 (公众: 已发布的; 市局: 全部推荐)");
        typicalGroup.MapGet("/{year:int}/docx", async (int year, ITypicalCases typical, CancellationToken ct) =>
            Results.File(await typical.DocxAsync(year, ct), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"典型案例-{year}.docx"))
            .AllowAnonymous().WithName("TypicalCasesDocx");
        typicalGroup.MapPost("/{id:long}/review", async (long id, ReviewTypicalCaseRequest request, HttpContext http, ITypicalCases typical, CancellationToken ct) =>
            Results.Ok(await typical.ReviewAsync(ProtectionActor.From(http.User), id, request, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("ReviewTypicalCase");
        typicalGroup.MapPost("/{year:int}/publish", async (int year, HttpContext http, ITypicalCases typical, CancellationToken ct) =>
            Results.Ok(await typical.PublishAsync(ProtectionActor.From(http.User), year, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("PublishTypicalCases").WithSummary("发布年度典型案例 (不超过 10 件, 按排序)");

        api.MapGet("/protection/statistics", async (int year, string? unit, HttpContext http, ICaseStatistics statistics, CancellationToken ct) =>
                Results.Ok(await statistics.ByTypeAsync(ProtectionActor.From(http.User), year, unit, ct)))
            .WithTags("Protection").RequireAuthorization(Policies.Officer).WithName("CaseStatistics")
            .WithSummary("结案率 A/B/C、办案周期 (中位数、P90)、结案方式、案值与罚没 (按案件类型; 仅计数)");
    }

    private static string[] Cells(CaseSummaryDto c) =>
    [
        c.Number, c.TypeName, c.Title, c.StateName, c.UnitCode, D(c.ReceivedOn), D(c.FiledOn), D(c.ClosedOn), CaseProcedures.ClosureName(c.ClosureMode),
        c.ClosedLate switch { true => "是", false => "否", null => string.Empty }, c.NextDeadline?.Label ?? string.Empty, D(c.NextDeadline?.Due),
        c.NextDeadline?.DaysLeft.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
    ];

    private static string D(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>
    /// The case list's query string, bound with [AsParameters] through settable properties: the build-time request
    /// delegates (ADR 0016) cannot yet bind a constructor with nullable reference parameters (dotnet/aspnetcore#58953).
    /// </summary>
    internal sealed record CaseFilter
    {
        public string? Type { get; init; }

        public string? State { get; init; }

        public string? UnitCode { get; init; }

        public int? Year { get; init; }

        public string? Text { get; init; }

        public bool? Overdue { get; init; }

        public int? Page { get; init; }

        public int? PageSize { get; init; }

        /// <summary>The contract's query; a page or page size left out keeps <see cref="CaseQuery"/>'s default.</summary>
        public CaseQuery Query()
        {
            var query = new CaseQuery(Type, State, UnitCode, Year, Text, Overdue);
            return query with { Page = Page ?? query.Page, PageSize = PageSize ?? query.PageSize };
        }
    }
}

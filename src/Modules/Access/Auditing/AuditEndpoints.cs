using System.Globalization;
using System.Text;
using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Export;
using IpCity.BuildingBlocks.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IpCity.Access.Auditing;

/// <summary>Audit queries, export and chain verification: AuditAdmin only. Each use is itself audited.</summary>
internal static class AuditEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var audit = api.MapGroup("/audit").WithTags("Audit").RequireAuthorization(Policies.AuditAdmin);

        audit.MapGet("/events", async ([AsParameters] AuditQueryParameters p, IAuditQueries queries, IAuditTrail trail, CancellationToken ct) =>
        {
            var result = await queries.QueryAsync(p.ToQuery(), ct);
            await trail.RecordAsync(new AuditEntry(AuditEvents.AuditQueried, AuditOutcome.Success, "AuditEvents", null, p.Describe()), ct);
            return Results.Ok(result);
        }).WithName("QueryAuditEvents");

        audit.MapGet("/events.csv", async ([AsParameters] AuditQueryParameters p, HttpContext http, IAuditQueries queries, IAuditTrail trail, CancellationToken ct) =>
        {
            await trail.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "AuditEvents", null, "csv; " + p.Describe()), ct);
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = "attachment; filename=\"audit.csv\"; filename*=UTF-8''%E5%AE%A1%E8%AE%A1%E6%97%A5%E5%BF%97.csv";
            await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            await writer.WriteLineAsync("序号,时间(UTC),操作人,角色,单位,客户端,事件,对象类型,对象,结果,跟踪号,详情");
            await foreach (var e in queries.StreamAsync(p.ToQuery(), ct))
            {
                string[] cells =
                [
                    e.Seq.ToString(CultureInfo.InvariantCulture),
                    e.OccurredAtUtc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                    e.ActorName ?? string.Empty, e.Role ?? string.Empty, e.UnitCode ?? string.Empty, e.ClientIp ?? string.Empty,
                    e.EventType, e.ObjectType ?? string.Empty, e.ObjectId ?? string.Empty, e.Outcome, e.TraceId ?? string.Empty, e.Detail ?? string.Empty,
                ];
                await writer.WriteLineAsync(string.Join(',', cells.Select(CsvCells.Cell)));
            }

            return Results.Empty;
        }).WithName("ExportAuditEvents");

        audit.MapGet("/verify", async (IAuditVerifier verifier, IAuditTrail trail, CancellationToken ct) =>
        {
            var result = await verifier.VerifyAsync(null, ct);
            await trail.RecordAsync(new AuditEntry(AuditEvents.AuditVerified, result.Ok ? AuditOutcome.Success : AuditOutcome.Failure, "AuditEvents", null, result.Problem), ct);
            return Results.Ok(result);
        }).WithName("VerifyAuditChain");
    }
}

internal sealed class AuditQueryParameters
{
    public DateTime? From { get; set; }

    public DateTime? To { get; set; }

    public string? Actor { get; set; }

    public string? EventType { get; set; }

    public string? Outcome { get; set; }

    public string? ObjectId { get; set; }

    public int? Page { get; set; }

    public int? PageSize { get; set; }

    public AuditQuery ToQuery() => new(
        From?.ToUniversalTime(), To?.ToUniversalTime(), Actor, EventType, Outcome, ObjectId, Page ?? 1, PageSize ?? 50);

    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"from={From:O}; to={To:O}; actor={Actor}; event={EventType}; outcome={Outcome}; page={Page}");
}

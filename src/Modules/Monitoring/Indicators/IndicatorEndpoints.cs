using System.Globalization;
using System.Text;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Export;
using IpCity.BuildingBlocks.Security;
using IpCity.Monitoring.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MiniExcelLibs;

namespace IpCity.Monitoring.Indicators;

internal static class IndicatorEndpoints
{
    private static readonly string[] s_recordHeaders = ["编号", "名称", "权利人", "区县代码", "功能区代码", "日期", "高价值类别"];

    public static void Map(IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/indicators").WithTags("Indicators").RequireAuthorization(Policies.Officer);
        g.MapGet("/", async (int? year, IIndicatorService s, CancellationToken ct) => Results.Ok(await s.DefinitionsAsync(year, ct)))
            .WithName("ListIndicators").WithSummary("指标定义 (分子/分母/系数、方向、版本及所用参数)");
        g.MapGet("/parameters", async (int? year, IIndicatorService s, TimeProvider clock, CancellationToken ct) => Results.Ok(await s.ParametersAsync(year ?? clock.GetUtcNow().Year, ct)))
            .WithName("ListIndicatorParameters").WithSummary("官方口径未确认的参数 (按统计年度生效)");
        g.MapPut("/parameters/{name}", async (string name, SetParameterRequest request, IIndicatorService s, CancellationToken ct) => Results.Ok(await s.SetParameterAsync(name, request, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("SetIndicatorParameter");
        g.MapPost("/recompute", async (int year, string? date, IIndicatorEngine engine, CancellationToken ct) => Results.Ok(await engine.RecomputeAsync(year, ParseDate(date), null, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("RecomputeIndicators").WithSummary("按统计年度重新计算全部指标 (相同输入不产生新值)");
        g.MapGet("/values", async (string unit, int year, string? date, IIndicatorService s, CancellationToken ct) => Results.Ok(await s.ListAsync(unit, year, ParseDate(date), ct)))
            .WithName("ListIndicatorValues").WithSummary("某单位某年度的全部指标值 (含发布值、修订与目标状态)");
        g.MapGet("/warnings", async (int year, IIndicatorService s, CancellationToken ct) => Results.Ok(await s.WarningsAsync(year, ct)))
            .WithName("ListIndicatorWarnings").WithSummary("落后于目标路径的指标与单位 (及责任部门)");
        g.MapGet("/warnings/inbox", async (int? year, bool? all, HttpContext http, IIndicatorWarnings w, CancellationToken ct) =>
                Results.Ok(await w.InboxAsync(FormActor.From(http.User), year, all ?? false, ct)))
            .WithName("ListIndicatorWarningInbox").WithSummary("发给本部门/本单位的预警 (市局: 全部), 含处理情况");
        g.MapGet("/warnings/inbox.csv", async (int? year, bool? all, HttpContext http, IIndicatorWarnings w, IAuditTrail audit, CancellationToken ct) =>
        {
            var rows = await w.InboxAsync(FormActor.From(http.User), year, all ?? false, ct);
            await audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "IndicatorWarning", "inbox", $"csv rows={rows.Count}"), ct);
            var csv = new StringBuilder();
            csv.AppendLine(string.Join(',', s_warningHeaders.Select(CsvCells.Cell)));
            foreach (var r in rows)
            {
                csv.AppendLine(string.Join(',', WarningCells(r).Select(CsvCells.Cell)));
            }

            return Results.File(new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8", $"warnings-{year?.ToString(CultureInfo.InvariantCulture) ?? "all"}.csv");
        }).WithName("ExportIndicatorWarningInboxCsv");
        g.MapPost("/warnings/{id:long}/acknowledge", async (long id, AcknowledgeWarningRequest request, HttpContext http, IIndicatorWarnings w, CancellationToken ct) =>
                Results.Ok(await w.AcknowledgeAsync(FormActor.From(http.User), id, request, ct)))
            .WithName("AcknowledgeIndicatorWarning").WithSummary("责任部门对预警的处理意见 (记入审计)");
        g.MapGet("/{code}/values", async (string code, string unit, int year, string? date, IIndicatorService s, CancellationToken ct) => Results.Ok(await s.GetAsync(code, unit, year, ParseDate(date), ct)))
            .WithName("GetIndicatorValue").WithSummary("指标值及其来源: 分子、分母、定义版本、参数、输入 (人口来源与年份、导入批次)、计算时间");
        g.MapGet("/{code}/values/records", async (string code, string unit, int year, string? date, int? page, int? size, IIndicatorService s, CancellationToken ct) =>
                Results.Ok(await s.RecordsAsync(await ValueIdAsync(s, code, unit, year, date, ct), page ?? 1, size ?? 50, ct)))
            .WithName("GetIndicatorValueRecords").WithSummary("指标值所计入的记录 (分页; 高价值专利附类别)");
        g.MapGet("/{code}/values/records.csv", async (string code, string unit, int year, string? date, HttpContext http, IIndicatorService s, IAuditTrail audit, CancellationToken ct) =>
        {
            var id = await ValueIdAsync(s, code, unit, year, date, ct);
            await audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "IndicatorValue", id.ToString(CultureInfo.InvariantCulture), "records csv"), ct);
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{code}-{unit}-{year}.csv\"";
            await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16);
            await writer.WriteLineAsync(string.Join(',', s_recordHeaders.Select(CsvCells.Cell)));
            await foreach (var r in s.AllRecordsAsync(id, ct))
            {
                await writer.WriteLineAsync(string.Join(',', Cells(r).Select(CsvCells.Cell)));
            }

            return Results.Empty;
        }).WithName("ExportIndicatorValueRecordsCsv");
        g.MapGet("/{code}/values/records.xlsx", async (string code, string unit, int year, string? date, HttpContext http, IIndicatorService s, IAuditTrail audit, CancellationToken ct) =>
        {
            var id = await ValueIdAsync(s, code, unit, year, date, ct);
            await audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "IndicatorValue", id.ToString(CultureInfo.InvariantCulture), "records xlsx"), ct);
            var rows = new List<Dictionary<string, object?>>();
            await foreach (var r in s.AllRecordsAsync(id, ct))
            {
                rows.Add(s_recordHeaders.Zip(Cells(r).Select(CsvCells.Escape)).ToDictionary(x => x.First, x => (object?)x.Second));
            }

            var memory = new MemoryStream();
            await memory.SaveAsAsync(rows, sheetName: "计入记录", cancellationToken: ct);
            memory.Position = 0;
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{code}-{unit}-{year}.xlsx\"";
            return Results.Stream(memory, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }).WithName("ExportIndicatorValueRecordsXlsx");
        g.MapPost("/values/{id:long}/publish", async (long id, IIndicatorService s, CancellationToken ct) => Results.Ok(await s.PublishAsync(id, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("PublishIndicatorValue").WithSummary("发布 (冻结) 一个指标值; 之后不同的重算结果作为修订并列显示");
        g.MapGet("/{code}/targets", async (string code, string? unit, IIndicatorService s, CancellationToken ct) => Results.Ok(await s.TargetsAsync(code, unit, ct)))
            .WithName("ListIndicatorTargets");
        g.MapPut("/{code}/targets/{unit}", async (string code, string unit, SetTargetRequest request, IIndicatorService s, IIndicatorWarnings warnings, CancellationToken ct) =>
            {
                var target = await s.SetTargetAsync(code, unit, request, ct);
                // A new path changes the statuses of every computed year: warnings follow.
                await warnings.DispatchComputedYearsAsync(ct);
                return Results.Ok(target);
            })
            .RequireAuthorization(Policies.CityOfficer).WithName("SetIndicatorTarget").WithSummary("设置基期值、年度路径点或目标值 (区县目标可编辑)");
    }

    private static readonly string[] s_warningHeaders = ["年度", "指标", "单位", "状态", "值", "路径值", "责任部门", "处理状态", "发出时间(UTC)", "处理人", "处理意见", "解除时间(UTC)"];

    private static string[] WarningCells(WarningNoticeDto w) =>
    [
        w.Year.ToString(CultureInfo.InvariantCulture), w.IndicatorName, w.UnitName ?? w.UnitCode, w.Status,
        w.Value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, w.PathValue?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        w.DepartmentName ?? string.Empty, w.State, w.RaisedAtUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), w.AcknowledgedBy ?? string.Empty,
        w.Response ?? string.Empty, w.ClearedAtUtc?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? string.Empty,
    ];

    private static string[] Cells(ValueRecordDto r) =>
    [
        r.Key, r.Label, r.Owner ?? string.Empty, r.CountyCode ?? string.Empty, r.ZoneCode ?? string.Empty,
        r.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
        string.Join("; ", r.Categories.Select(c => IndicatorCatalog.CategoryNames.GetValueOrDefault(c, c))),
    ];

    private static DateOnly? ParseDate(string? date) =>
        date is null ? null
        : DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new IpCityException("INDICATOR_DATE_INVALID", $"日期格式应为 yyyy-MM-dd: {date}", 400, new Dictionary<string, object?> { ["date"] = date });

    /// <summary>The value a drill-down lists: the latest computation, else the published one.</summary>
    private static async Task<long> ValueIdAsync(IIndicatorService s, string code, string unit, int year, string? date, CancellationToken ct)
    {
        var view = await s.GetAsync(code, unit, year, ParseDate(date), ct);
        return (view.Latest ?? view.Published)?.Id
            ?? throw new IpCityException("INDICATOR_VALUE_NOT_COMPUTED", $"{code} {unit} {year} 尚未计算 (POST /api/indicators/recompute)", 404,
                new Dictionary<string, object?> { ["indicator"] = code, ["unit"] = unit, ["year"] = year });
    }
}

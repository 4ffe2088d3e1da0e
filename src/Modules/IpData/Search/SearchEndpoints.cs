using System.Globalization;
using System.Text;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Export;
using IpCity.IpData.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MiniExcelLibs;

namespace IpCity.IpData.Search;

/// <summary>Public patent search and uncapped, streamed exports (every export is audited).</summary>
internal static class SearchEndpoints
{
    private static readonly string[] s_headers = ["申请号", "申请日", "文献号", "专利类型", "发明名称", "主分类号", "申请（专利权）人", "发明（设计）人", "地址", "区域代码", "法律状态"];

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/patents", async (string? q, int? page, int? pageSize, string? sort, bool? facets, IPatentSearch search, CancellationToken ct) =>
            Results.Ok(await search.SearchAsync(new SearchRequest(q, page ?? 1, pageSize ?? 20, sort, facets ?? true), ct)))
            .AllowAnonymous().WithName("SearchPatents").WithTags("Patents")
            .WithSummary("专利检索：词与词之间为 AND，每个词按连续子串匹配；字段 ti: ab: cl: pa: in: addr: ipc: region: industry: type: status: ad:[2015 TO 2020]");

        api.MapGet("/patents/export.csv", async (string? q, HttpContext http, IPatentSearch search, IAuditTrail audit, CancellationToken ct) =>
        {
            await audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "Patents", null, "csv; q=" + q), ct);
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = "attachment; filename=\"patents.csv\"; filename*=UTF-8''%E4%B8%93%E5%88%A9%E6%A3%80%E7%B4%A2%E7%BB%93%E6%9E%9C.csv";
            await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16);
            await writer.WriteLineAsync(string.Join(',', s_headers.Select(CsvCells.Cell)));
            await foreach (var row in search.ExportAsync(q, ct))
            {
                await writer.WriteLineAsync(string.Join(',', Cells(row).Select(CsvCells.Cell)));
            }

            return Results.Empty;
        }).AllowAnonymous().WithName("ExportPatentsCsv").WithTags("Patents");

        api.MapGet("/patents/export.xlsx", async (string? q, HttpContext http, IPatentSearch search, IAuditTrail audit, CancellationToken ct) =>
        {
            await audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "Patents", null, "xlsx; q=" + q), ct);
            // Streamed through a temporary file (a workbook is a zip: its directory comes last), never held in memory.
            var temp = Path.Combine(Path.GetTempPath(), "ipcity-export-" + Guid.NewGuid().ToString("N") + ".xlsx");
            try
            {
                await using var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
                var rows = search.ExportAsync(q, ct).ToBlockingEnumerable(ct)
                    .Select(row => s_headers.Zip(Cells(row).Select(CsvCells.Escape)).ToDictionary(x => x.First, x => (object?)x.Second));
                await Task.Run(() => file.SaveAs(rows, sheetName: "专利"), ct);
            }
            catch
            {
                File.Delete(temp); // a failed or cancelled export leaves nothing behind
                throw;
            }

            http.Response.Headers.ContentDisposition = "attachment; filename=\"patents.xlsx\"; filename*=UTF-8''%E4%B8%93%E5%88%A9%E6%A3%80%E7%B4%A2%E7%BB%93%E6%9E%9C.xlsx";
            var stream = new FileStream(temp, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 16, FileOptions.DeleteOnClose | FileOptions.SequentialScan);
            return Results.Stream(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }).AllowAnonymous().WithName("ExportPatentsXlsx").WithTags("Patents");
    }

    private static string[] Cells(ExportRow r) =>
    [
        r.Application, r.ApplicationDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty, r.Document ?? string.Empty, r.Type,
        r.Title ?? string.Empty, r.MainIpc ?? string.Empty, r.Applicants, r.Inventors, r.Address ?? string.Empty, r.Region ?? string.Empty, r.LegalStatus ?? string.Empty,
    ];
}

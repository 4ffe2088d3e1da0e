using System.Globalization;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.BuildingBlocks.Storage;
using IpCity.Reporting.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IpCity.Reporting.Annual;

/// <summary>The annual report over HTTP: generate (CityOfficer), download and read the text blocks (officers), edit the blocks (CityOfficer).</summary>
internal static class ReportEndpoints
{
    private static readonly Dictionary<string, string> s_types = new(StringComparer.Ordinal)
    {
        ["docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ["xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ["pdf"] = "application/pdf",
        // The SM2-signed manifest of the three (ipcity report verify).
        ["sig"] = "application/json",
    };

    public static void Map(IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/reports/annual").WithTags("Reports").RequireAuthorization(Policies.Officer);
        g.MapPost("/{year}", async (int year, IAnnualReport report, StorageOptions storage, CancellationToken ct) =>
            {
                ReportTextBlocks.CheckYear(year);
                var files = await report.GenerateAsync(year, Folder(storage, year), null, ct);
                return Results.Ok(new AnnualReportResponse(year, Path.GetFileName(files.Docx), Path.GetFileName(files.Xlsx), Path.GetFileName(files.Pdf),
                    [.. s_types.Keys.Select(f => string.Create(CultureInfo.InvariantCulture, $"/api/reports/annual/{year}/{f}"))]));
            })
            .RequireAuthorization(Policies.CityOfficer).WithName("GenerateAnnualReport")
            .WithSummary("生成年度监测报告 (.docx 报告、.xlsx 数据附件含来源、.pdf); 相同数据生成相同内容, 文本块保留");
        g.MapGet("/{year}/{format}", async (int year, string format, IAnnualReport report, StorageOptions storage, IAuditTrail audit, CancellationToken ct) =>
            {
                ReportTextBlocks.CheckYear(year);
                if (!s_types.TryGetValue(format, out var type))
                {
                    throw new IpCityException("REPORT_FORMAT_UNKNOWN", $"格式应为 docx、xlsx 或 pdf: {format}", 404, new Dictionary<string, object?> { ["format"] = format });
                }

                var name = report.FileName(year) + "." + format;
                var path = Path.Combine(Folder(storage, year), name);
                if (!File.Exists(path))
                {
                    throw new IpCityException("REPORT_NOT_GENERATED", $"{year} 年度报告尚未生成 (POST /api/reports/annual/{year})", 404, new Dictionary<string, object?> { ["year"] = year });
                }

                await audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "AnnualReport", year.ToString(CultureInfo.InvariantCulture), format), ct);
                return Results.File(File.OpenRead(path), type, name);
            })
            .WithName("DownloadAnnualReport").WithSummary("下载年度监测报告: docx | xlsx | pdf");
        g.MapGet("/{year}/blocks", async (int year, IReportTextBlocks blocks, CancellationToken ct) => Results.Ok(await blocks.ListAsync(year, ct)))
            .WithName("ListAnnualReportBlocks").WithSummary("报告中的可编辑文本块 (总体情况说明、存在的问题、下一步工作)");
        g.MapGet("/{year}/blocks/{key}", async (int year, string key, IReportTextBlocks blocks, CancellationToken ct) => Results.Ok(await blocks.GetAsync(year, key, ct)))
            .WithName("GetAnnualReportBlock");
        g.MapPut("/{year}/blocks/{key}", async (int year, string key, SetReportTextBlockRequest request, IReportTextBlocks blocks, CancellationToken ct) =>
                Results.Ok(await blocks.SetAsync(year, key, request?.Text ?? string.Empty, ct)))
            .RequireAuthorization(Policies.CityOfficer).WithName("SetAnnualReportBlock").WithSummary("编辑文本块 (再次生成报告时保留; 记入审计)");
    }

    private static string Folder(StorageOptions storage, int year) =>
        Path.Combine(storage.DataDirectory, "reports", "annual", year.ToString(CultureInfo.InvariantCulture));
}

/// <summary>The generated files: names and download addresses.</summary>
public sealed record AnnualReportResponse(int Year, string Docx, string Xlsx, string Pdf, IReadOnlyList<string> Downloads);

using System.Globalization;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using System.Text;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Export;
using IpCity.IpData.Contracts;
using IpCity.IpData.Data;
using IpCity.IpData.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

// CA1304: string.ToLower() below is translated by EF Core to SQL lower(); it never runs under a .NET culture.
#pragma warning disable CA1304

namespace IpCity.IpData.Trademarks;

/// <summary>
/// The trademark register (national and Madrid): paged search with the patent search's substring semantics
/// (LIKE '%term%' on lower() of both sides, terms ANDed, same result on SQLite and PostgreSQL), one mark by
/// id, and an uncapped streamed export.
/// </summary>
internal sealed class TrademarkQueries : ITrademarkQueries
{
    public const string QueryInvalid = "TRADEMARK_QUERY_INVALID";
    private const int MaxQueryLength = 200;
    private const int MaxTerms = 10;

    private static readonly Expression<Func<Trademark, TrademarkDto>> s_dto = t => new TrademarkDto(
        t.Id, t.RegistrationNumber, t.MarkText, t.NiceClasses, t.Holder, t.HolderAddress, t.Status, t.ApplicationDate, t.ExclusiveFrom, t.ExclusiveTo,
        t.MadridIrNumber, t.Designations, t.IsDomestic, t.RegionCountyCode, t.RegionZoneCode);

    private readonly IpDataDbContext _db;

    public TrademarkQueries(IpDataDbContext db)
    {
        _db = db;
    }

    /// <summary>The query's terms: NFKC, split on whitespace, at most 10 terms and 200 characters.</summary>
    internal static IReadOnlyList<string> Terms(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        var text = query.Normalize(NormalizationForm.FormKC);
        var terms = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return text.Length > MaxQueryLength || terms.Length > MaxTerms
            ? throw new IpCityException(QueryInvalid, $"检索式过长 (最多 {MaxQueryLength} 字符、{MaxTerms} 个词)。", 400)
            : terms;
    }

    internal IQueryable<Trademark> Filter(string? query, bool? madrid)
    {
        var q = _db.Trademarks.AsNoTracking();
        if (madrid is { } m)
        {
            q = m ? q.Where(t => t.MadridIrNumber != null) : q.Where(t => t.MadridIrNumber == null);
        }

        foreach (var term in Terms(query))
        {
            var pattern = Search.SearchQuery.LikePattern(term).ToLowerInvariant();
            q = q.Where(t => EF.Functions.Like(t.MarkText!.ToLower(), pattern, "\\") || EF.Functions.Like(t.Holder!.ToLower(), pattern, "\\")
                || EF.Functions.Like(t.HolderAddress!.ToLower(), pattern, "\\") || EF.Functions.Like(t.RegistrationNumber.ToLower(), pattern, "\\"));
        }

        return q.OrderBy(t => t.RegistrationNumber).ThenBy(t => t.Id);
    }

    public async Task<TrademarkSearchResult> SearchAsync(TrademarkSearchRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var filtered = Filter(request.Query, request.Madrid);
        var size = Math.Clamp(request.PageSize, 1, 200);
        var page = Math.Max(1, request.Page);
        var total = await filtered.LongCountAsync(ct);
        var hits = await filtered.Skip((page - 1) * size).Take(size).Select(s_dto).ToListAsync(ct);
        return new TrademarkSearchResult(total, page, size, hits);
    }

    public Task<TrademarkDto?> GetAsync(long id, CancellationToken ct = default) =>
        _db.Trademarks.AsNoTracking().Where(t => t.Id == id).Select(s_dto).FirstOrDefaultAsync(ct);

    public async IAsyncEnumerable<TrademarkDto> ExportAsync(string? query, bool? madrid, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var row in Filter(query, madrid).Select(s_dto).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row;
        }
    }
}

/// <summary>Anonymous read of the trademark register, like the patents; every export is audited.</summary>
internal static class TrademarkEndpoints
{
    private static readonly string[] s_headers = ["注册号", "商标名称", "国际分类", "注册人", "注册人地址", "商标状态", "申请日", "专用权起", "专用权止", "国际注册号", "指定国家/地区", "区域代码"];

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/trademarks", async (string? q, bool? madrid, int? page, int? pageSize, ITrademarkQueries queries, CancellationToken ct) =>
                Results.Ok(await queries.SearchAsync(new TrademarkSearchRequest(q, madrid, page ?? 1, pageSize ?? 20), ct)))
            .AllowAnonymous().WithTags("Trademarks").WithName("SearchTrademarks")
            .WithSummary("商标检索：词与词之间为 AND，每个词按连续子串匹配商标名称、注册人、地址或注册号 (不区分 ASCII 大小写)；madrid=true 仅马德里国际注册，false 仅国内注册")
            .Produces<TrademarkSearchResult>().ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/trademarks/{id:long}", async (long id, ITrademarkQueries queries, CancellationToken ct) =>
                await queries.GetAsync(id, ct) is { } t ? Results.Ok(t) : throw IpCityException.NotFound("Trademark"))
            .AllowAnonymous().WithTags("Trademarks").WithName("GetTrademark").WithSummary("一件商标 (含马德里国际注册号与指定国家)")
            .Produces<TrademarkDto>().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/trademarks/export.csv", async (string? q, bool? madrid, HttpContext http, ITrademarkQueries queries, IAuditTrail audit, CancellationToken ct) =>
        {
            var rows = queries.ExportAsync(q, madrid, ct);
            await audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "Trademarks", null, string.Create(CultureInfo.InvariantCulture, $"csv; q={q}; madrid={madrid}")), ct);
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = "attachment; filename=\"trademarks.csv\"; filename*=UTF-8''%E5%95%86%E6%A0%87%E6%A3%80%E7%B4%A2%E7%BB%93%E6%9E%9C.csv";
            await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16);
            await writer.WriteLineAsync(string.Join(',', s_headers.Select(CsvCells.Cell)));
            await foreach (var row in rows)
            {
                await writer.WriteLineAsync(string.Join(',', Cells(row).Select(CsvCells.Cell)));
            }

            return Results.Empty;
        }).AllowAnonymous().WithTags("Trademarks").WithName("ExportTrademarksCsv")
            .WithSummary("按检索条件导出全部商标 (CSV, UTF-8 BOM, 不设上限, 公式注入已转义; 记入审计)").Produces(StatusCodes.Status200OK, contentType: "text/csv");
    }

    private static string[] Cells(TrademarkDto t) =>
    [
        t.RegistrationNumber, t.MarkText ?? string.Empty, t.NiceClasses ?? string.Empty, t.Holder ?? string.Empty, t.HolderAddress ?? string.Empty, t.Status ?? string.Empty,
        Date(t.ApplicationDate), Date(t.ExclusiveFrom), Date(t.ExclusiveTo), t.MadridIrNumber ?? string.Empty, t.Designations ?? string.Empty, t.RegionCountyCode ?? t.RegionZoneCode ?? string.Empty,
    ];

    private static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}

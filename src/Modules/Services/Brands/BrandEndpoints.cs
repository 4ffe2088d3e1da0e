using System.Globalization;
using System.Runtime.CompilerServices;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Export;
using IpCity.BuildingBlocks.Files;
using IpCity.BuildingBlocks.Security;
using IpCity.BuildingBlocks.Storage;
using IpCity.Services.Agencies;
using IpCity.Services.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IpCity.Services.Brands;

/// <summary>
/// /api/services/madrid (officers; the holder view also for Enterprise accounts, their own firm only) and
/// /api/services/gis (public list; officers read users and supervision in their scope, city and district officers
/// write, the city office imports).
/// </summary>
internal static class BrandEndpoints
{
    private const long MaxUploadBytes = 10L * 1024 * 1024;

    /// <summary>City and district officers.</summary>
    private const string Writers = Policies.CaseHandler;

    public static readonly IReadOnlyList<string> MadridHeader =
        ["国际注册号", "权利人", "商标", "尼斯分类", "指定缔约方数", "指定缔约方", "国际注册日", "到期日", "状态", "续展到期", "逾期未续展", "宽展期内", "区县", "功能区", "国内注册号"];

    public static readonly IReadOnlyList<string> UserHeader = ["地理标志", "企业名称", "统一社会信用代码", "核准编号", "核准日期", "状态", "撤销日期", "地址", "区县", "功能区"];

    public static readonly IReadOnlyList<string> GiHeader = ["地理标志", "类型", "地域", "区划代码", "登记/公告号", "生效", "有效授权使用人数", "来源"];

    public static void Map(IEndpointRouteBuilder api)
    {
        var m = api.MapGroup("/services/madrid").WithTags("Services");
        m.MapGet(string.Empty, async (HttpContext http, string? q, string? county, string? state, string? party, string? due, DateOnly? on, int? months, int? page, int? pageSize, IMadridPortfolio portfolio, CancellationToken ct) =>
            Results.Ok(await portfolio.ListAsync(Actor.From(http.User), new MadridQuery(q, county, state, party, due, on, months ?? 12, page ?? 1, pageSize ?? 50), ct)))
            .RequireAuthorization(Policies.Officer).WithName("ListMadridPortfolio").WithSummary("马德里国际注册 (本市国内持有人, 一个国际注册号一条; 区县人员只见本辖区; on=基准日, months=续展提醒月数, due=renewal|overdue)");
        m.MapGet("/export.csv", async (HttpContext http, string? q, string? county, string? state, string? party, string? due, DateOnly? on, int? months, IMadridPortfolio portfolio, CancellationToken ct) =>
            TableExport.Csv("madrid-portfolio.csv", MadridHeader, Rows(await portfolio.ExportAsync(Actor.From(http.User), new MadridQuery(q, county, state, party, due, on, months ?? 12), "csv", ct), MadridRow)))
            .RequireAuthorization(Policies.Officer).WithName("ExportMadridPortfolioCsv").WithSummary("导出马德里国际注册 (CSV)");
        m.MapGet("/export.xlsx", async (HttpContext http, string? q, string? county, string? state, string? party, string? due, DateOnly? on, int? months, IMadridPortfolio portfolio, CancellationToken ct) =>
            await TableExport.XlsxAsync("madrid-portfolio.xlsx", "马德里国际注册", MadridHeader, Rows(await portfolio.ExportAsync(Actor.From(http.User), new MadridQuery(q, county, state, party, due, on, months ?? 12), "xlsx", ct), MadridRow), ct))
            .RequireAuthorization(Policies.Officer).WithName("ExportMadridPortfolioXlsx").WithSummary("导出马德里国际注册 (XLSX)");
        m.MapGet("/statistics", async (HttpContext http, DateOnly? on, int? months, IMadridPortfolio portfolio, CancellationToken ct) =>
            Results.Ok(await portfolio.StatisticsAsync(Actor.From(http.User), on, months ?? 12, ct)))
            .RequireAuthorization(Policies.Officer).WithName("MadridStatistics").WithSummary("马德里国际注册统计: 按区县/功能区、按指定缔约方");
        m.MapGet("/holder", async (HttpContext http, string? creditCode, string? name, DateOnly? on, int? months, IMadridPortfolio portfolio, CancellationToken ct) =>
        {
            var actor = Actor.From(http.User);
            // An enterprise account is always its own firm: a name from the query string is not trusted.
            return Results.Ok(await portfolio.HolderMarksAsync(actor, creditCode, actor.IsEnterprise ? null : name, on, months ?? 12, ct));
        }).RequireAuthorization(Policies.BusinessReader).WithName("MadridHolderMarks").WithSummary("权利人的马德里国际注册与国内商标及续展提醒 (企业账号仅本企业)");

        var g = api.MapGroup("/services/gis").WithTags("Services");
        g.MapGet(string.Empty, async (IGiRegister register, CancellationToken ct) => Results.Ok(await register.PublicListAsync(ct)))
            .AllowAnonymous().WithName("ListCityGis").WithSummary("本市地理标志 (公开; 含有效授权使用人数, 不含企业信息)");
        g.MapGet("/export.csv", async (IGiRegister register, CancellationToken ct) =>
            TableExport.Csv("city-gis.csv", GiHeader, Rows(await register.PublicListAsync(ct), GiRow)))
            .AllowAnonymous().WithName("ExportCityGisCsv").WithSummary("导出本市地理标志 (CSV)");
        g.MapGet("/export.xlsx", async (IGiRegister register, CancellationToken ct) =>
            await TableExport.XlsxAsync("city-gis.xlsx", "地理标志", GiHeader, Rows(await register.PublicListAsync(ct), GiRow), ct))
            .AllowAnonymous().WithName("ExportCityGisXlsx").WithSummary("导出本市地理标志 (XLSX)");
        g.MapGet("/{key}", async (string key, IGiRegister register, CancellationToken ct) => Results.Ok(await register.GetPublicAsync(key, ct)))
            .AllowAnonymous().WithName("GetCityGi").WithSummary("地理标志 (公开)");
        g.MapGet("/{key}/detail", async (HttpContext http, string key, IGiRegister register, CancellationToken ct) => Results.Ok(await register.GetAsync(Actor.From(http.User), key, ct)))
            .RequireAuthorization(Policies.Officer).WithName("GetCityGiDetail").WithSummary("地理标志授权使用人与使用监管记录 (区县人员只见本辖区企业)");
        g.MapPost("/{key}/users", async (HttpContext http, string key, GiUserRequest request, IGiRegister register, CancellationToken ct) =>
            Results.Ok(await register.SaveUserAsync(Actor.From(http.User), key, request, ct)))
            .RequireAuthorization(Writers).WithName("SaveGiUser").WithSummary("登记或修改授权使用人 (按统一社会信用代码; 区局限本辖区企业)");
        g.MapPost("/{key}/supervision", async (HttpContext http, string key, GiSupervisionRequest request, IGiRegister register, CancellationToken ct) =>
            Results.Ok(await register.AddSupervisionAsync(Actor.From(http.User), key, request, ct)))
            .RequireAuthorization(Writers).WithName("AddGiSupervision").WithSummary("登记使用监管记录 (可关联保护案件编号)");
        g.MapGet("/users", async (HttpContext http, string? key, string? status, IGiRegister register, CancellationToken ct) =>
            Results.Ok(await register.ListUsersAsync(Actor.From(http.User), key, status, ct)))
            .RequireAuthorization(Policies.Officer).WithName("ListGiUsers").WithSummary("授权使用人 (区县人员只见本辖区企业)");
        g.MapGet("/users/export.csv", async (HttpContext http, string? key, string? status, IGiRegister register, CancellationToken ct) =>
            TableExport.Csv("gi-users.csv", UserHeader, Rows(await register.ListUsersAsync(Actor.From(http.User), key, status, ct), UserRow)))
            .RequireAuthorization(Policies.Officer).WithName("ExportGiUsersCsv").WithSummary("导出授权使用人 (CSV)");
        g.MapGet("/users/export.xlsx", async (HttpContext http, string? key, string? status, IGiRegister register, CancellationToken ct) =>
            await TableExport.XlsxAsync("gi-users.xlsx", "授权使用人", UserHeader, Rows(await register.ListUsersAsync(Actor.From(http.User), key, status, ct), UserRow), ct))
            .RequireAuthorization(Policies.Officer).WithName("ExportGiUsersXlsx").WithSummary("导出授权使用人 (XLSX)");
        g.MapPost("/users/import", async (HttpContext http, IGiRegister register, StorageOptions storage, CancellationToken ct) =>
        {
            var file = await Uploads.ReadOneFileAsync(http, MaxUploadBytes, () => new IpCityException("GI_IMPORT_TOO_LARGE", "导入文件超过上限 10 MB。", 413), GiRegister.ImportInvalid, ct);
            return Results.Ok(await ImportFileAsync(Actor.From(http.User), file.FileName, file.OpenReadStream, register, storage, ct));
        }).RequireAuthorization(Policies.CityOfficer).DisableRequestTimeout().WithName("ImportGiUsers")
            .WithSummary("导入授权使用人 (multipart: file .xlsx ≤ 10 MB); 按地理标志 + 统一社会信用代码幂等, 错误行逐行报告");
        g.MapGet("/users/{id:long}", async (HttpContext http, long id, IGiRegister register, CancellationToken ct) =>
            Results.Ok(await register.GetUserAsync(Actor.From(http.User), id, ct)))
            .RequireAuthorization(Policies.Officer).WithName("GetGiUser").WithSummary("授权使用人");
        g.MapPost("/users/{id:long}/revoke", async (HttpContext http, long id, RevokeGiUserRequest request, IGiRegister register, CancellationToken ct) =>
            Results.Ok(await register.RevokeUserAsync(Actor.From(http.User), id, request, ct)))
            .RequireAuthorization(Writers).WithName("RevokeGiUser").WithSummary("撤销授权 (撤销日期)");
        g.MapGet("/supervision", async (HttpContext http, string? key, IGiRegister register, CancellationToken ct) =>
            Results.Ok(await register.ListSupervisionAsync(Actor.From(http.User), key, ct)))
            .RequireAuthorization(Policies.Officer).WithName("ListGiSupervision").WithSummary("使用监管记录 (区县人员只见本辖区企业)");
        g.MapGet("/supervision/export.csv", async (HttpContext http, string? key, IGiRegister register, CancellationToken ct) =>
            TableExport.Csv("gi-supervision.csv", SupervisionHeader, Rows(await register.ListSupervisionAsync(Actor.From(http.User), key, ct), SupervisionRow)))
            .RequireAuthorization(Policies.Officer).WithName("ExportGiSupervisionCsv").WithSummary("导出使用监管记录 (CSV)");
        g.MapGet("/supervision/export.xlsx", async (HttpContext http, string? key, IGiRegister register, CancellationToken ct) =>
            await TableExport.XlsxAsync("gi-supervision.xlsx", "使用监管", SupervisionHeader, Rows(await register.ListSupervisionAsync(Actor.From(http.User), key, ct), SupervisionRow), ct))
            .RequireAuthorization(Policies.Officer).WithName("ExportGiSupervisionXlsx").WithSummary("导出使用监管记录 (XLSX)");
        g.MapGet("/supervision/{id:long}", async (HttpContext http, long id, IGiRegister register, CancellationToken ct) =>
            Results.Ok(await register.GetSupervisionAsync(Actor.From(http.User), id, ct)))
            .RequireAuthorization(Policies.Officer).WithName("GetGiSupervision").WithSummary("使用监管记录");
    }

    public static readonly IReadOnlyList<string> SupervisionHeader = ["地理标志", "检查日期", "检查单位", "企业名称", "统一社会信用代码", "区县", "检查发现", "结果", "后续处理", "关联案件编号", "登记人"];

    public static string[] MadridRow(MadridEntryDto e) =>
    [
        e.IrNumber, e.Holder ?? string.Empty, e.Mark ?? string.Empty, string.Join(';', e.NiceClasses), e.PartyCount.ToString(CultureInfo.InvariantCulture), string.Join(';', e.Parties),
        AgencyRules.Day(e.IrDate), AgencyRules.Day(e.Expiry), MarkStates.Name(e.State), e.RenewalDue ? "是" : string.Empty, e.Overdue ? "是" : string.Empty, e.InGracePeriod ? "是" : string.Empty,
        e.CountyCode ?? string.Empty, e.ZoneCode ?? string.Empty, string.Join(';', e.RegistrationNumbers),
    ];

    private static string[] UserRow(GiUserDto u) =>
    [
        u.GiName, u.FirmName, u.CreditCode, u.ApprovalNumber ?? string.Empty, AgencyRules.Day(u.ApprovedOn), GiUserStatuses.Name(u.Status), AgencyRules.Day(u.RevokedOn),
        u.Address ?? string.Empty, u.CountyCode ?? string.Empty, u.ZoneCode ?? string.Empty,
    ];

    private static string[] GiRow(GiPublicDto g) =>
    [
        g.Name, g.TypeText, g.Area ?? string.Empty, g.AreaCode ?? string.Empty, g.Number ?? string.Empty, g.EffectiveText ?? string.Empty, g.ActiveUsers.ToString(CultureInfo.InvariantCulture), g.SourceUrl ?? string.Empty,
    ];

    private static string[] SupervisionRow(GiSupervisionDto s) =>
    [
        s.GiName, AgencyRules.Day(s.On), s.Unit, s.FirmName, s.CreditCode ?? string.Empty, s.CountyCode ?? string.Empty, s.Finding, GiCheckResults.Name(s.Result), s.FollowUp ?? string.Empty,
        s.CaseNumber ?? string.Empty, s.RecordedBy,
    ];

    private static async IAsyncEnumerable<string[]> Rows<T>(IReadOnlyList<T> items, Func<T, string[]> row, [EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var item in items)
        {
            ct.ThrowIfCancellationRequested();
            yield return row(item);
        }

        await Task.CompletedTask;
    }

    /// <summary>Copies the upload to a private temp folder (removed afterwards) and imports it.</summary>
    public static async Task<GiImportResult> ImportFileAsync(Actor actor, string fileName, Func<Stream> open, IGiRegister register, StorageOptions storage, CancellationToken ct)
    {
        var name = Path.GetFileName(fileName);
        if (string.IsNullOrWhiteSpace(name) || name != fileName || !string.Equals(Path.GetExtension(name), ".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            throw new IpCityException(GiRegister.ImportInvalid, "导入文件须为 .xlsx。", 400, new Dictionary<string, object?> { ["fileName"] = fileName });
        }

        var folder = Path.Combine(storage.DataDirectory, "uploads", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, "gi-users.xlsx");
            await using (var source = open())
            await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await source.CopyToAsync(target, ct);
            }

            return await register.ImportUsersAsync(actor, path, ct);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

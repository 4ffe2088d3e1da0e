using System.Globalization;
using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Security;
using IpCity.Organisations.Contracts;
using IpCity.Protection.Contracts;
using IpCity.Services.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace IpCity.Services.Tests.Agencies;

/// <summary>Actors, valid synthetic identifiers, addresses of known districts and an import workbook builder.</summary>
internal static class AgencyTestKit
{
    public const string Donghu = "360102";
    public const string Xihu = "360103";
    public const string Qingshanhu = "360111";
    public const string Honggutan = "360113";
    public const string HighTechZone = "360100Z02";

    public const string DonghuAddress = "江西省南昌市东湖区八一大道 100 号";
    public const string XihuAddress = "江西省南昌市西湖区孺子路 1 号";
    public const string ZoneAddress = "江西省南昌市青山湖区南昌高新技术产业开发区艾溪湖一路 1 号";
    public const string HonggutanAddress = "江西省南昌市红谷滩区会展路 1 号";

    public static readonly Actor City = new("city.officer", Roles.CityOfficer, "360100", null, []);
    public static readonly Actor Dept = new("dept.officer", Roles.DeptOfficer, "SCJ", null, []);
    public static readonly Actor DonghuOfficer = new("donghu.officer", Roles.DistrictOfficer, Donghu, null, []);
    public static readonly Actor XihuOfficer = new("xihu.officer", Roles.DistrictOfficer, Xihu, null, []);

    /// <summary>A 统一社会信用代码 from 17 characters plus the check character that makes it valid (GB 32100).</summary>
    public static string CreditCode(string body17) =>
        "0123456789ABCDEFGHJKLMNPQRTUWXY".Select(c => body17 + c).Single(IpData.Contracts.CreditCodes.IsValid);

    /// <summary>A resident ID number (GB 11643) from 17 digits plus its check character.</summary>
    public static string ResidentId(string body17)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body17.Select((c, i) => (c - '0') * weights[i]).Sum();
        return body17 + "10X98765432"[sum % 11];
    }

    public static readonly string CodeA = CreditCode("91360102MA35AGA01");
    public static readonly string CodeB = CreditCode("91360111MA35AGB02");
    public static readonly string CodeC = CreditCode("91360103MA35AGC03");
    public static readonly string Id1 = ResidentId("36010219800101123");
    public static readonly string Id2 = ResidentId("36010319850505234");
    public static readonly string Id3 = ResidentId("36011119900909345");

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The platform with the Nanchang profile and calendars, the clock at <paramref name="beijingDate"/> 09:00.</summary>
    public static async Task<Platform> StartAsync(string provider, string beijingDate = "2026-03-02")
    {
        var platform = await Platform.StartAsync(provider, now: new DateTimeOffset(D(beijingDate).ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero));
        await platform.InScopeAsync(sp => sp.GetRequiredService<ICityProfileLoader>().LoadAsync());
        await platform.InScopeAsync(sp => sp.GetRequiredService<IWorkingDayCalendar>().LoadStarterAsync());
        return platform;
    }

    public static Task<T> Register<T>(Platform platform, Func<IAgencyRegister, Task<T>> work) =>
        platform.InScopeAsync(sp => work(sp.GetRequiredService<IAgencyRegister>()));

    public static Task<T> Facts<T>(Platform platform, Func<IAgentWorkforceFacts, Task<T>> work) =>
        platform.InScopeAsync(sp => work(sp.GetRequiredService<IAgentWorkforceFacts>()));

    public static async Task<long> AuditsAsync(Platform platform, string type) =>
        (await platform.InScopeAsync(sp => sp.GetRequiredService<IAuditQueries>().QueryAsync(new AuditQuery(EventType: type, PageSize: 1)))).Total;

    /// <summary>Agency A (patent + trademark, 东湖区), B (trademark only, 青山湖区 in the high-tech zone), C (branch of A, 西湖区).</summary>
    public static async Task<(AgencyDetailDto A, AgencyDetailDto B, AgencyDetailDto C)> SeedAgenciesAsync(Platform platform)
    {
        var a = await Register(platform, r => r.CreateAgencyAsync(City, new AgencyRequest("南昌甲专利商标代理有限公司", CodeA, "36101", "TM-0001", DonghuAddress, null, AgencyStatuses.Practising, D("2015-01-01"))));
        var b = await Register(platform, r => r.CreateAgencyAsync(City, new AgencyRequest("南昌乙商标代理有限公司", CodeB, null, "TM-0002", ZoneAddress, null, "执业", D("2016-01-01"))));
        var c = await Register(platform, r => r.CreateAgencyAsync(City, new AgencyRequest("南昌甲专利商标代理有限公司西湖分公司", CodeC, "36101-01", null, XihuAddress, CodeA, null, null)));
        return (a, b, c);
    }

    public static byte[] Workbook(IEnumerable<Dictionary<string, object?>>? agencies, IEnumerable<Dictionary<string, object?>>? persons)
    {
        var sheets = new Dictionary<string, object>();
        if (agencies is not null)
        {
            sheets["机构"] = agencies.ToList();
        }

        if (persons is not null)
        {
            sheets["人员"] = persons.ToList();
        }

        using var ms = new MemoryStream();
        ms.SaveAs(sheets);
        return ms.ToArray();
    }

    public static Dictionary<string, object?> AgencyRow(string name, string code, string? licence, string? filing, string? address, string? status = "执业", string? since = "2015-01-01", string? parent = null) => new()
    {
        ["机构名称*"] = name,
        ["统一社会信用代码*"] = code,
        ["专利代理机构执业许可证号"] = licence,
        ["商标代理机构备案号"] = filing,
        ["地址"] = address,
        ["状态"] = status,
        ["状态日期"] = since,
        ["上级机构统一社会信用代码"] = parent,
    };

    public static Dictionary<string, object?> PersonRow(string name, string? id, string? certificate, string? qualification, string? qualifiedOn, string? agencyCode, string? role, string? from, string? to = null, string? address = null) => new()
    {
        ["姓名*"] = name,
        ["身份证号"] = id,
        ["执业证号"] = certificate,
        ["资格证号"] = qualification,
        ["资格取得日期"] = qualifiedOn,
        ["资格终止日期"] = null,
        ["住址"] = address,
        ["所在机构统一社会信用代码"] = agencyCode,
        ["岗位"] = role,
        ["入职日期"] = from,
        ["离职日期"] = to,
    };

    public static async Task<AgencyImportResult> ImportAsync(Platform platform, byte[] workbook, Actor? actor = null)
    {
        var dir = Path.Combine(platform.Store.Storage.DataDirectory, "test-import-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "agencies.xlsx");
        await File.WriteAllBytesAsync(path, workbook);
        return await Register(platform, r => r.ImportAsync(actor ?? City, path));
    }
}

using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Security;
using IpCity.IpData.Contracts;
using IpCity.Organisations.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace IpCity.Finance.Tests.Products;

/// <summary>Actors, credit codes, spreadsheets and audit counts shared by the Products tests.</summary>
internal static class ProductsTestKit
{
    public static readonly Actor City1 = new("city1", Roles.CityOfficer, "360100", null, []);
    public static readonly Actor City2 = new("city2", Roles.CityOfficer, "360100", null, []);
    public static readonly Actor Donghu = new("donghu1", Roles.DistrictOfficer, "360102", null, []);
    public static readonly Actor Xihu = new("xihu1", Roles.DistrictOfficer, "360103", null, []);
    public static readonly Actor Dept = new("dept1", Roles.DeptOfficer, "SCJ", null, []);
    public static readonly Actor Firm = new("firm1", Roles.Enterprise, null, "91360102MA35PGA01X", []);

    /// <summary>A valid 统一社会信用代码: the 17 characters with the check character that makes it valid.</summary>
    public static string CreditCode(string body17) =>
        "0123456789ABCDEFGHJKLMNPQRTUWXY".Select(c => body17 + c).Single(CreditCodes.IsValid);

    /// <summary>The same 17 characters with a wrong check character.</summary>
    public static string BadCreditCode(string body17) =>
        "0123456789ABCDEFGHJKLMNPQRTUWXY".Select(c => body17 + c).First(c => !CreditCodes.IsValid(c));

    public static async Task<Platform> StartAsync(string provider)
    {
        var platform = await Platform.StartAsync(provider, now: new DateTimeOffset(2026, 6, 15, 2, 0, 0, TimeSpan.Zero));
        await platform.InScopeAsync(sp => sp.GetRequiredService<ICityProfileLoader>().LoadAsync());
        return platform;
    }

    public static Task<T> With<T, TService>(this Platform platform, Func<TService, Task<T>> work)
        where TService : notnull =>
        platform.InScopeAsync(sp => work(sp.GetRequiredService<TService>()));

    public static async Task<long> AuditsAsync(Platform platform, string type) =>
        (await platform.InScopeAsync(sp => sp.GetRequiredService<IAuditQueries>().QueryAsync(new AuditQuery(EventType: type, PageSize: 1)))).Total;

    /// <summary>An .xlsx with the given header and rows (first sheet).</summary>
    public static MemoryStream Xlsx(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var data = rows.Select(r => header.Select((h, i) => (h, v: i < r.Count ? r[i] : null)).ToDictionary(x => x.h, x => x.v)).ToList();
        var stream = new MemoryStream();
        stream.SaveAs(data, sheetName: "保单");
        stream.Position = 0;
        return stream;
    }
}

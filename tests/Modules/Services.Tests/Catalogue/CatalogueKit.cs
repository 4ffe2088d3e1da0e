using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Security;
using IpCity.Organisations.Contracts;
using IpCity.Services.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Services.Tests.Catalogue;

/// <summary>A migrated platform with the city profile (org units) loaded, the actors the tests act as, and item content.</summary>
internal static class CatalogueKit
{
    public const string E1 = "91360100MA35ABCD1X";
    public const string E2 = "91360100MA35EFGH2Y";

    public static readonly Actor City = new("t.city", Roles.CityOfficer, null, null, []);
    public static readonly Actor Donghu = new("t.donghu", Roles.DistrictOfficer, "360102", null, []);
    public static readonly Actor Xihu = new("t.xihu", Roles.DistrictOfficer, "360103", null, []);
    public static readonly Actor Dept = new("t.dept", Roles.DeptOfficer, "SAMR", null, []);
    public static readonly Actor Enterprise1 = new("t.e1", Roles.Enterprise, null, E1, []);
    public static readonly Actor Enterprise2 = new("t.e2", Roles.Enterprise, null, E2, []);
    public static readonly Actor Visitor = new("anonymous", Roles.Public, null, null, []);

    /// <param name="starter">Load the STARTER catalogue on first use (off by default, so counts are the test's own).</param>
    public static async Task<Platform> StartAsync(string provider, DateTimeOffset? now = null, bool starter = false)
    {
        var platform = await Platform.StartAsync(provider, new Dictionary<string, string?> { ["Services:Catalogue:LoadStarterOnFirstUse"] = starter ? "true" : "false" }, now: now);
        await platform.InScopeAsync(sp => sp.GetRequiredService<ICityProfileLoader>().LoadAsync());
        return platform;
    }

    public static ServiceItemContent Content(string name, string unit, int amount = 5, string timeUnit = ServiceTimeLimitUnits.WorkingDays, string status = ServiceItemStatuses.Active, params string[] channels) =>
        new(name, "知识产权保护", "《中华人民共和国专利法》第六十五条", "有明确的请求事项", ["请求书", "主体资格证明"], amount, timeUnit, null,
            channels.Length == 0 ? [ServiceChannels.Online, ServiceChannels.Window] : channels, unit, status);

    public static Task<T> Catalogue<T>(this Platform platform, Func<IServiceCatalogue, Task<T>> work) =>
        platform.InScopeAsync(sp => work(sp.GetRequiredService<IServiceCatalogue>()));

    public static Task<T> Requests<T>(this Platform platform, Func<IServiceRequests, Task<T>> work) =>
        platform.InScopeAsync(sp => work(sp.GetRequiredService<IServiceRequests>()));

    public static Task<T> Outlets<T>(this Platform platform, Func<IServiceOutlets, Task<T>> work) =>
        platform.InScopeAsync(sp => work(sp.GetRequiredService<IServiceOutlets>()));

    public static async Task<long> AuditsAsync(this Platform platform, string eventType, string? objectId = null) =>
        (await platform.InScopeAsync(sp => sp.GetRequiredService<IAuditQueries>().QueryAsync(new AuditQuery(EventType: eventType, ObjectId: objectId, PageSize: 1)))).Total;

    public static Task<long> DenialsAsync(this Platform platform) => platform.AuditsAsync(AuditEvents.AccessDenied);
}

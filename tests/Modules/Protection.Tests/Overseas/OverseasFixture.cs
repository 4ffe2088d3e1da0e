using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Security;
using IpCity.IpData.Contracts;
using IpCity.Organisations.Contracts;
using IpCity.Protection.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Protection.Tests.Overseas;

/// <summary>Actors, a platform with the Nanchang profile loaded, audit counts and valid credit codes for the overseas tests.</summary>
internal static class OverseasFixture
{
    public static readonly ProtectionActor City = new("city1", Roles.CityOfficer, "360100", null, []);
    public static readonly ProtectionActor Donghu = new("donghu1", Roles.DistrictOfficer, "360102", null, []);
    public static readonly ProtectionActor Xihu = new("xihu1", Roles.DistrictOfficer, "360103", null, []);
    public static readonly ProtectionActor Visitor = new("anonymous", Roles.Public, null, null, []);

    public static ProtectionActor Enterprise(string code) => new("ent1", Roles.Enterprise, null, code, []);

    public static async Task<Platform> StartAsync(string provider)
    {
        var platform = await Platform.StartAsync(provider);
        await platform.InScopeAsync(sp => sp.GetRequiredService<ICityProfileLoader>().LoadAsync());
        return platform;
    }

    public static Task<T> WithAsync<TService, T>(this Platform platform, Func<TService, Task<T>> work)
        where TService : notnull =>
        platform.InScopeAsync(sp => work(sp.GetRequiredService<TService>()));

    public static Task<long> AuditCountAsync(this Platform platform, string eventType) =>
        platform.InScopeAsync(async sp => (await sp.GetRequiredService<IAuditQueries>().QueryAsync(new AuditQuery(EventType: eventType))).Total);

    /// <summary>A valid 统一社会信用代码 for the 17-character body (the check character found by trying the alphabet).</summary>
    public static string CreditCode(string body17) =>
        "0123456789ABCDEFGHJKLMNPQRTUWXY".Select(c => body17 + c).Single(CreditCodes.IsValid);
}

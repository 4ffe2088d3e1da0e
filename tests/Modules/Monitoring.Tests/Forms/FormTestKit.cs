using IpCity.BuildingBlocks.Errors;
using IpCity.Monitoring.Contracts;
using IpCity.Monitoring.Forms;
using IpCity.Organisations.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Monitoring.Tests.Forms;

internal static class FormTestKit
{
    public static readonly FormActor City = new("t.city", true, null);
    public static readonly FormActor Donghu = new("t.donghu", false, "360102");
    public static readonly FormActor Xihu = new("t.xihu", false, "360103");

    public static async Task<Platform> StartAsync(string provider)
    {
        var platform = await Platform.StartAsync(provider);
        await platform.InScopeAsync(sp => sp.GetRequiredService<ICityProfileLoader>().LoadAsync());
        return platform;
    }

    public static Task<T> FormsAsync<T>(this Platform platform, Func<IDataReporting, Task<T>> work) =>
        platform.InScopeAsync(sp => work(sp.GetRequiredService<IDataReporting>()));

    public static async Task<DataSetDto> DataSetAsync(this Platform platform, string code) =>
        (await platform.FormsAsync(r => r.ListDataSetsAsync(City))).Single(d => d.Code == code);

    public static async Task<IpCityException> RefusedAsync(Func<Task> work)
    {
        return await Assert.ThrowsAsync<IpCityException>(work);
    }

    public const string Pledge = StandardDataSets.Pledge;
    public const string Enforcement = StandardDataSets.Enforcement;
}

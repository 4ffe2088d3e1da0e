using IpCity.IpData.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.IpData.Tests;

/// <summary>A synthetic CN-layout export written into the platform's data folder, with the city profile loaded (addresses resolve).</summary>
internal static class DemoPatents
{
    public static async Task<string> WriteAsync(Platform platform, string name, int patents, int seed)
    {
        await platform.InScopeAsync(sp => sp.GetRequiredService<IpCity.Organisations.Contracts.ICityProfileLoader>().LoadAsync());
        var file = Path.Combine(platform.Store.Storage.DataDirectory, name);
        await platform.InScopeAsync(sp => sp.GetRequiredService<IDemoPatentGenerator>().GenerateAsync(file, patents, seed));
        return file;
    }
}

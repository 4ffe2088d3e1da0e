using IpCity.BuildingBlocks.Errors;
using IpCity.Organisations.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Organisations.Tests.Profiles;

/// <summary>The Nanchang profile: units from the NBS 2023 codes, zones, history, population and targets.</summary>
public sealed class LoadProfileTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static readonly string[] s_counties = ["东湖区", "西湖区", "青云谱区", "青山湖区", "新建区", "红谷滩区", "南昌县", "安义县", "进贤县"];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Nanchang_profile_loads_the_unit_tree_and_is_idempotent(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        var first = await platform.InScopeAsync(sp => sp.GetRequiredService<ICityProfileLoader>().LoadAsync());
        Assert.True(first.Changed);
        Assert.Equal("360100", first.CityCode);
        Assert.Equal(139, first.Streets);

        var second = await platform.InScopeAsync(sp => sp.GetRequiredService<ICityProfileLoader>().LoadAsync());
        Assert.False(second.Changed);

        await platform.InScopeAsync(async sp =>
        {
            var dir = sp.GetRequiredService<IOrgUnitDirectory>();
            var today = new DateOnly(2026, 6, 30);
            var current = await dir.GetUnitsAsync(today);
            Assert.Equal(s_counties.Order(), current.Where(u => u.Kind is "District" or "County").Select(u => u.Name).Order());
            Assert.Equal(["南昌临空经济区", "南昌经济技术开发区", "南昌高新技术产业开发区", "湾里管理局"], current.Where(u => u.Kind == "FunctionalZone").Select(u => u.Name).Order());
            Assert.All(current.Where(u => u.Kind != "Municipality"), u => Assert.Equal("360100", u.ParentCode));

            var in2018 = await dir.GetUnitsAsync(new DateOnly(2018, 12, 31));
            Assert.Contains(in2018, u => u.Name == "湾里区");
            Assert.Contains(in2018, u => u.Name == "红谷滩新区");
            Assert.DoesNotContain(in2018, u => u.Name == "红谷滩区");
            Assert.DoesNotContain(current, u => u.Name == "湾里区");

            var successions = await dir.GetSuccessionsAsync();
            Assert.Contains(successions, s => s.PredecessorCode == "360105" && s.SuccessorCode == "360112" && s.Kind == "Merged");
            Assert.Contains(successions, s => s.PredecessorCode == "360100H01" && s.SuccessorCode == "360113");

            // The zone reaches its member streets (maintained list), the district reaches its own streets.
            var wanli = await dir.GetSubtreeAsync("360100Z03");
            Assert.Equal(7, wanli.Count);
            var xinjian = await dir.GetSubtreeAsync("360112");
            Assert.Contains("360112116", xinjian);
            Assert.True(xinjian.Count > 30);
            Assert.Equal(1 + 15 + 139 - 0, (await dir.GetSubtreeAsync("360100")).Count);
            Assert.Empty(await dir.GetSubtreeAsync("999999"));

            var population = await dir.GetPopulationAsync("360100");
            var y2022 = Assert.Single(population, p => p.Year == 2022 && p.Kind == "YearEndResident");
            Assert.Equal(6_538_100, y2022.Persons);
            Assert.StartsWith("http", y2022.Source, StringComparison.Ordinal);
            Assert.Contains(population, p => p.Status == "DERIVED");

            var targets = await dir.GetTargetsAsync();
            Assert.Equal(6, targets.Count);
            Assert.Equal("HighValueInventionPatentsPer10k", targets[0].IndicatorCode);
            Assert.Equal(10m, targets[0].Target2025);
            Assert.All(targets, t => Assert.Null(t.Baseline2020));
            Assert.Equal(10000m, targets.Single(t => t.IndicatorCode == "IpAgentWorkforce").Target2025);
        });
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_profile_naming_a_code_outside_the_city_is_rejected_and_nothing_changes(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        await platform.InScopeAsync(sp => sp.GetRequiredService<ICityProfileLoader>().LoadAsync());
        var source = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "profiles", "nanchang.json"));
        var dir = Path.Combine(platform.Store.Storage.DataDirectory, "other");
        Directory.CreateDirectory(Path.Combine(dir, "profiles"));
        Directory.CreateDirectory(Path.Combine(dir, "reference"));
        CopyDirectory(Path.Combine(AppContext.BaseDirectory, "reference"), Path.Combine(dir, "reference"));
        var bad = Path.Combine(dir, "profiles", "bad.json");
        await File.WriteAllTextAsync(bad, source.Replace("\"code\": \"360124\"", "\"code\": \"360729\"", StringComparison.Ordinal));

        var error = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp => sp.GetRequiredService<ICityProfileLoader>().LoadAsync(bad)));
        Assert.Equal(ErrorCodes.ProfileInvalid, error.Code);
        Assert.Contains("360729", error.Message, StringComparison.Ordinal);
        var units = await platform.InScopeAsync(sp => sp.GetRequiredService<IOrgUnitDirectory>().GetUnitsAsync());
        Assert.Contains(units, u => u.Name == "进贤县");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Another_city_is_another_profile_file(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        var dir = Path.Combine(platform.Store.Storage.DataDirectory, "ganzhou");
        Directory.CreateDirectory(Path.Combine(dir, "profiles"));
        CopyDirectory(Path.Combine(AppContext.BaseDirectory, "reference"), Path.Combine(dir, "reference"));
        var profile = Path.Combine(dir, "profiles", "jiujiang.json");
        await File.WriteAllTextAsync(profile, """
            {
              "profileVersion": "test-1",
              "city": { "code": "360400", "name": "九江市", "shortName": "九江", "province": "江西省", "provinceCode": "36" },
              "divisionCodes": { "edition": "NBS 2023", "areasFile": "reference/nbs-2023/areas.csv", "streetsFile": "reference/nbs-2023/streets_36.csv", "source": "test" },
              "countyLevelUnits": [ { "code": "360402", "kind": "District" }, { "code": "360403", "kind": "District" } ],
              "outline": { "title": "九江测试", "source": "test", "targets": [] }
            }
            """);
        var result = await platform.InScopeAsync(sp => sp.GetRequiredService<ICityProfileLoader>().LoadAsync(profile));
        Assert.Equal("360400", result.CityCode);
        Assert.Equal(3, result.Units);
        Assert.True(result.Streets > 5);
        var p = await platform.InScopeAsync(sp => sp.GetRequiredService<IOrgUnitDirectory>().GetProfileAsync());
        Assert.Equal("九江市", p!.CityName);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}

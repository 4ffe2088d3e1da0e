using IpCity.IpData.Contracts;
using IpCity.IpData.Data;
using IpCity.IpData.Search;
using IpCity.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.IpData.Tests.Search;

/// <summary>Thematic databases: members equal the saved search's hits, and follow every import without being asked.</summary>
public sealed class ThematicTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_thematic_database_refreshes_on_import(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        await platform.InScopeAsync(sp => sp.GetRequiredService<IpCity.Organisations.Contracts.ICityProfileLoader>().LoadAsync());
        var first = Path.Combine(platform.Store.Storage.DataDirectory, "a.csv");
        var second = Path.Combine(platform.Store.Storage.DataDirectory, "b.csv");
        await platform.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IDemoPatentGenerator>().GenerateAsync(first, 400, 21);
            await sp.GetRequiredService<IDemoPatentGenerator>().GenerateAsync(second, 500, 22);
            await sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([first]));
        });

        const string Query = "电池 南昌";
        var created = await platform.InScopeAsync(sp => sp.GetRequiredService<IThematicDatabases>().CreateAsync(new CreateThematicRequest("电池专题", Query, "测试")));
        async Task<HashSet<long>> Expected() => await platform.InScopeAsync(async sp =>
            (await LikeScan.Filter(sp.GetRequiredService<IpDataDbContext>(), Query).Select(p => p.Id).ToListAsync()).ToHashSet());
        async Task<HashSet<long>> Members() => await platform.InScopeAsync(async sp =>
            (await sp.GetRequiredService<IpDataDbContext>().ThematicMembers.Where(m => m.ThematicDatabaseId == created.Id).Select(m => m.PatentId).ToListAsync()).ToHashSet());

        var before = await Expected();
        Assert.NotEmpty(before);
        Assert.Equal(before.Count, created.PatentCount);
        Assert.True(before.SetEquals(await Members()));

        // A new import: the index catch-up refreshes the thematic database by itself.
        platform.Clock.Advance(TimeSpan.FromHours(1));
        await platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([second])));
        var after = await Expected();
        Assert.True(after.Count > before.Count);
        Assert.True(after.SetEquals(await Members()));
        var page = await platform.InScopeAsync(sp => sp.GetRequiredService<IThematicDatabases>().GetAsync(created.Id, 1, 1000));
        Assert.NotNull(page);
        Assert.Equal(after.Count, page.Database.PatentCount);
        // The second file also updates patents of the first (same application numbers): some join, some leave.
        Assert.Equal(after.Except(before).Count(), page.Database.LastAdded);
        Assert.Equal(before.Except(after).Count(), page.Database.LastRemoved);
        Assert.Equal(page.Database.LastAdded, page.Members.Count(m => m.AddedAtUtc > page.Database.CreatedAtUtc));

        var duplicate = await Assert.ThrowsAsync<IpCity.BuildingBlocks.Errors.IpCityException>(() =>
            platform.InScopeAsync(sp => sp.GetRequiredService<IThematicDatabases>().CreateAsync(new CreateThematicRequest("电池专题", "电池"))));
        Assert.Equal("THEMATIC_EXISTS", duplicate.Code);
        var badQuery = await Assert.ThrowsAsync<IpCity.BuildingBlocks.Errors.IpCityException>(() =>
            platform.InScopeAsync(sp => sp.GetRequiredService<IThematicDatabases>().CreateAsync(new CreateThematicRequest("坏", "zz:1"))));
        Assert.Equal("SEARCH_QUERY_INVALID", badQuery.Code);
    }
}

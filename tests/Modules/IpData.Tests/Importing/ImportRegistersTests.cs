using System.Text;
using IpCity.IpData.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.IpData.Tests.Importing;

/// <summary>Trademarks (with Madrid) and GIs from tabular lists: counts, row errors, idempotence, queries.</summary>
public sealed class ImportRegistersTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Trademarks_and_madrid_registrations_import_once(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        const string csv = "注册号,申请日,商标名称,国际分类,注册人,地址,商标状态,专用期限,国际注册号,指定国家\r\n"
            + "12345678,2013-05-02,洪城,30;35,江西洪城食品有限公司,江西省南昌市红谷滩区丰和中大道1号,注册,2015-01-07至2025-01-06,1234567,US;EP;JP\r\n"
            + "23456789,2016-08-09,滕王阁,33,江西滕王阁酒业有限公司,江西省南昌市东湖区滕王阁街道,注册,2018.02.14-2028.02.13,,\r\n"
            + "34567890,2017-01-01,坏类别,99,某公司,江西省南昌市,申请中,,,\r\n"
            + "45678901,2019-03-03,GANJIANG,9,Ganjiang Tech Inc.,Redmond WA,注册,2020-01-01至2030-01-01,1500001,CN\r\n";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var path = Path.Combine(platform.Store.Storage.DataDirectory, "marks.csv");
        await File.WriteAllTextAsync(path, csv, Encoding.GetEncoding("GBK"));

        var first = await platform.InScopeAsync(sp => sp.GetRequiredService<IRegisterImporter>().ImportTrademarksAsync([path]));
        Assert.Equal(4, first.Read);
        Assert.Equal(3, first.Inserted);
        Assert.Equal(1, first.Rejected);
        var error = Assert.Single(first.Errors);
        Assert.Equal(("国际分类", "99", 4L), (error.Field, error.Value, error.Row));

        var second = await platform.InScopeAsync(sp => sp.GetRequiredService<IRegisterImporter>().ImportTrademarksAsync([path]));
        Assert.Equal(0, second.Inserted);
        Assert.Equal(3, second.Unchanged);

        await platform.InScopeAsync(async sp =>
        {
            var q = sp.GetRequiredService<ITrademarkQueries>();
            var madrid = await q.SearchAsync(new TrademarkSearchRequest(null, Madrid: true));
            Assert.Equal(["1234567", "1500001"], madrid.Hits.Select(t => t.MadridIrNumber).Order());
            Assert.Equal("23456789", Assert.Single((await q.SearchAsync(new TrademarkSearchRequest(null, Madrid: false))).Hits).RegistrationNumber);
            var hongcheng = Assert.Single((await q.SearchAsync(new TrademarkSearchRequest("洪城"))).Hits);
            Assert.Equal("30;35", hongcheng.NiceClasses);
            Assert.Equal("US;EP;JP", hongcheng.Designations);
            Assert.Equal(new DateOnly(2025, 1, 6), hongcheng.ExclusiveTo);
            Assert.Equal("360113", hongcheng.RegionCountyCode);
            Assert.Equal(hongcheng, await q.GetAsync(hongcheng.Id));
            Assert.Equal(new DateOnly(2028, 2, 13), Assert.Single((await q.SearchAsync(new TrademarkSearchRequest("滕王阁"))).Hits).ExclusiveTo);
        });
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_real_gi_facts_list_imports_with_its_types(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        var path = Path.Combine(Fixtures.RepositoryRoot, "reference", "jiangxi_gi_facts.csv");
        var result = await platform.InScopeAsync(sp => sp.GetRequiredService<IRegisterImporter>().ImportGisAsync([path]));
        Assert.Equal(7, result.Read);
        Assert.Equal(7, result.Inserted);
        Assert.Empty(result.Errors);
        var again = await platform.InScopeAsync(sp => sp.GetRequiredService<IRegisterImporter>().ImportGisAsync([path]));
        Assert.Equal(7, again.Unchanged);

        var gis = await platform.InScopeAsync(sp => sp.GetRequiredService<IRegisterQueries>().GisAsync());
        var crab = gis.Where(g => g.Name == "军山湖大闸蟹").ToList();
        Assert.Equal(["Agricultural", "Product"], crab.Select(g => g.Type).Order());
        Assert.All(crab, g => Assert.Equal("360124", g.AreaCode));
        Assert.Equal("Agricultural", gis.Single(g => g.Name == "秀挹三江萝卜腌菜").Type);
        Assert.Equal("DemonstrationZone", gis.Single(g => g.Name == "狗牯脑茶").Type);
        Assert.All(gis, g => Assert.StartsWith("http", g.SourceUrl, StringComparison.Ordinal));
    }
}

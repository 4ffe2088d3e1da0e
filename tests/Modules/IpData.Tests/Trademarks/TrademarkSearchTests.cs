using System.Text;
using IpCity.BuildingBlocks.Errors;
using IpCity.IpData.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.IpData.Tests.Trademarks;

/// <summary>Trademark search semantics: ANDed substrings over text, holder, address and number; ASCII case-insensitive; paging; export.</summary>
public sealed class TrademarkSearchTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Terms_are_anded_substrings_and_ascii_case_insensitive_on_both_databases(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        var csv = new StringBuilder("注册号,申请日,商标名称,国际分类,注册人,地址,商标状态,专用期限,国际注册号,指定国家\r\n");
        for (var i = 0; i < 25; i++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"{50000000 + i},2019-01-01,GanJiang{i},9,南昌赣江电子有限公司,江西省南昌市红谷滩区,注册,2020-01-01至2030-01-01,,\r\n");
        }

        csv.Append("60000001,2019-01-01,滕王阁,33,江西滕王阁酒业有限公司,江西省南昌市东湖区,注册,2018-02-14至2028-02-13,1600001,US;JP\r\n")
           .Append("60000002,2019-01-01,100%纯,33,某酒业_有限公司,江西省南昌县,注册,,,\r\n");
        var path = Path.Combine(platform.Store.Storage.DataDirectory, "marks.csv");
        await File.WriteAllTextAsync(path, csv.ToString(), new UTF8Encoding(false));
        Assert.Equal(27, (await platform.InScopeAsync(sp => sp.GetRequiredService<IRegisterImporter>().ImportTrademarksAsync([path]))).Inserted);

        await platform.InScopeAsync(async sp =>
        {
            var q = sp.GetRequiredService<ITrademarkQueries>();
            async Task<long> Total(string? query, bool? madrid = null) => (await q.SearchAsync(new TrademarkSearchRequest(query, madrid))).Total;

            Assert.Equal(25, await Total("ganjiang"));
            Assert.Equal(25, await Total("GANJIANG 红谷滩"));
            Assert.Equal(0, await Total("ganjiang 东湖区"));
            Assert.Equal(11, await Total("ganjiang1"));
            Assert.Equal(1, await Total("东湖 酒业"));
            Assert.Equal(1, await Total("6000000　滕王"));
            Assert.Equal(1, await Total("100%"));
            Assert.Equal(1, await Total("酒业_"));
            Assert.Equal(0, await Total("%%%"));
            Assert.Equal(1, await Total(null, madrid: true));
            Assert.Equal(26, await Total(null, madrid: false));
            Assert.Equal(0, await Total("ganjiang", madrid: true));

            var page2 = await q.SearchAsync(new TrademarkSearchRequest("ganjiang", null, Page: 2, PageSize: 10));
            Assert.Equal((25, 2, 10), (page2.Total, page2.Page, page2.PageSize));
            Assert.Equal("50000010", page2.Hits[0].RegistrationNumber);
            Assert.Equal(5, (await q.SearchAsync(new TrademarkSearchRequest("ganjiang", null, 3, 10))).Hits.Count);

            var exported = new List<TrademarkDto>();
            await foreach (var t in q.ExportAsync("ganjiang", null))
            {
                exported.Add(t);
            }

            Assert.Equal(25, exported.Count);
            Assert.Null(await q.GetAsync(999_999));
            var tooLong = await Assert.ThrowsAsync<IpCityException>(() => q.SearchAsync(new TrademarkSearchRequest(string.Join(' ', Enumerable.Repeat("a", 11)))));
            Assert.Equal("TRADEMARK_QUERY_INVALID", tooLong.Code);
        });
    }
}

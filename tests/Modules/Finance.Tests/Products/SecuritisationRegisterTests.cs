using IpCity.BuildingBlocks.Errors;
using IpCity.Finance.Contracts;
using IpCity.TestKit;
using static IpCity.Finance.Tests.Products.ProductsTestKit;

namespace IpCity.Finance.Tests.Products;

/// <summary>Securitisation deals on SQLite and PostgreSQL: entry by the city office, firm checks, statistics by issue year, export.</summary>
public sealed class SecuritisationRegisterTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static readonly string s_a = CreditCode("91360102MA35PECA0");
    private static readonly string s_b = CreditCode("91360111MA35PECB0");
    private static readonly string s_c = CreditCode("91360121MA35PECC0");

    private static Task<T> Deals<T>(Platform platform, Func<ISecuritisationRegister, Task<T>> work) => platform.With(work);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Deals_are_entered_with_their_local_firms_and_add_up_by_issue_year(string provider)
    {
        await using var platform = await StartAsync(provider);
        await Deals(platform, r => r.CreateAsync(City1, new SecuritisationRequest("赣知 2025-1 知识产权资产支持专项计划", "江西省知识产权运营平台", "深圳证券交易所", new DateOnly(2025, 4, 18), 1.2m, 36,
            [new("南昌证甲科技有限公司", s_a, "360102", 3000m), new("南昌证乙电子有限公司", s_b, "青山湖区", 2500.5m)], "江西省知识产权局通报")));
        await Deals(platform, r => r.CreateAsync(City1, new SecuritisationRequest("赣知 2025-2 知识产权资产支持专项计划", "江西省知识产权运营平台", "上海证券交易所", new DateOnly(2025, 11, 2), 0.8m, 20,
            [new("南昌证甲科技有限公司", s_a, "360102", 1000m)], null)));
        var third = await Deals(platform, r => r.CreateAsync(City1, new SecuritisationRequest("洪知 2026-1 知识产权资产支持票据", "南昌市融资担保集团", "银行间市场", new DateOnly(2026, 5, 20), 2m, 51,
            [new("南昌证丙材料有限公司", s_c, "360121", 5000m)], "市金融办")));
        Assert.Equal((2026, 5000m, "南昌县"), (third.Year, third.LocalAmountWan, third.Firms.Single().DistrictName));
        Assert.Equal(3, await AuditsAsync(platform, "SecuritisationCreated"));

        var years = await Deals(platform, r => r.StatisticsAsync(Dept));
        Assert.Equal(new[] { (2025, 2, 2.0m, 56, 2, 6500.5m), (2026, 1, 2m, 51, 1, 5000m) }, years.Select(y => (y.Year, y.Deals, y.AmountYi, y.UnderlyingIpCount, y.LocalFirms, y.LocalAmountWan)));

        Assert.Equal(2, (await Deals(platform, r => r.ListAsync(Donghu, new SecuritisationQuery(Year: 2025)))).Total);
        Assert.Equal(2, (await Deals(platform, r => r.ListAsync(Donghu, new SecuritisationQuery(District: "东湖区")))).Total);
        var export = await Deals(platform, r => r.ExportAsync(City1, new SecuritisationQuery()));
        Assert.Equal(3, export.Rows.Count);
        Assert.Equal(4.0m, export.Rows.Sum(r => (decimal)r[5]!));

        // Only the city office writes; firms are checked; names are unique.
        var district = await Assert.ThrowsAsync<IpCityException>(() => Deals(platform, r => r.CreateAsync(Donghu, new SecuritisationRequest("X", "Y", "Z", new DateOnly(2026, 1, 1), 1, 1, [], null))));
        Assert.Equal(403, district.Status);
        var badFirm = await Assert.ThrowsAsync<IpCityException>(() => Deals(platform, r => r.CreateAsync(City1, new SecuritisationRequest("新产品", "Y", "Z", new DateOnly(2026, 1, 1), 1, 1,
            [new("坏代码企业", BadCreditCode("91360102MA35PECA0"), "360102", 10m)], null))));
        Assert.Equal(("SECURITISATION_INVALID", "firms[0].creditCode"), (badFirm.Code, badFirm.Details["field"]));
        var tooMuch = await Assert.ThrowsAsync<IpCityException>(() => Deals(platform, r => r.CreateAsync(City1, new SecuritisationRequest("新产品", "Y", "Z", new DateOnly(2026, 1, 1), 0.1m, 1,
            [new("南昌证甲科技有限公司", s_a, "360102", 1001m)], null))));
        Assert.Equal("firms", tooMuch.Details["field"]);
        var duplicate = await Assert.ThrowsAsync<IpCityException>(() => Deals(platform, r => r.CreateAsync(City1, new SecuritisationRequest("洪知 2026-1 知识产权资产支持票据", "Y", "Z", new DateOnly(2026, 1, 1), 1, 1, [], null))));
        Assert.Equal(("SECURITISATION_DUPLICATE", 409), (duplicate.Code, duplicate.Status));

        var updated = await Deals(platform, r => r.UpdateAsync(City1, third.Id, new SecuritisationRequest(third.Name, third.Issuer, third.Exchange, third.IssuedOn, 2.5m, 60,
            [new("南昌证丙材料有限公司", s_c, "360121", 6000m), new("南昌证甲科技有限公司", s_a, "360102", 500m)], third.Source)));
        Assert.Equal((2.5m, 2, 6500m), (updated.AmountYi, updated.Firms.Count, updated.LocalAmountWan));
        Assert.Equal(6500m, (await Deals(platform, r => r.StatisticsAsync(City1))).Single(y => y.Year == 2026).LocalAmountWan);
    }
}

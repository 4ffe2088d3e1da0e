using IpCity.Organisations.Addresses;

namespace IpCity.Organisations.Tests.Addresses;

/// <summary>Address → county-level unit, street and functional zone, with the rule and confidence kept (DOMAIN.md §6.3).</summary>
public sealed class AddressResolverTests
{
    private static readonly AddressResolver s_resolver = new("360100");

    [Theory]
    [InlineData("江西省南昌市红谷滩区丰和中大道1号", "360113", null, null, "province-city-county")]
    [InlineData("江西省南昌市红谷滩区九龙湖街道某路", "360113", "360113006", null, "province-city-county")]
    [InlineData("江西省南昌县小蓝经济开发区富山大道", "360121", "360121403", null, null)]
    [InlineData("江西省南昌市湾里区招贤镇", "360112", "360112115", "360100Z03", null)]
    [InlineData("南昌市高新区艾溪湖北路688号", null, null, "360100Z02", null)]
    [InlineData("江西省南昌市南昌经济技术开发区双港大道", null, null, "360100Z01", "zone-name")]
    [InlineData("南昌红谷滩新区凤凰中大道", "360113", null, null, null)]
    [InlineData("进贤县民和镇", "360124", "360124100", null, "county-in-profile-city")]
    [InlineData("江西省 南昌市 东湖区 滕王阁街道", "360102", "360102002", null, null)]
    [InlineData("北京市海淀区中关村大街1号", "110108", null, null, null)]
    public void Addresses_resolve_to_units(string address, string? county, string? street, string? zone, string? rule)
    {
        var r = s_resolver.Resolve(address);
        Assert.Equal(county, r.CountyCode);
        Assert.Equal(street, r.StreetCode);
        Assert.Equal(zone, r.ZoneCode);
        Assert.True(r.IsResolved);
        Assert.InRange(r.Confidence, 0.3, 1.0);
        if (rule is not null)
        {
            Assert.Equal(rule, r.Rule);
        }
    }

    [Fact]
    public void Historic_names_are_flagged_with_lower_confidence()
    {
        var old = s_resolver.Resolve("南昌红谷滩新区凤凰中大道");
        Assert.Contains("historic-name", old.Rule, StringComparison.Ordinal);
        Assert.True(old.Confidence < 0.8);
        var wanli = s_resolver.Resolve("江西省南昌市湾里区招贤镇");
        Assert.Contains("湾里区", wanli.Rule, StringComparison.Ordinal);
        Assert.Equal("360100", wanli.CityCode);
        Assert.Equal("36", wanli.ProvinceCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Redmond WA 98052")]
    [InlineData("某某路1号")]
    public void Unknown_addresses_stay_unresolved(string address)
    {
        var r = s_resolver.Resolve(address);
        Assert.False(r.IsResolved);
        Assert.Equal(0, r.Confidence);
    }
}

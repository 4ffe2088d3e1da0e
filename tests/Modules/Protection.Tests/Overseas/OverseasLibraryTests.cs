using IpCity.BuildingBlocks.Errors;
using IpCity.Protection.Contracts;
using IpCity.Protection.Overseas;
using IpCity.TestKit;
using static IpCity.Protection.Tests.Overseas.OverseasFixture;

namespace IpCity.Protection.Tests.Overseas;

/// <summary>Country guides and service bodies: officers write, everyone searches by country and field, contacts masked for the public.</summary>
public sealed class OverseasLibraryTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Guides_and_service_bodies_are_searchable_by_country_and_field(string provider)
    {
        await using var platform = await StartAsync(provider);
        var law = await platform.WithAsync<OverseasLibrary, CountryGuideDto>(l => l.SaveGuideAsync(City, null, new CountryGuideRequest("美国", "美国专利法 (35 U.S.C.)", "Law", "美国专利法全文", "https://www.uspto.gov/", new DateOnly(2024, 1, 1), "USPTO", ["专利"])));
        await platform.WithAsync<OverseasLibrary, CountryGuideDto>(l => l.SaveGuideAsync(Donghu, null, new CountryGuideRequest("JP", "日本商标抢注风险提示", "风险预警", Fields: ["商标"])));
        Assert.Equal(("US", "美国", "法律"), (law.CountryCode, law.CountryName, law.KindLabel));
        var badLink = await Assert.ThrowsAsync<IpCityException>(() => platform.WithAsync<OverseasLibrary, CountryGuideDto>(l => l.SaveGuideAsync(City, null, new CountryGuideRequest("US", "x", "Law", Link: "javascript:alert(1)"))));
        Assert.Equal((OverseasLibrary.GuideInvalid, "link"), (badLink.Code, badLink.Details["field"]));
        var notOfficer = await Assert.ThrowsAsync<IpCityException>(() => platform.WithAsync<OverseasLibrary, CountryGuideDto>(l => l.SaveGuideAsync(Visitor, null, new CountryGuideRequest("US", "x", "Law"))));
        Assert.Equal(403, notOfficer.Status);

        Assert.Equal(law.Id, Assert.Single((await platform.WithAsync<OverseasLibrary, RegisterPage<CountryGuideDto>>(l => l.SearchGuidesAsync(new CountryGuideQuery(Country: "US")))).Items).Id);
        Assert.Single((await platform.WithAsync<OverseasLibrary, RegisterPage<CountryGuideDto>>(l => l.SearchGuidesAsync(new CountryGuideQuery(Field: "商标")))).Items);
        Assert.Single((await platform.WithAsync<OverseasLibrary, RegisterPage<CountryGuideDto>>(l => l.SearchGuidesAsync(new CountryGuideQuery(Q: "日本")))).Items);

        var firm = await platform.WithAsync<OverseasLibrary, ServiceBodyDto>(l => l.SaveServiceBodyAsync(City, null, new ServiceBodyRequest("某涉外律师事务所", "律所", ["US", "德国"], ["专利", "商标"], Contact: "赵律师", Phone: "13800001111", Email: "zhao@example.cn")));
        await platform.WithAsync<OverseasLibrary, ServiceBodyDto>(l => l.SaveServiceBodyAsync(City, null, new ServiceBodyRequest("钱专家", "专家", ["JP"], ["商标"], Organisation: "某大学", Active: false)));
        Assert.Equal(["US", "DE"], firm.Countries);
        var publicList = await platform.WithAsync<OverseasLibrary, RegisterPage<ServiceBodyDto>>(l => l.SearchServiceBodiesAsync(Visitor, new ServiceBodyQuery(Country: "DE", Field: "Patent")));
        var shown = Assert.Single(publicList.Items);
        Assert.Equal(("138****1111", "z***@example.cn"), (shown.Phone, shown.Email));
        Assert.Empty((await platform.WithAsync<OverseasLibrary, RegisterPage<ServiceBodyDto>>(l => l.SearchServiceBodiesAsync(Visitor, new ServiceBodyQuery(Country: "日本")))).Items);
        Assert.Single((await platform.WithAsync<OverseasLibrary, RegisterPage<ServiceBodyDto>>(l => l.SearchServiceBodiesAsync(City, new ServiceBodyQuery(Q: "日本")))).Items);
        Assert.Equal("13800001111", (await platform.WithAsync<OverseasLibrary, ServiceBodyDto>(l => l.GetServiceBodyAsync(City, firm.Id))).Phone);
        var duplicate = await Assert.ThrowsAsync<IpCityException>(() => platform.WithAsync<OverseasLibrary, ServiceBodyDto>(l => l.SaveServiceBodyAsync(City, null, new ServiceBodyRequest("某涉外律师事务所", "LawFirm"))));
        Assert.Equal(409, duplicate.Status);
        Assert.Equal(2, await platform.AuditCountAsync("CountryGuideCreated"));
        Assert.Equal(2, await platform.AuditCountAsync("ServiceBodyCreated"));
    }
}

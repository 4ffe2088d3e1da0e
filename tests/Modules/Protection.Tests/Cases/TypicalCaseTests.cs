using System.IO.Compression;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Protection.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;
using static IpCity.Protection.Tests.Cases.CaseTestKit;

namespace IpCity.Protection.Tests.Cases;

/// <summary>Issue 5 §6: a closed case is nominated, its parties anonymised, selected by the city office and published (public list and .docx).</summary>
public sealed class TypicalCaseTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_closed_case_is_nominated_anonymised_selected_and_published(string provider)
    {
        await using var platform = await StartAsync(provider, D("2026-12-31"));
        var open = await WalkAsync(platform, City, await OpenAsync(platform, City, CaseTypes.TrademarkInfringement, "2026-03-02", Donghu), "2026-03-03", null);
        var notClosed = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp => sp.GetRequiredService<ITypicalCases>().NominateAsync(City, open.Summary.Id,
            new NominateTypicalCaseRequest(2026, "t", "s", "m"))));
        Assert.Equal("TYPICAL_CASE_NOT_CLOSED", notClosed.Code);

        var closed = await WalkAsync(platform, City, await OpenAsync(platform, City, CaseTypes.TrademarkInfringement, "2026-04-01", Donghu), "2026-04-02", "2026-05-20");
        var nominated = await platform.InScopeAsync(sp => sp.GetRequiredService<ITypicalCases>().NominateAsync(DonghuOfficer, closed.Summary.Id, new NominateTypicalCaseRequest(2026,
            "南昌某某商贸有限公司销售侵犯“军山湖”注册商标专用权商品案",
            "经查, 南昌某某商贸有限公司(统一社会信用代码 91360100MA35TEST0X)销售假冒礼盒; 举报人张三丰(电话 13912345678)提供线索。",
            "保护地理标志商标。")));
        Assert.Equal("某公司销售侵犯“军山湖”注册商标专用权商品案", nominated.Title);
        Assert.DoesNotContain("张三丰", nominated.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("91360100MA35TEST0X", nominated.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("13912345678", nominated.Summary, StringComparison.Ordinal);
        Assert.Contains("张某", nominated.Summary, StringComparison.Ordinal);

        var publicActor = new ProtectionActor("anonymous", Roles.Public, null, null, []);
        Assert.Empty(await platform.InScopeAsync(sp => sp.GetRequiredService<ITypicalCases>().ListAsync(publicActor, 2026)));
        var district = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp => sp.GetRequiredService<ITypicalCases>().ReviewAsync(DonghuOfficer, nominated.Id, new ReviewTypicalCaseRequest(true, 1, null))));
        Assert.Equal(403, district.Status);
        await platform.InScopeAsync(sp => sp.GetRequiredService<ITypicalCases>().ReviewAsync(City, nominated.Id, new ReviewTypicalCaseRequest(true, 1, "入选")));
        await platform.InScopeAsync(sp => sp.GetRequiredService<ITypicalCases>().PublishAsync(City, 2026));

        var published = Assert.Single(await platform.InScopeAsync(sp => sp.GetRequiredService<ITypicalCases>().ListAsync(publicActor, 2026)));
        Assert.Equal(("Published", 1), (published.State, published.Rank));
        var docx = await platform.InScopeAsync(sp => sp.GetRequiredService<ITypicalCases>().DocxAsync(2026));
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = await reader.ReadToEndAsync();
        Assert.Contains("2026年度知识产权保护典型案例", xml, StringComparison.Ordinal);
        Assert.Contains("某公司销售侵犯", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("张三丰", xml, StringComparison.Ordinal);
    }
}

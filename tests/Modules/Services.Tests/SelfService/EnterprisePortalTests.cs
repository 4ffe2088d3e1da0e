using System.Text;
using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Identifiers;
using IpCity.BuildingBlocks.Security;
using IpCity.IpData.Contracts;
using IpCity.Organisations.Contracts;
using IpCity.Services.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Services.Tests.SelfService;

/// <summary>
/// Issue 6 acceptance on SQLite and PostgreSQL: a firm signed in as Enterprise sees its own portfolio and the renewals
/// and annual fees due, and gets 404 (with an AccessDenied audit row) for another firm's patent; other roles are refused.
/// </summary>
public sealed class EnterprisePortalTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static readonly string FirmA = Code("91360102MA35A0010");
    private static readonly string FirmB = Code("91360103MA35A0021");

    private static string Code(string first17) => first17 + UnifiedSocialCreditCode.CheckCharacter(first17);

    private static Actor Enterprise(string code) => new("firm." + code[^4..], Roles.Enterprise, null, code, []);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_firm_sees_its_own_portfolio_and_renewals_and_gets_404_for_another_firms_patent(string provider)
    {
        // Clock: 2026-03-02 (Beijing).
        await using var platform = await Platform.StartAsync(provider);
        await platform.InScopeAsync(sp => sp.GetRequiredService<ICityProfileLoader>().LoadAsync());
        var patents = new StringBuilder("申请号,申请日,公开（公告）号,授权公告号,授权公告日,专利类型,发明名称,申请（专利权）人,申请人地址,统一社会信用代码,法律事件\r\n")
            .Append(CultureInvariant("201910000011", "2019-04-10", "CN110000011A", "CN110000011B", "2021-06-01", "发明", "一种稀土永磁材料", "江西自助甲有限公司", "江西省南昌市东湖区八一大道1号", FirmA, "2021-06-01 授权"))
            .Append(CultureInvariant("202020000012", "2020-03-20", "CN210000012U", string.Empty, string.Empty, "实用新型", "一种电机壳体", "江西自助甲有限公司", "江西省南昌市东湖区八一大道1号", FirmA, "2020-09-01 授权"))
            .Append(CultureInvariant("201910000013", "2019-05-05", "CN110000013A", "CN110000013B", "2021-08-01", "发明", "一种光伏逆变器", "江西自助乙有限公司", "江西省南昌市西湖区1号", FirmB, "2021-08-01 授权"));
        var file = Path.Combine(platform.Store.Storage.DataDirectory, "self.csv");
        await File.WriteAllTextAsync(file, patents.ToString(), new UTF8Encoding(true));
        await platform.InScopeAsync(sp => sp.GetRequiredService<IPatentImporter>().ImportAsync(new ImportRequest([file], UpdateIndex: false)));
        var marks = Path.Combine(platform.Store.Storage.DataDirectory, "self-marks.csv");
        await File.WriteAllTextAsync(marks, "注册号,申请日,商标名称,国际分类,注册人,地址,商标状态,专用期限,国际注册号,指定国家\r\n"
            + "40000001,2015-05-02,自助甲,9,江西自助甲有限公司,江西省南昌市东湖区八一大道1号,注册,2016-09-07至2026-09-06,,\r\n"
            + "40000002,2012-05-02,自助甲图形,7,江西自助甲有限公司,江西省南昌市东湖区八一大道1号,注册,2015-01-07至2025-12-06,1300001,US;DE\r\n"
            + "40000003,2018-05-02,自助乙,9,江西自助乙有限公司,江西省南昌市西湖区1号,注册,2019-06-07至2029-06-06,,\r\n", new UTF8Encoding(true));
        await platform.InScopeAsync(sp => sp.GetRequiredService<IRegisterImporter>().ImportTrademarksAsync([marks]));

        var overview = await platform.InScopeAsync(sp => sp.GetRequiredService<IEnterprisePortal>().OverviewAsync(Enterprise(FirmA)));
        Assert.Equal(["201910000011", "202020000012"], overview.Patents.Select(p => p.ApplicationNumber[..12]).Order(StringComparer.Ordinal));
        Assert.Equal(["40000001", "40000002"], overview.Trademarks.Select(t => t.RegistrationNumber).Order(StringComparer.Ordinal));
        Assert.All(overview.Patents, p => Assert.True(p.InForce));
        // The portfolio computes statuses a page at a time: the same answers as the patent page's status query.
        foreach (var owned in overview.Patents)
        {
            var status = await platform.InScopeAsync(sp => sp.GetRequiredService<IPatentStatusQueries>().GetStatusAsync(owned.Id, new DateOnly(2026, 3, 2)));
            Assert.Equal((status!.Status, status.InForce, status.TermEnds), (owned.Status, owned.InForce, owned.TermEnds));
        }

        // Annual fees: the next filing-date anniversary (2026-03-20 for the utility model is due within 90 days; 2026-04-10 too).
        var fee = Assert.Single(overview.Renewals, r => r.Kind == "年费" && r.Number.StartsWith("202020000012", StringComparison.Ordinal));
        Assert.Equal((new DateOnly(2026, 3, 20), "Due", 18), (fee.Due, fee.State, fee.DaysLeft));
        // Trademarks: 40000001 ends 2026-09-06 — in the 12-month renewal window; the Madrid mark ended 2025-12-06 — in the grace period.
        Assert.Equal("Due", overview.Renewals.Single(r => r.Number == "40000001").State);
        Assert.Equal(("马德里续展", "Grace"), overview.Renewals.Where(r => r.Number == "1300001").Select(r => (r.Kind, r.State)).Single());
        Assert.DoesNotContain(overview.Renewals, r => r.Number.StartsWith("201910000013", StringComparison.Ordinal) || r.Number == "40000003");

        // Its own patent by id; the other firm's is 404 with an AccessDenied row; an officer is refused the portal.
        var own = overview.Patents[0].Id;
        Assert.Equal(own, (await platform.InScopeAsync(sp => sp.GetRequiredService<IEnterprisePortal>().PatentAsync(Enterprise(FirmA), own))).PatentId);
        var other = (await platform.InScopeAsync(sp => sp.GetRequiredService<IEnterprisePortal>().OverviewAsync(Enterprise(FirmB)))).Patents.Single().Id;
        async Task<long> Denials() => (await platform.InScopeAsync(sp => sp.GetRequiredService<IAuditQueries>().QueryAsync(new AuditQuery(EventType: AuditEvents.AccessDenied, PageSize: 1)))).Total;
        var before = await Denials();
        var e = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp => sp.GetRequiredService<IEnterprisePortal>().PatentAsync(Enterprise(FirmA), other)));
        Assert.Equal(("ENTERPRISE_RECORD_NOT_FOUND", 404), (e.Code, e.Status));
        Assert.Equal(before + 1, await Denials());
        var officer = new Actor("city", Roles.CityOfficer, null, null, []);
        Assert.Equal("ENTERPRISE_ONLY", (await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp => sp.GetRequiredService<IEnterprisePortal>().OverviewAsync(officer)))).Code);
    }

    private static string CultureInvariant(params string[] cells) => string.Join(',', cells) + "\r\n";
}

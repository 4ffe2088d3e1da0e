using IpCity.BuildingBlocks.Security;
using IpCity.Monitoring.Contracts;
using IpCity.Services.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;
using static IpCity.Services.Tests.Agencies.AgencyTestKit;
using static IpCity.Services.Tests.Brands.BrandTestKit;

namespace IpCity.Services.Tests.Brands;

/// <summary>
/// Issue 6 §4 on SQLite and PostgreSQL: the Madrid portfolio from an imported trademark list — one entry per IR whatever
/// its national records, local domestic holders only, states, renewals due and overdue, district scope, statistics, the
/// holder view for the self-service — and its in-force count equals the monitoring's MadridRegistrationsHeld.
/// </summary>
public sealed class MadridPortfolioTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static Task<T> Portfolio<T>(Platform platform, Func<IMadridPortfolio, Task<T>> work) =>
        platform.InScopeAsync(sp => work(sp.GetRequiredService<IMadridPortfolio>()));

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_portfolio_counts_one_entry_per_ir_and_agrees_with_the_monitoring(string provider)
    {
        await using var platform = await StartAsync(provider);
        await ImportTrademarksAsync(platform);

        var page = await Portfolio(platform, p => p.ListAsync(City, new MadridQuery(On: YearEnd)));
        // The foreign holder (3333333) and the 九江 holder (4444444) are not in the city's portfolio.
        Assert.Equal(["1111111", "2222222", "5555555", "6666666"], page.Items.Select(e => e.IrNumber));
        Assert.Equal(new MadridTotals(4, 2, 1, 1, 1, 1), page.Totals);

        var hongcheng = page.Items[0];
        Assert.Equal(["10000001", "10000002"], hongcheng.RegistrationNumbers);
        Assert.Equal((4, "EP;JP;KR;US"), (hongcheng.PartyCount, string.Join(';', hongcheng.Parties)));
        Assert.Equal(["30", "35"], hongcheng.NiceClasses);
        Assert.Equal((MarkStates.InForce, true, false), (hongcheng.State, hongcheng.RenewalDue, hongcheng.Overdue));
        Assert.Equal((D("2016-05-01"), D("2026-04-30"), Donghu), (hongcheng.IrDate!.Value, hongcheng.Expiry!.Value, hongcheng.CountyCode!));
        var expired = page.Items[1];
        Assert.Equal((MarkStates.Expired, false, true, false), (expired.State, expired.RenewalDue, expired.Overdue, expired.InGracePeriod));
        Assert.Equal(MarkStates.Cancelled, page.Items[2].State);
        Assert.Equal((MarkStates.InForce, false, HighTechZone), (page.Items[3].State, page.Items[3].RenewalDue, page.Items[3].ZoneCode!));

        // Filters: renewals due, overdue, a shorter window, a designated party.
        Assert.Equal(["1111111"], (await Portfolio(platform, p => p.ListAsync(City, new MadridQuery(Due: "renewal", On: YearEnd)))).Items.Select(e => e.IrNumber));
        Assert.Equal(["2222222"], (await Portfolio(platform, p => p.ListAsync(City, new MadridQuery(Due: "overdue", On: YearEnd)))).Items.Select(e => e.IrNumber));
        Assert.Empty((await Portfolio(platform, p => p.ListAsync(City, new MadridQuery(Due: "renewal", On: YearEnd, Months: 3)))).Items);
        Assert.Equal(["1111111", "6666666"], (await Portfolio(platform, p => p.ListAsync(City, new MadridQuery(Party: "us", On: YearEnd)))).Items.Select(e => e.IrNumber));

        // District officers see their unit's holders only.
        Assert.Equal(["1111111"], (await Portfolio(platform, p => p.ListAsync(DonghuOfficer, new MadridQuery(On: YearEnd)))).Items.Select(e => e.IrNumber));
        Assert.Equal(["2222222"], (await Portfolio(platform, p => p.ListAsync(XihuOfficer, new MadridQuery(On: YearEnd)))).Items.Select(e => e.IrNumber));

        // Statistics by district and by designated party.
        var stats = await Portfolio(platform, p => p.StatisticsAsync(City, YearEnd));
        Assert.Equal(page.Totals, stats.Total);
        var donghu = stats.ByDistrict.Single(r => r.Key == Donghu);
        Assert.Equal((1, 1, 1, 0), (donghu.Entries, donghu.InForce, donghu.RenewalsDue, donghu.Overdue));
        Assert.Equal("东湖区", donghu.Name);
        Assert.Equal((2, 2), stats.ByParty.Where(r => r.Key == "US").Select(r => (r.Entries, r.InForce)).Single());

        // The export has the list's rows.
        var export = await Portfolio(platform, p => p.ExportAsync(City, new MadridQuery(On: YearEnd), "csv"));
        Assert.Equal(page.Total, export.Count);

        // The monitoring counts the same in-force IRs for the city and the district on 31 December.
        await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorEngine>().RecomputeAsync(2025));
        async Task<decimal?> ValueAsync(string unit) =>
            (await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorService>().GetAsync(IndicatorCodes.MadridRegistrationsHeld, unit, 2025))).Latest!.Value;
        Assert.Equal(page.Totals.InForce, await ValueAsync("360100"));
        Assert.Equal(1m, await ValueAsync(Donghu));
        Assert.Equal(2m, await ValueAsync("360100"));

        // On another date the two still agree: in mid-2026 IR 1111111 has expired unless renewed.
        var later = await Portfolio(platform, p => p.ListAsync(City, new MadridQuery(On: D("2026-06-30"))));
        Assert.Equal((1, 1), (later.Totals.InForce, later.Items.Count(e => e.InGracePeriod)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_holder_view_lists_madrid_and_national_marks_with_renewals_and_keeps_enterprises_to_their_own_firm(string provider)
    {
        await using var platform = await StartAsync(provider);
        await ImportTrademarksAsync(platform);

        var marks = await Portfolio(platform, p => p.HolderMarksAsync(City, null, "江西洪城食品有限公司", YearEnd));
        Assert.Equal("1111111", Assert.Single(marks.Madrid).IrNumber);
        var national = Assert.Single(marks.National);
        Assert.Equal(("10000007", MarkStates.InForce, true), (national.RegistrationNumber, national.State, national.RenewalDue));
        Assert.Equal((2, 0), (marks.RenewalsDue, marks.Overdue));
        Assert.Empty((await Portfolio(platform, p => p.HolderMarksAsync(XihuOfficer, null, "江西洪城食品有限公司", YearEnd))).Madrid);

        // An enterprise asking for another firm's code: 404 and an AccessDenied row.
        var own = CreditCode("91360102MA35HCA01");
        var other = CreditCode("91360102MA35HCB02");
        var enterprise = new Actor("firm.user", Roles.Enterprise, null, own, []);
        var before = await AuditsAsync(platform, "AccessDenied");
        var denied = await Assert.ThrowsAsync<IpCity.BuildingBlocks.Errors.IpCityException>(() => Portfolio(platform, p => p.HolderMarksAsync(enterprise, other, null, YearEnd)));
        Assert.Equal((404, "HOLDER_NOT_FOUND"), (denied.Status, denied.Code));
        Assert.Equal(before + 1, await AuditsAsync(platform, "AccessDenied"));
        var mine = await Portfolio(platform, p => p.HolderMarksAsync(enterprise, null, null, YearEnd));
        Assert.Empty(mine.Madrid);
        Assert.Empty(mine.National);
        Assert.Equal(12, mine.Months);
    }
}

using IpCity.Monitoring.Contracts;
using IpCity.Protection.Contracts;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;
using static IpCity.Protection.Tests.Cases.CaseTestKit;

namespace IpCity.Protection.Tests.Cases;

/// <summary>
/// Issue 5 acceptance: closure rates A, B and C for a seeded year equal a hand count, by unit and for the city;
/// the monitoring's closure-rate value is then computed from the cases, with the cases as its drill-down.
/// </summary>
public sealed class CaseStatisticsTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Closure_rates_match_a_hand_count_and_feed_the_monitoring_indicator(string provider)
    {
        await using var platform = await StartAsync(provider, D("2026-12-31"));
        // 1 东湖 商标侵权: filed 2025-11-10 (90 days → 2026-02-08 Sunday → 02-09), closed 2026-01-20: carried over, closed, due, in time.
        var c1 = await WalkAsync(platform, City, await OpenAsync(platform, City, CaseTypes.TrademarkInfringement, "2025-11-03", Donghu), "2025-11-10", "2026-01-20");
        // 2 东湖 假冒专利: filed 2026-03-05 (due 06-03), closed 2026-08-20: filed, closed, due, late.
        var c2 = await WalkAsync(platform, City, await OpenAsync(platform, City, CaseTypes.PatentCounterfeiting, "2026-03-02", Donghu), "2026-03-05", "2026-08-20");
        // 3 西湖 商标侵权: filed 2026-06-03 (due 09-01), still open: filed, due, not closed.
        var c3 = await WalkAsync(platform, City, await OpenAsync(platform, City, CaseTypes.TrademarkInfringement, "2026-06-01", Xihu), "2026-06-03", null);
        // 4 西湖 专利纠纷调解: filed 04-10, mediated 05-10, closed 05-12: filed, closed, no statutory due date.
        var c4 = await OpenAsync(platform, City, CaseTypes.PatentDisputeMediation, "2026-04-01", Xihu);
        c4 = await AssignAsync(platform, City, c4, "mediator");
        c4 = await ActAsync(platform, City, c4, CaseActions.File, "2026-04-10");
        c4 = await ActAsync(platform, City, c4, CaseActions.Investigate, "2026-04-10");
        c4 = await ActAsync(platform, City, c4, CaseActions.Mediate, "2026-05-10");
        c4 = await ActAsync(platform, City, c4, CaseActions.Close, "2026-05-12");
        Assert.Equal(ClosureModes.Mediated, c4.Summary.ClosureMode);
        // 5 不予立案: never counted. 6 代理违法: outside the closure-rate scope.
        var c5 = await OpenAsync(platform, City, CaseTypes.TrademarkInfringement, "2026-10-01", Donghu);
        await ActAsync(platform, City, c5, CaseActions.Refuse, "2026-10-09");
        await WalkAsync(platform, City, await OpenAsync(platform, City, CaseTypes.AgencyViolation, "2026-02-02", Donghu), "2026-02-03", "2026-03-03");
        Assert.Equal((bool?)false, c1.Summary.ClosedLate);
        Assert.Equal((bool?)true, c2.Summary.ClosedLate);
        Assert.Equal("Overdue", c3.Summary.NextDeadline!.State);

        var city = (await platform.InScopeAsync(sp => sp.GetRequiredService<ICaseStatistics>().ByTypeAsync(City, 2026, null))).Single(s => s.Type is null);
        Assert.Equal((3, 1, 3, 3, 1), (city.Filed, city.CarriedOver, city.Closed, city.Due, city.ClosedInTime));
        Assert.Equal((100m, 75m, 33.33m), (city.RateA, city.RateB, city.RateC));
        Assert.Equal(2, city.ByClosureMode[ClosureModes.Decision]);
        Assert.Equal(1, city.ByClosureMode[ClosureModes.Mediated]);
        // Cycle times of the three closed cases: 71, 168 and 32 days (nearest rank: median 71, p90 168).
        Assert.Equal((71d, 168d), (city.MedianDays, city.P90Days));

        var donghu = (await platform.InScopeAsync(sp => sp.GetRequiredService<ICaseStatistics>().ByTypeAsync(DonghuOfficer, 2026, Xihu))).Single(s => s.Type is null);
        Assert.Equal(Donghu, donghu.UnitCode);
        Assert.Equal((1, 1, 2, 2, 1), (donghu.Filed, donghu.CarriedOver, donghu.Closed, donghu.Due, donghu.ClosedInTime));
        Assert.Equal((200m, 100m, 50m), (donghu.RateA, donghu.RateB, donghu.RateC));

        // The monitoring's closure rate (headline variant C) now comes from these cases; its records are the cases closed in time.
        await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorEngine>().RecomputeAsync(2026));
        var view = await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorService>().GetAsync(IndicatorCodes.EnforcementClosureRate, "360100", 2026));
        var value = view.Latest!;
        Assert.Equal((1m, 3m, Math.Round(100m / 3m, 6)), (value.Numerator, value.Denominator, value.Value));
        Assert.Contains(value.Inputs, i => i.Element == DataElements.CasesClosedInTime && i.Source == "Computed" && i.Origin == "protection");
        var records = await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorService>().RecordsAsync(value.Id, 1, 50));
        Assert.Equal("case", records.RecordKind);
        Assert.Equal(c1.Summary.Number, Assert.Single(records.Items).Key);
        var a = (await platform.InScopeAsync(sp => sp.GetRequiredService<IIndicatorService>().GetAsync(IndicatorCodes.EnforcementClosureRate + "A", Donghu, 2026))).Latest!;
        Assert.Equal(200m, a.Value);
    }
}

using IpCity.Access.Contracts;
using IpCity.BuildingBlocks.Errors;
using IpCity.Protection.Contracts;
using IpCity.Protection.Deadlines;
using IpCity.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace IpCity.Protection.Tests.Deadlines;

/// <summary>
/// The calendar and the time-limit rules in the store, on SQLite and PostgreSQL: starter calendars on first use,
/// a year replaced as a new version (same content again changes nothing), bad rows refused with their codes,
/// rule versions by effective date, all audited.
/// </summary>
public sealed class DeadlineStoreTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static Task<long> AuditsAsync(Platform platform, string type) =>
        platform.InScopeAsync(async sp => (await sp.GetRequiredService<IAuditQueries>().QueryAsync(new AuditQuery(EventType: type, PageSize: 1))).Total);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Starter_calendars_load_on_first_use_and_a_year_is_replaced_as_a_new_version(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        var first = await platform.InScopeAsync(sp => sp.GetRequiredService<IWorkingDayCalendar>().GetAsync(2025));
        Assert.NotNull(first);
        Assert.Equal((1, "UNCONFIRMED", "test"), (first.Version, first.Status, first.LoadedBy));
        Assert.Contains(first.Days, d => d.Date == new DateOnly(2025, 1, 26) && d.Kind == HolidayDayKinds.AdjustedWorkday);
        Assert.Equal(8, first.Days.Count(d => d.Name == "春节" && d.Kind == HolidayDayKinds.Holiday));
        Assert.Equal([2024, 2025, 2026], await platform.InScopeAsync(sp => sp.GetRequiredService<IWorkingDayCalendar>().YearsAsync()));
        Assert.Equal(3, await AuditsAsync(platform, WorkingDayCalendarService.LoadedEvent));

        // The starter again: every year is loaded, nothing happens.
        Assert.Empty(await platform.InScopeAsync(sp => sp.GetRequiredService<IWorkingDayCalendar>().LoadStarterAsync()));

        // The city office confirms 2025 after checking gov.cn: a new version; the first one is kept.
        var input = HolidayCalendarFile.ReadJson(RealCalendar.File(2025)) with { Status = "CONFIRMED", Note = "已核对 gov.cn" };
        platform.Clock.Advance(TimeSpan.FromDays(1));
        var replaced = await platform.InScopeAsync(sp => sp.GetRequiredService<IWorkingDayCalendar>().LoadAsync(2025, input));
        Assert.True(replaced.Changed);
        Assert.Equal((2, "CONFIRMED"), (replaced.Calendar.Version, replaced.Calendar.Status));
        Assert.Equal([2, 1], replaced.Calendar.Versions.Select(v => v.Version));
        Assert.Equal(first.Days, replaced.Calendar.Days);
        Assert.Equal(4, await AuditsAsync(platform, WorkingDayCalendarService.LoadedEvent));

        // The same content again: idempotent.
        var again = await platform.InScopeAsync(sp => sp.GetRequiredService<IWorkingDayCalendar>().LoadAsync(2025, input));
        Assert.False(again.Changed);
        Assert.Equal(2, again.Calendar.Versions.Count);
        Assert.Equal(4, await AuditsAsync(platform, WorkingDayCalendarService.LoadedEvent));

        // The calculator uses the version in force: no "待核" note for the confirmed 2025.
        var result = await platform.InScopeAsync(sp => sp.GetRequiredService<IDeadlineCalculator>().ComputeAsync(new DeadlineRequest(new DateOnly(2025, 1, 24), new Period(5, PeriodUnit.WorkingDays))));
        Assert.Equal(new DateOnly(2025, 2, 7), result.Due);
        Assert.DoesNotContain(result.Trail, l => l.Contains("2025 年节假日安排待核", StringComparison.Ordinal));
        Assert.True(await platform.InScopeAsync(sp => sp.GetRequiredService<IDeadlineCalculator>().IsWorkingDayAsync(new DateOnly(2025, 1, 26))));
        Assert.Null(await platform.InScopeAsync(sp => sp.GetRequiredService<IDeadlineCalculator>().IsWorkingDayAsync(new DateOnly(2027, 1, 4))));

        var into2027 = await platform.InScopeAsync(sp => sp.GetRequiredService<IDeadlineCalculator>().ComputeAsync(new DeadlineRequest(new DateOnly(2026, 12, 1), new Period(90, PeriodUnit.Days))));
        Assert.Equal([2027], into2027.MissingCalendarYears);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Bad_rows_refuse_the_whole_load_and_a_new_year_can_be_added(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        var bad = new HolidayCalendarInput(2027, "《国务院办公厅关于2027年部分节假日安排的通知》", "CONFIRMED", null,
        [
            new HolidayDayInput("2027-01-01", "Holiday", "元旦"),
            new HolidayDayInput("2027-01-04", "AdjustedWorkday", "元旦"),
            new HolidayDayInput("2028-01-01", "Holiday", "元旦"),
            new HolidayDayInput("2027-01-01", "Holiday", "元旦"),
        ]);
        var e = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp => sp.GetRequiredService<IWorkingDayCalendar>().LoadAsync(2027, bad)));
        Assert.Equal(("CALENDAR_INVALID", 400), (e.Code, e.Status));
        var rules = ((List<Dictionary<string, object?>>)e.Details["issues"]!).Select(i => ((int)i["row"]!, (string)i["rule"]!)).ToList();
        Assert.Equal([(2, "WORKDAY_NOT_WEEKEND"), (3, "DATE_OUTSIDE_YEAR"), (4, "DATE_DUPLICATE")], rules);
        Assert.Null(await platform.InScopeAsync(sp => sp.GetRequiredService<IWorkingDayCalendar>().GetAsync(2027)));

        var good = bad with { Days = [bad.Days[0], new HolidayDayInput("2027-01-02", "放假", "元旦", "2027-01-03")] };
        var loaded = await platform.InScopeAsync(sp => sp.GetRequiredService<IWorkingDayCalendar>().LoadAsync(2027, good));
        Assert.Equal((1, 3), (loaded.Calendar.Version, loaded.Calendar.Days.Count));
        Assert.False(await platform.InScopeAsync(sp => sp.GetRequiredService<IDeadlineCalculator>().IsWorkingDayAsync(new DateOnly(2027, 1, 1))));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Time_limits_are_preloaded_and_versioned_by_effective_date(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        var rules = await platform.InScopeAsync(sp => sp.GetRequiredService<ITimeLimitRules>().ListAsync());
        Assert.Equal(17, rules.Count);
        var decision = Assert.Single(rules, r => r.Name == TimeLimits.PenaltyDecisionLimit);
        Assert.Equal((90, PeriodUnit.Days, "CONFIRMED"), (decision.Amount, decision.Unit, decision.Status));
        var hearing = Assert.Single(rules, r => r.Name == TimeLimits.AdjudicationHearingLimit);
        Assert.Equal(new Period(3, PeriodUnit.Months), hearing.Period);
        Assert.Equal("UNCONFIRMED", rules.Single(r => r.Name == TimeLimits.PenaltyLeadToFilingExtension).Status);
        Assert.All(rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Label) || string.IsNullOrWhiteSpace(r.Source)));
        Assert.Equal(
            typeof(TimeLimits).GetFields().Select(f => (string)f.GetValue(null)!).Order(StringComparer.Ordinal),
            rules.Select(r => r.Name));

        var unknown = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp => sp.GetRequiredService<ITimeLimitRules>().GetAsync("Penalty.Nope", new DateOnly(2026, 1, 1))));
        Assert.Equal(("TIME_LIMIT_UNKNOWN", 404), (unknown.Code, unknown.Status));

        var changed = await platform.InScopeAsync(sp => sp.GetRequiredService<ITimeLimitRules>().SetAsync(TimeLimits.AdjudicationAnswerPeriod, new SetTimeLimitRequest(10, PeriodUnit.WorkingDays, new DateOnly(2026, 7, 1), "新办法", "CONFIRMED")));
        Assert.Equal((10, PeriodUnit.WorkingDays, "CONFIRMED", "新办法"), (changed.Amount, changed.Unit, changed.Status, changed.Note));
        Assert.Equal(1, await AuditsAsync(platform, TimeLimitRuleService.ChangedEvent));

        var before = await platform.InScopeAsync(sp => sp.GetRequiredService<ITimeLimitRules>().GetAsync(TimeLimits.AdjudicationAnswerPeriod, new DateOnly(2026, 6, 30)));
        var after = await platform.InScopeAsync(sp => sp.GetRequiredService<ITimeLimitRules>().GetAsync(TimeLimits.AdjudicationAnswerPeriod, new DateOnly(2026, 7, 1)));
        Assert.Equal((15, PeriodUnit.Days, "UNCONFIRMED"), (before.Amount, before.Unit, before.Status));
        Assert.Equal((10, PeriodUnit.WorkingDays, new DateOnly(2026, 7, 1)), (after.Amount, after.Unit, after.EffectiveFrom));

        // The clock says 2026-03-02: today's list still shows the default; a list as of July the new version.
        Assert.Equal(15, (await platform.InScopeAsync(sp => sp.GetRequiredService<ITimeLimitRules>().ListAsync())).Single(r => r.Name == TimeLimits.AdjudicationAnswerPeriod).Amount);
        Assert.Equal(10, (await platform.InScopeAsync(sp => sp.GetRequiredService<ITimeLimitRules>().ListAsync(new DateOnly(2026, 7, 1)))).Single(r => r.Name == TimeLimits.AdjudicationAnswerPeriod).Amount);

        var twice = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp => sp.GetRequiredService<ITimeLimitRules>().SetAsync(TimeLimits.AdjudicationAnswerPeriod, new SetTimeLimitRequest(12, PeriodUnit.Days, new DateOnly(2026, 7, 1), null))));
        Assert.Equal(("TIME_LIMIT_VERSION_EXISTS", 409), (twice.Code, twice.Status));
        var zero = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp => sp.GetRequiredService<ITimeLimitRules>().SetAsync(TimeLimits.PenaltyLegalReview, new SetTimeLimitRequest(0, PeriodUnit.Days, new DateOnly(2026, 8, 1), null))));
        Assert.Equal(("TIME_LIMIT_INVALID", "amount"), (zero.Code, zero.Details["field"]));
        Assert.Equal(1, await AuditsAsync(platform, TimeLimitRuleService.ChangedEvent));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_change_whose_audit_write_fails_does_not_stand(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        await platform.InScopeAsync(sp => sp.GetRequiredService<ITimeLimitRules>().ListAsync());

        // The Access module's fault switch (internal there): the next audit write throws.
        var faults = platform.Services.GetRequiredService(Type.GetType("IpCity.Access.Auditing.AuditFaults, IpCity.Access", throwOnError: true)!);
        faults.GetType().GetProperty("FailNextWrite")!.SetValue(faults, true);
        await Assert.ThrowsAnyAsync<Exception>(() => platform.InScopeAsync(sp => sp.GetRequiredService<ITimeLimitRules>().SetAsync(TimeLimits.PenaltyPaymentPeriod, new SetTimeLimitRequest(20, PeriodUnit.Days, new DateOnly(2026, 9, 1), null))));
        var rule = await platform.InScopeAsync(sp => sp.GetRequiredService<ITimeLimitRules>().GetAsync(TimeLimits.PenaltyPaymentPeriod, new DateOnly(2026, 9, 1)));
        Assert.Equal((15, TimeLimitDefaults.EffectiveFrom), (rule.Amount, rule.EffectiveFrom));

        await platform.InScopeAsync(sp => sp.GetRequiredService<IWorkingDayCalendar>().YearsAsync());
        faults.GetType().GetProperty("FailNextWrite")!.SetValue(faults, true);
        var input = HolidayCalendarFile.ReadJson(RealCalendar.File(2024)) with { Status = "CONFIRMED" };
        await Assert.ThrowsAnyAsync<Exception>(() => platform.InScopeAsync(sp => sp.GetRequiredService<IWorkingDayCalendar>().LoadAsync(2024, input)));
        var calendar = await platform.InScopeAsync(sp => sp.GetRequiredService<IWorkingDayCalendar>().GetAsync(2024));
        Assert.Equal((1, "UNCONFIRMED", 1), (calendar!.Version, calendar.Status, calendar.Versions.Count));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_spreadsheet_loads_a_year_and_its_bad_rows_name_the_sheet_row(string provider)
    {
        await using var platform = await Platform.StartAsync(provider);
        var path = Path.Combine(platform.Store.Storage.DataDirectory, "cn-2027.xlsx");
        await MiniExcelLibs.MiniExcel.SaveAsAsync(path, new[]
        {
            new Dictionary<string, object?> { ["日期"] = "2027-01-01", ["至"] = null, ["类型"] = "放假", ["名称"] = "元旦" },
            new Dictionary<string, object?> { ["日期"] = "2027-02-06", ["至"] = "2027-02-12", ["类型"] = "放假", ["名称"] = "春节" },
            new Dictionary<string, object?> { ["日期"] = "2027-02-08", ["至"] = null, ["类型"] = "调休上班", ["名称"] = "春节" },
        });
        var e = await Assert.ThrowsAsync<IpCityException>(() => platform.InScopeAsync(sp => sp.GetRequiredService<IWorkingDayCalendar>().LoadFileAsync(path)));
        var issue = Assert.Single((List<Dictionary<string, object?>>)e.Details["issues"]!);
        Assert.Equal((4, "WORKDAY_NOT_WEEKEND"), ((int)issue["row"]!, (string)issue["rule"]!)); // 2027-02-08 is a Monday, sheet row 4

        File.Delete(path);
        await MiniExcelLibs.MiniExcel.SaveAsAsync(path, new[]
        {
            new Dictionary<string, object?> { ["日期"] = "2027-01-01", ["至"] = null, ["类型"] = "放假", ["名称"] = "元旦" },
            new Dictionary<string, object?> { ["日期"] = "2027-02-06", ["至"] = "2027-02-12", ["类型"] = "放假", ["名称"] = "春节" },
            new Dictionary<string, object?> { ["日期"] = "2027-02-14", ["至"] = null, ["类型"] = "调休上班", ["名称"] = "春节" },
        });
        var loaded = await platform.InScopeAsync(sp => sp.GetRequiredService<IWorkingDayCalendar>().LoadFileAsync(path));
        Assert.Equal((2027, "UNCONFIRMED", 9), (loaded.Calendar.Year, loaded.Calendar.Status, loaded.Calendar.Days.Count));
        Assert.True(await platform.InScopeAsync(sp => sp.GetRequiredService<IDeadlineCalculator>().IsWorkingDayAsync(new DateOnly(2027, 2, 14))));

        // The starter years still load on first use beside a year the city office loaded first.
        Assert.Equal([2024, 2025, 2026, 2027], await platform.InScopeAsync(sp => sp.GetRequiredService<IWorkingDayCalendar>().YearsAsync()));
    }
}

using IpCity.BuildingBlocks.Errors;
using IpCity.Protection.Contracts;
using IpCity.Protection.Deadlines;

namespace IpCity.Protection.Tests.Deadlines;

/// <summary>
/// Period arithmetic (DOMAIN.md §7.1) on the real 2024–2026 calendars, without a database: working days across
/// 春节 and 劳动节 with their 调休 days, calendar days ending on a holiday or weekend, the month-end rule, clock stops,
/// extensions and a year without a calendar.
/// </summary>
public sealed class DeadlineArithmeticTests
{
    private static readonly WorkingDayCalendar s_all = RealCalendar.Of(2024, 2025, 2026);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static DeadlineResult Compute(DateOnly start, int amount, PeriodUnit unit, DayRange[]? stops = null, Period[]? extensions = null, WorkingDayCalendar? calendar = null, DeadlineRules? rules = null) =>
        DeadlineArithmetic.Compute(new DeadlineRequest(start, new Period(amount, unit), stops, extensions), calendar ?? s_all, rules);

    [Fact]
    public void Five_working_days_across_the_spring_festival_count_the_adjusted_sunday()
    {
        // Fri 01-24 → Sun 01-26 (调休上班) 1, Mon 01-27 2, 01-28..02-04 春节, Wed 02-05 3, Thu 4, Fri 02-07 5.
        var r = Compute(D(2025, 1, 24), 5, PeriodUnit.WorkingDays);
        Assert.Equal(D(2025, 2, 7), r.Due);
        Assert.Empty(r.MissingCalendarYears);
        Assert.Equal("起算日 2025-01-24 (不计入)", r.Trail[0]);
        var line = Assert.Single(r.Trail, l => l.Contains("第 5 个工作日 2025-02-07", StringComparison.Ordinal));
        Assert.Contains("跳过春节假期 01-28..02-04", line, StringComparison.Ordinal);
        Assert.Contains("01-26 调休上班计入", line, StringComparison.Ordinal);
        Assert.Contains(r.Trail, l => l.Contains("2025 年节假日安排待核 (UNCONFIRMED)", StringComparison.Ordinal));
    }

    [Fact]
    public void Fifteen_working_days_across_labour_day_count_the_adjusted_sunday()
    {
        // Mon 04-21: 04-22..25 (4), Sun 04-27 调休 (5), 04-28..30 (8), 05-01..05 劳动节, 05-06..09 (12), 05-12..14 (15).
        var r = Compute(D(2025, 4, 21), 15, PeriodUnit.WorkingDays);
        Assert.Equal(D(2025, 5, 14), r.Due);
        var line = Assert.Single(r.Trail, l => l.Contains("第 15 个工作日", StringComparison.Ordinal));
        Assert.Contains("跳过劳动节假期 05-01..05-05", line, StringComparison.Ordinal);
        Assert.Contains("04-27 调休上班计入", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Ninety_days_ending_on_a_holiday_move_to_the_next_working_day()
    {
        // 07-03 + 90 日 = 10-01 (国庆节、中秋节 10-01..10-08) → Thu 10-09.
        var r = Compute(D(2025, 7, 3), 90, PeriodUnit.Days);
        Assert.Equal(D(2025, 10, 9), r.Due);
        Assert.Contains("90 日: 2025-07-03 + 90 日 = 2025-10-01", r.Trail);
        Assert.Contains("末日 2025-10-01 为法定节假日 (国庆节、中秋节), 顺延至 2025-10-09", r.Trail);
    }

    [Fact]
    public void Ninety_days_ending_on_a_saturday_move_to_monday_unless_the_rule_is_off()
    {
        var r = Compute(D(2025, 1, 12), 90, PeriodUnit.Days);
        Assert.Equal(D(2025, 4, 14), r.Due);
        Assert.Contains("末日 2025-04-12 为星期六, 顺延至 2025-04-14", r.Trail);

        var off = Compute(D(2025, 1, 12), 90, PeriodUnit.Days, rules: new DeadlineRules { MoveNonWorkingLastDay = false });
        Assert.Equal(D(2025, 4, 12), off.Due);
        Assert.Contains(off.Trail, l => l.Contains("按设置不顺延", StringComparison.Ordinal));
    }

    [Fact]
    public void Three_months_from_the_31st_end_on_the_last_day_of_the_month()
    {
        var r = Compute(D(2025, 1, 31), 3, PeriodUnit.Months);
        Assert.Equal(D(2025, 4, 30), r.Due);
        Assert.Contains(r.Trail, l => l.Contains("= 2025-04-30 (该月无 31 日, 取月末)", StringComparison.Ordinal));

        // 11-30 + 3 个月 = 2026-02-28, a Saturday that is a 调休 working day: no move.
        var adjusted = Compute(D(2025, 11, 30), 3, PeriodUnit.Months);
        Assert.Equal(D(2026, 2, 28), adjusted.Due);
        Assert.DoesNotContain(adjusted.Trail, l => l.StartsWith("末日", StringComparison.Ordinal));
    }

    [Fact]
    public void A_ten_day_appraisal_stop_moves_a_ninety_day_limit_by_exactly_ten_days()
    {
        var plain = Compute(D(2025, 2, 12), 90, PeriodUnit.Days);
        Assert.Equal(D(2025, 5, 13), plain.Due);

        var stopped = Compute(D(2025, 2, 12), 90, PeriodUnit.Days, [new DayRange(D(2025, 3, 1), D(2025, 3, 10))]);
        Assert.Equal(plain.Due.AddDays(10), stopped.Due);
        Assert.Contains("中止 2025-03-01..2025-03-10 (10 日) 不计入: 顺延至 2025-05-23", stopped.Trail);
    }

    [Fact]
    public void A_stop_over_the_last_day_is_rechecked_as_the_due_date_moves()
    {
        // Base 05-13; stop 05-10..05-20 (11 days) lies wholly inside once the date has moved: 05-24 (Sat) → Mon 05-26.
        var r = Compute(D(2025, 2, 12), 90, PeriodUnit.Days, [new DayRange(D(2025, 5, 10), D(2025, 5, 20))]);
        Assert.Equal(D(2025, 5, 26), r.Due);
        Assert.Contains("中止 2025-05-10..2025-05-20 (11 日) 不计入: 顺延至 2025-05-24", r.Trail);

        // Two overlapping stops are one: no day is discounted twice.
        var overlapping = Compute(D(2025, 2, 12), 90, PeriodUnit.Days, [new DayRange(D(2025, 3, 1), D(2025, 3, 10)), new DayRange(D(2025, 3, 5), D(2025, 3, 12))]);
        Assert.Equal(D(2025, 5, 26), overlapping.Due); // 05-13 + 12 = 05-25 (Sun) → Mon 05-26
    }

    [Fact]
    public void A_stop_outside_the_period_changes_nothing()
    {
        var r = Compute(D(2025, 2, 12), 90, PeriodUnit.Days, [new DayRange(D(2025, 6, 1), D(2025, 6, 10))]);
        Assert.Equal(D(2025, 5, 13), r.Due);
        Assert.Contains("中止 2025-06-01..2025-06-10 不在期间内, 不影响期限", r.Trail);
    }

    [Fact]
    public void Stopped_days_are_skipped_when_counting_working_days()
    {
        // Mon 2025-03-03 + 5 工作日 = Mon 03-10; with 03-05..03-06 stopped: Wed 03-12.
        var r = Compute(D(2025, 3, 3), 5, PeriodUnit.WorkingDays, [new DayRange(D(2025, 3, 5), D(2025, 3, 6))]);
        Assert.Equal(D(2025, 3, 12), r.Due);
        Assert.Contains("中止 2025-03-05..2025-03-06 (2 日) 不计入", r.Trail);
    }

    [Fact]
    public void An_extension_of_thirty_days_continues_from_the_base_due_date()
    {
        var r = Compute(D(2025, 2, 12), 90, PeriodUnit.Days, extensions: [new Period(30, PeriodUnit.Days)]);
        Assert.Equal(D(2025, 6, 12), r.Due);
        Assert.Contains("延长 30 日 (第 1 次, 批准), 自 2025-05-13 起继续计算: 2025-05-13 + 30 日 = 2025-06-12", r.Trail);
        Assert.Equal("期限届满日: 2025-06-12 (星期四)", r.Trail[^1]);

        // Extensions in order, each from the previous due date; a 工作日 extension counts working days.
        var two = Compute(D(2025, 2, 12), 90, PeriodUnit.Days, extensions: [new Period(30, PeriodUnit.Days), new Period(5, PeriodUnit.WorkingDays)]);
        Assert.Equal(D(2025, 6, 19), two.Due);
    }

    [Fact]
    public void A_period_into_a_year_without_a_calendar_flags_that_year()
    {
        // Only 2025 loaded: 2025-12-01 + 90 日 = 2026-03-01 (Sun) → Mon 03-02, weekends still excluded, 2026 flagged.
        var r = Compute(D(2025, 12, 1), 90, PeriodUnit.Days, calendar: RealCalendar.Of(2025));
        Assert.Equal(D(2026, 3, 2), r.Due);
        Assert.Equal([2026], r.MissingCalendarYears);
        Assert.True(r.CalendarMissing);
        Assert.Contains("2026 年节假日安排未载入: 仅排除周六、周日, 法定节假日未知, 期限待核", r.Trail);

        var working = Compute(D(2026, 12, 24), 10, PeriodUnit.WorkingDays);
        Assert.Equal([2027], working.MissingCalendarYears);
    }

    [Theory]
    [InlineData(0, PeriodUnit.Days, "period.amount")]
    [InlineData(121, PeriodUnit.Months, "period.amount")]
    [InlineData(5, (PeriodUnit)9, "period.unit")]
    public void Invalid_periods_are_rejected(int amount, PeriodUnit unit, string field)
    {
        var e = Assert.Throws<IpCityException>(() => Compute(D(2025, 1, 1), amount, unit));
        Assert.Equal((DeadlineArithmetic.InvalidCode, 400, field), (e.Code, e.Status, e.Details["field"]));
        var reversed = Assert.Throws<IpCityException>(() => Compute(D(2025, 1, 1), 5, PeriodUnit.Days, [new DayRange(D(2025, 2, 2), D(2025, 2, 1))]));
        Assert.Equal("clockStops[0]", reversed.Details["field"]);
    }

    [Fact]
    public void Property_a_working_day_due_date_is_a_working_day_with_n_minus_one_working_days_before_it()
    {
        var random = new Random(20250128);
        var first = D(2024, 1, 1).DayNumber;
        for (var i = 0; i < 2000; i++)
        {
            var start = DateOnly.FromDayNumber(first + random.Next(0, 1030)); // up to 2026-10
            var n = random.Next(1, 41);
            var r = Compute(start, n, PeriodUnit.WorkingDays);
            Assert.True(r.Due.Year <= 2026, $"{start} + {n}");
            Assert.Empty(r.MissingCalendarYears);
            Assert.True(s_all.IsWorkingDay(r.Due), $"{start} + {n} → {r.Due} is not a working day");
            var between = 0;
            for (var d = start.AddDays(1); d < r.Due; d = d.AddDays(1))
            {
                between += s_all.IsWorkingDay(d) == true ? 1 : 0;
            }

            Assert.Equal(n - 1, between);

            // 日: never earlier than start + n, always a working day, and only moved over non-working days.
            var days = Compute(start, n, PeriodUnit.Days);
            Assert.True(s_all.IsWorkingDay(days.Due));
            for (var d = start.AddDays(n); d < days.Due; d = d.AddDays(1))
            {
                Assert.False(s_all.IsWorkingDay(d));
            }
        }
    }
}

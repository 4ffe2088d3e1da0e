using IpCity.BuildingBlocks.Errors;
using IpCity.Protection.Contracts;
using IpCity.Protection.Deadlines;
using IpCity.Protection.Domain;

namespace IpCity.Protection.Tests.Deadlines;

/// <summary>The calendar importer's checks, and the shipped starter files pass them (every 调休 day is a weekend day).</summary>
public sealed class HolidayCalendarFileTests
{
    [Theory]
    [InlineData(2024, 28, 8)]
    [InlineData(2025, 28, 5)]
    [InlineData(2026, 33, 6)]
    public void The_starter_files_are_valid_and_unconfirmed(int year, int holidays, int adjusted)
    {
        var input = HolidayCalendarFile.ReadJson(RealCalendar.File(year));
        var parsed = HolidayCalendarFile.Validate(year, input);
        Assert.Equal(HolidayCalendarFile.Unconfirmed, parsed.Status);
        Assert.Contains("verify against gov.cn", parsed.Note, StringComparison.Ordinal);
        Assert.Contains($"{year}年部分节假日安排", parsed.Source, StringComparison.Ordinal);
        Assert.Equal(holidays, parsed.Days.Count(d => d.Kind == HolidayDayKind.Holiday));
        Assert.Equal(adjusted, parsed.Days.Count(d => d.Kind == HolidayDayKind.AdjustedWorkday));
        Assert.All(parsed.Days.Where(d => d.Kind == HolidayDayKind.AdjustedWorkday), d => Assert.True(WorkingDayCalendar.IsWeekend(d.Date)));
    }

    [Fact]
    public void Bad_rows_are_all_reported_with_row_field_and_rule()
    {
        var input = new HolidayCalendarInput(2025, "《国务院办公厅关于2025年部分节假日安排的通知》", "UNCONFIRMED", null,
        [
            new HolidayDayInput("2025-01-01", "Holiday", "元旦"),
            new HolidayDayInput("2024-12-31", "Holiday", "元旦"),
            new HolidayDayInput("2025-01-27", "AdjustedWorkday", "春节"),
            new HolidayDayInput("2025-01-28", "Holiday", "春节", "2025-01-30"),
            new HolidayDayInput("2025-01-30", "放假", "春节"),
            new HolidayDayInput("2025-13-01", "Holiday", "x"),
            new HolidayDayInput("2025-05-01", "Festival", "劳动节"),
            new HolidayDayInput("2025-05-02", "Holiday"),
        ]);
        var e = Assert.Throws<IpCityException>(() => HolidayCalendarFile.Validate(2025, input));
        Assert.Equal((HolidayCalendarFile.InvalidCode, 400), (e.Code, e.Status));
        Assert.False(e.Details.ContainsKey("code"));
        var issues = Assert.IsType<List<Dictionary<string, object?>>>(e.Details["issues"]);
        var found = issues.Select(i => ((int)i["row"]!, (string)i["field"]!, (string)i["rule"]!)).ToList();
        Assert.Equal(
        [
            (2, "date", "DATE_OUTSIDE_YEAR"),
            (3, "date", "WORKDAY_NOT_WEEKEND"),
            (5, "date", "DATE_DUPLICATE"),
            (6, "date", "DATE_INVALID"),
            (7, "kind", "KIND_UNKNOWN"),
            (8, "name", "NAME_REQUIRED"),
        ], found);
        Assert.Contains("第 2 行", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_header_is_checked_too()
    {
        var input = new HolidayCalendarInput(2024, " ", "MAYBE", null, [new HolidayDayInput("2025-01-01", "Holiday", "元旦")]);
        var e = Assert.Throws<IpCityException>(() => HolidayCalendarFile.Validate(2025, input));
        var rules = ((List<Dictionary<string, object?>>)e.Details["issues"]!).Select(i => (string)i["rule"]!).ToList();
        Assert.Equal(["YEAR_MISMATCH", "SOURCE_REQUIRED", "STATUS_INVALID"], rules);
    }

    [Fact]
    public void The_content_hash_ignores_row_order()
    {
        HolidayDayInput[] days = [new("2025-01-01", "Holiday", "元旦"), new("2025-01-26", "AdjustedWorkday", "春节调休上班")];
        var a = HolidayCalendarFile.Validate(2025, new HolidayCalendarInput(2025, "s", "CONFIRMED", null, days));
        var b = HolidayCalendarFile.Validate(2025, new HolidayCalendarInput(null, "s", "confirmed", null, days.Reverse().ToList()));
        Assert.Equal(a.ContentHash(), b.ContentHash());
    }
}

using IpCity.Protection.Deadlines;

namespace IpCity.Protection.Tests.Deadlines;

/// <summary>The starter calendars shipped in reference/holidays, read and checked by the importer's own rules.</summary>
internal static class RealCalendar
{
    public static string File(int year) => Path.Combine(AppContext.BaseDirectory, "reference", "holidays", $"cn-{year}.json");

    public static CalendarYear Year(int year) => HolidayCalendarFile.Validate(year, HolidayCalendarFile.ReadJson(File(year))).ToCalendarYear();

    public static WorkingDayCalendar Of(params int[] years) => new(years.Select(Year));
}

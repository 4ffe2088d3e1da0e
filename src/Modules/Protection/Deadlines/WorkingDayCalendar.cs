namespace IpCity.Protection.Deadlines;

/// <summary>One year's loaded holiday calendar: the 放假 days by name and the 调休 working weekend days.</summary>
internal sealed record CalendarYear(int Year, IReadOnlyDictionary<DateOnly, string> Holidays, IReadOnlySet<DateOnly> AdjustedWorkdays, string Status, string Source);

/// <summary>
/// The loaded years of the holiday calendar, in memory (no database): what <see cref="DeadlineArithmetic"/>
/// counts with. A day of a year that is not loaded has no answer (<see cref="IsWorkingDay"/> returns null).
/// </summary>
internal sealed class WorkingDayCalendar
{
    private readonly Dictionary<int, CalendarYear> _years;

    public WorkingDayCalendar(IEnumerable<CalendarYear> years)
    {
        _years = years.ToDictionary(y => y.Year);
    }

    public static WorkingDayCalendar Empty { get; } = new([]);

    public IEnumerable<int> Years => _years.Keys.Order();

    public CalendarYear? Year(int year) => _years.GetValueOrDefault(year);

    /// <summary>True on a working day; null when the day's year has no loaded calendar.</summary>
    public bool? IsWorkingDay(DateOnly day)
    {
        if (!_years.TryGetValue(day.Year, out var year))
        {
            return null;
        }

        if (year.AdjustedWorkdays.Contains(day))
        {
            return true;
        }

        return !year.Holidays.ContainsKey(day) && !IsWeekend(day);
    }

    public string? HolidayName(DateOnly day) => _years.TryGetValue(day.Year, out var year) ? year.Holidays.GetValueOrDefault(day) : null;

    public bool IsAdjustedWorkday(DateOnly day) => _years.TryGetValue(day.Year, out var year) && year.AdjustedWorkdays.Contains(day);

    public static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}

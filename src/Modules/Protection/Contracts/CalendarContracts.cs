namespace IpCity.Protection.Contracts;

/// <summary>Kinds of day in a yearly holiday calendar (DOMAIN.md §7.1).</summary>
public static class HolidayDayKinds
{
    /// <summary>放假: a statutory holiday (or a day off of the holiday block), not a working day.</summary>
    public const string Holiday = "Holiday";

    /// <summary>调休上班: a Saturday or Sunday designated as a working day.</summary>
    public const string AdjustedWorkday = "AdjustedWorkday";
}

/// <summary>One row of a holiday calendar as loaded: a day, or a range <see cref="Date"/>..<see cref="To"/> (both included).</summary>
public sealed record HolidayDayInput(string Date, string Kind, string? Name = null, string? To = null);

/// <summary>
/// A year's holiday calendar as the city office loads it (JSON file, or PUT /api/protection/calendar/{year}):
/// the source (the State Council General Office notice), CONFIRMED / UNCONFIRMED, and the days.
/// </summary>
public sealed record HolidayCalendarInput(int? Year, string Source, string Status, string? Note, IReadOnlyList<HolidayDayInput> Days);

public sealed record HolidayDayDto(DateOnly Date, string Kind, string? Name);

/// <summary>An earlier or current version of a year's calendar: who loaded it and when.</summary>
public sealed record HolidayCalendarVersionDto(int Version, string Source, string Status, DateTime LoadedAtUtc, string LoadedBy, int Days);

/// <summary>The version of a year's calendar in force, with the list of all its versions.</summary>
public sealed record HolidayCalendarDto(
    int Year,
    int Version,
    string Source,
    string Status,
    string? Note,
    DateTime LoadedAtUtc,
    string LoadedBy,
    IReadOnlyList<HolidayDayDto> Days,
    IReadOnlyList<HolidayCalendarVersionDto> Versions);

/// <summary>The result of loading a calendar: <see cref="Changed"/> is false when the same content was already in force.</summary>
public sealed record HolidayCalendarLoadResult(HolidayCalendarDto Calendar, bool Changed);

/// <summary>
/// The yearly holiday calendar (法定节假日 and 调休 working days), loaded per year from the State Council notice,
/// never computed. Used by <see cref="IDeadlineCalculator"/>.
/// </summary>
public interface IWorkingDayCalendar
{
    /// <summary>The calendar in force for a year, or null when none is loaded.</summary>
    Task<HolidayCalendarDto?> GetAsync(int year, CancellationToken ct = default);

    /// <summary>The years with a loaded calendar.</summary>
    Task<IReadOnlyList<int>> YearsAsync(CancellationToken ct = default);

    /// <summary>
    /// Loads (or replaces, as a new version) a year's calendar (CityOfficer). Bad rows fail the whole load with
    /// 400 CALENDAR_INVALID and the list of (row, field, reason). Loading the content in force again changes nothing.
    /// </summary>
    Task<HolidayCalendarLoadResult> LoadAsync(int year, HolidayCalendarInput input, CancellationToken ct = default);

    /// <summary>Loads a calendar file (.json, or .xlsx with the columns 日期, 至, 类型, 名称 and the year in the file name).</summary>
    Task<HolidayCalendarLoadResult> LoadFileAsync(string path, CancellationToken ct = default);

    /// <summary>
    /// Loads the starter calendars shipped in reference/holidays (status UNCONFIRMED) for the years that have
    /// none yet; a year the city office already loaded is left alone.
    /// </summary>
    Task<IReadOnlyList<HolidayCalendarLoadResult>> LoadStarterAsync(CancellationToken ct = default);
}

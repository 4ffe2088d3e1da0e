using IpCity.Protection.Contracts;

namespace IpCity.Protection.Domain;

internal enum HolidayDayKind
{
    /// <summary>放假.</summary>
    Holiday,

    /// <summary>调休上班 (a weekend day that is a working day).</summary>
    AdjustedWorkday,
}

/// <summary>
/// One version of a year's holiday calendar (DOMAIN.md §7.1). Loading a year again adds a version; the highest
/// version is in force and earlier ones are kept with who loaded them and when.
/// </summary>
internal sealed class HolidayCalendar
{
    public long Id { get; set; }

    public int Year { get; set; }

    public int Version { get; set; }

    /// <summary>The notice the days were taken from, e.g. 《国务院办公厅关于2025年部分节假日安排的通知》.</summary>
    public required string Source { get; set; }

    /// <summary>CONFIRMED or UNCONFIRMED.</summary>
    public required string Status { get; set; }

    public string? Note { get; set; }

    /// <summary>SHA-256 of the normalised content: loading the same content again adds no version.</summary>
    public required string ContentHash { get; set; }

    public DateTime LoadedAtUtc { get; set; }

    public required string LoadedBy { get; set; }

    public List<HolidayDay> Days { get; set; } = [];
}

internal sealed class HolidayDay
{
    public long Id { get; set; }

    public long CalendarId { get; set; }

    public DateOnly Date { get; set; }

    public HolidayDayKind Kind { get; set; }

    /// <summary>The holiday (春节) or, for a 调休 day, what it makes up for.</summary>
    public string? Name { get; set; }
}

/// <summary>
/// One version of a time limit (DOMAIN.md §7.6): in force from <see cref="EffectiveFrom"/> until the next version's
/// date. Versions are never changed or deleted.
/// </summary>
internal sealed class TimeLimitRule
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public int Amount { get; set; }

    public PeriodUnit Unit { get; set; }

    public required string Status { get; set; }

    public required string Label { get; set; }

    public string? Source { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    public string? Note { get; set; }

    public DateTime ChangedAtUtc { get; set; }

    public required string ChangedBy { get; set; }
}

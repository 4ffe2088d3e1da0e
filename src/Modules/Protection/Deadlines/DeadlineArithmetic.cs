using System.Globalization;
using IpCity.BuildingBlocks.Errors;
using IpCity.Protection.Contracts;

namespace IpCity.Protection.Deadlines;

/// <summary>
/// The period rules of DOMAIN.md §7.1 that are not CONFIRMED, each as a named switch so that the city office can
/// turn one off when its legal basis is checked (configuration section "Protection:Deadlines").
/// </summary>
internal sealed record DeadlineRules
{
    /// <summary>
    /// 期间届满日顺延 — "if the last day is a statutory holiday, the period ends on the next working day".
    /// DOMAIN.md §7.1, "Calendar-day periods" and "Month periods": <b>UNCONFIRMED</b> (a general procedural rule;
    /// the article numbers in the SAMR procedure rules are still to be checked). Applied to periods in 日 and 月
    /// (a period in 工作日 always ends on a working day): a last day that is a Saturday, Sunday or 法定节假日 (and not a
    /// 调休 working day) moves to the next working day. On by default; key "Protection:Deadlines:MoveNonWorkingLastDay".
    /// </summary>
    public bool MoveNonWorkingLastDay { get; init; } = true;

    public static DeadlineRules Default { get; } = new();
}

/// <summary>
/// Period arithmetic (DOMAIN.md §7.1), pure: a start day (not counted), a period in 工作日, 日 or 月, clock stops that
/// are not counted, approved extensions continuing from the due date in order. Every step writes a zh-CN line to
/// the trail; a year without a loaded calendar is listed in <see cref="DeadlineResult.MissingCalendarYears"/>
/// (weekends are still excluded there, holidays are unknown).
/// </summary>
internal static class DeadlineArithmetic
{
    public const string InvalidCode = "DEADLINE_INVALID";
    public const int MaxDays = 3660;
    public const int MaxWorkingDays = 2500;
    public const int MaxMonths = 120;

    private static readonly DateOnly s_earliest = new(1990, 1, 1);
    private static readonly DateOnly s_latest = new(2200, 12, 31);
    private static readonly string[] s_weekdays = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

    public static DeadlineResult Compute(DeadlineRequest request, WorkingDayCalendar calendar, DeadlineRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(calendar);
        var stops = Validate(request);
        var run = new Run(calendar, rules ?? DeadlineRules.Default, stops);
        run.Trail.Add($"起算日 {Day(request.Start)} (不计入)");
        var due = run.Step(request.Start, request.Period, extension: 0);
        var n = 0;
        foreach (var extension in request.Extensions ?? [])
        {
            due = run.Step(due, extension, ++n);
        }

        run.Finish();
        run.Trail.Add($"期限届满日: {Day(due)} ({s_weekdays[(int)due.DayOfWeek]})");
        return new DeadlineResult(due, run.Trail, run.Missing.ToList());
    }

    public static string UnitLabel(PeriodUnit unit) => unit switch
    {
        PeriodUnit.WorkingDays => "个工作日",
        PeriodUnit.Days => "日",
        _ => "个月",
    };

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static List<DayRange> Validate(DeadlineRequest request)
    {
        if (request.Period is null)
        {
            throw Invalid("period", "请给出期间 (period)。");
        }

        if (request.Start < s_earliest || request.Start > s_latest)
        {
            throw Invalid("start", $"起算日 {Day(request.Start)} 超出可计算范围 (1990–2200)。");
        }

        CheckPeriod(request.Period, "period");
        var extensions = request.Extensions ?? [];
        for (var i = 0; i < extensions.Count; i++)
        {
            CheckPeriod(extensions[i], $"extensions[{i.ToString(CultureInfo.InvariantCulture)}]");
        }

        var stops = request.ClockStops ?? [];
        for (var i = 0; i < stops.Count; i++)
        {
            var s = stops[i];
            var field = $"clockStops[{i.ToString(CultureInfo.InvariantCulture)}]";
            if (s is null || s.From > s.To)
            {
                throw Invalid(field, $"中止期间 {i + 1} 的起日晚于止日。");
            }

            if (s.From < s_earliest || s.To > s_latest)
            {
                throw Invalid(field, $"中止期间 {i + 1} 超出可计算范围 (1990–2200)。");
            }
        }

        // Overlapping or adjacent stops are one stop: a day is never discounted twice.
        var merged = new List<DayRange>();
        foreach (var s in stops.OrderBy(s => s.From))
        {
            if (merged.Count > 0 && s.From <= merged[^1].To.AddDays(1))
            {
                merged[^1] = merged[^1] with { To = s.To > merged[^1].To ? s.To : merged[^1].To };
            }
            else
            {
                merged.Add(s);
            }
        }

        return merged;
    }

    private static void CheckPeriod(Period period, string field)
    {
        if (period is null)
        {
            throw Invalid(field, "期间不能为空。");
        }

        CheckAmount(period.Amount, period.Unit, InvalidCode, field + ".");
    }

    /// <summary>1 up to a sane maximum per unit (10 years); otherwise 400 with <paramref name="code"/>.</summary>
    public static void CheckAmount(int amount, PeriodUnit unit, string code, string fieldPrefix = "")
    {
        var max = unit switch
        {
            PeriodUnit.WorkingDays => MaxWorkingDays,
            PeriodUnit.Days => MaxDays,
            PeriodUnit.Months => MaxMonths,
            _ => throw new IpCityException(code, $"未知的期间单位 {unit} (WorkingDays, Days, Months)。", 400, new Dictionary<string, object?> { ["field"] = fieldPrefix + "unit" }),
        };
        if (amount < 1 || amount > max)
        {
            throw new IpCityException(code, $"期间须为 1 至 {max.ToString(CultureInfo.InvariantCulture)} {UnitLabel(unit)}。", 400, new Dictionary<string, object?> { ["field"] = fieldPrefix + "amount" });
        }
    }

    private static IpCityException Invalid(string field, string message) =>
        new(InvalidCode, message, 400, new Dictionary<string, object?> { ["field"] = field });

    /// <summary>The state of one computation: the trail, the years used and missing, the stops met.</summary>
    private sealed class Run
    {
        private readonly WorkingDayCalendar _calendar;
        private readonly DeadlineRules _rules;
        private readonly List<DayRange> _stops;
        private readonly HashSet<DayRange> _stopsMet = [];
        private readonly SortedSet<int> _used = [];
        private DateOnly _first;

        public Run(WorkingDayCalendar calendar, DeadlineRules rules, List<DayRange> stops)
        {
            _calendar = calendar;
            _rules = rules;
            _stops = stops;
        }

        public List<string> Trail { get; } = [];

        public SortedSet<int> Missing { get; } = [];

        public DateOnly Step(DateOnly from, Period period, int extension)
        {
            if (extension == 0)
            {
                _first = from;
            }

            var head = extension == 0
                ? $"{period.Amount.ToString(CultureInfo.InvariantCulture)} {UnitLabel(period.Unit)}"
                : $"延长 {period.Amount.ToString(CultureInfo.InvariantCulture)} {UnitLabel(period.Unit)} (第 {extension.ToString(CultureInfo.InvariantCulture)} 次, 批准), 自 {Day(from)} 起继续计算";
            return period.Unit switch
            {
                PeriodUnit.WorkingDays => WorkingDays(from, period.Amount, head),
                PeriodUnit.Days => Calendar(from, from.AddDays(period.Amount), $"{head}: {Day(from)} + {period.Amount.ToString(CultureInfo.InvariantCulture)} 日 = {Day(from.AddDays(period.Amount))}"),
                _ => Calendar(from, from.AddMonths(period.Amount), MonthLine(from, period.Amount, head)),
            };
        }

        /// <summary>Notes on the calendars used (UNCONFIRMED ones), the missing years and the stops that did not count.</summary>
        public void Finish()
        {
            foreach (var s in _stops.Where(s => !_stopsMet.Contains(s)))
            {
                Trail.Add($"中止 {Range(s)} 不在期间内, 不影响期限");
            }

            foreach (var year in _used.Select(_calendar.Year).OfType<CalendarYear>().Where(y => y.Status != "CONFIRMED"))
            {
                Trail.Add($"{year.Year.ToString(CultureInfo.InvariantCulture)} 年节假日安排待核 ({year.Status}), 来源: {year.Source}");
            }

            foreach (var year in Missing)
            {
                Trail.Add($"{year.ToString(CultureInfo.InvariantCulture)} 年节假日安排未载入: 仅排除周六、周日, 法定节假日未知, 期限待核");
            }
        }

        private static string MonthLine(DateOnly from, int months, string head)
        {
            var to = from.AddMonths(months);
            var line = $"{head}: {Day(from)} 起 {months.ToString(CultureInfo.InvariantCulture)} 个月后的同日 = {Day(to)}";
            return to.Day == from.Day ? line : line + $" (该月无 {from.Day.ToString(CultureInfo.InvariantCulture)} 日, 取月末)";
        }

        private DateOnly WorkingDays(DateOnly from, int amount, string head)
        {
            var day = from;
            var counted = 0;
            var holidays = new List<(DateOnly Day, string Name)>();
            var adjusted = new List<DateOnly>();
            var weekends = 0;
            while (counted < amount)
            {
                day = day.AddDays(1);
                if (StopAt(day) is not null)
                {
                    continue;
                }

                if (IsWorking(day))
                {
                    counted++;
                    if (_calendar.IsAdjustedWorkday(day))
                    {
                        adjusted.Add(day);
                    }
                }
                else if (_calendar.HolidayName(day) is { } name)
                {
                    holidays.Add((day, name));
                }
                else
                {
                    weekends++;
                }
            }

            foreach (var s in StopsWithin(from, day))
            {
                var days = Overlap(s, from, day);
                Trail.Add($"中止 {Range(s)} ({days.ToString(CultureInfo.InvariantCulture)} 日) 不计入");
            }

            var notes = new List<string>();
            foreach (var group in Runs(holidays))
            {
                notes.Add($"跳过{group.Name}假期 {Short(group.From, from)}{(group.To == group.From ? string.Empty : ".." + Short(group.To, from))}");
            }

            notes.AddRange(adjusted.Select(d => $"{Short(d, from)} 调休上班计入"));
            if (weekends > 0)
            {
                notes.Add($"周末 {weekends.ToString(CultureInfo.InvariantCulture)} 日不计");
            }

            var line = $"{head}: 第 {amount.ToString(CultureInfo.InvariantCulture)} 个工作日 {Day(day)}";
            Trail.Add(notes.Count == 0 ? line : $"{line} ({string.Join(", ", notes)})");
            return day;
        }

        /// <summary>日 and 月: the raw last day, moved later by the stopped days within the period, then the last-day rule.</summary>
        private DateOnly Calendar(DateOnly from, DateOnly raw, string line)
        {
            Trail.Add(line);

            // Each stopped day inside (from, due] pushes the due date one day; re-check as it moves (the least fixed point).
            var due = raw;
            while (true)
            {
                var next = raw.AddDays(StopsWithin(from, due).Sum(s => Overlap(s, from, due)));
                if (next == due)
                {
                    break;
                }

                due = next;
            }

            var moved = 0;
            foreach (var s in StopsWithin(from, due))
            {
                var days = Overlap(s, from, due);
                moved += days;
                Trail.Add($"中止 {Range(s)} ({days.ToString(CultureInfo.InvariantCulture)} 日) 不计入: 顺延至 {Day(raw.AddDays(moved))}");
            }

            return LastDay(due);
        }

        private DateOnly LastDay(DateOnly due)
        {
            if (IsWorking(due) && StopAt(due) is null)
            {
                return due;
            }

            var why = Reason(due);
            if (!_rules.MoveNonWorkingLastDay)
            {
                Trail.Add($"末日 {Day(due)} 为{why}; 按设置不顺延 (期间届满日顺延规则已关闭)");
                return due;
            }

            var day = due;
            do
            {
                day = day.AddDays(1);
            }
            while (!IsWorking(day) || StopAt(day) is not null);
            Trail.Add($"末日 {Day(due)} 为{why}, 顺延至 {Day(day)}");
            return day;
        }

        private string Reason(DateOnly day)
        {
            if (StopAt(day) is not null)
            {
                return "中止期间";
            }

            if (_calendar.HolidayName(day) is { } name)
            {
                return $"法定节假日 ({name})";
            }

            var weekday = s_weekdays[(int)day.DayOfWeek];
            return _calendar.Year(day.Year) is null ? $"{weekday} ({day.Year.ToString(CultureInfo.InvariantCulture)} 年节假日安排未载入)" : weekday;
        }

        /// <summary>Working day by the loaded calendar; a year without one is flagged and only weekends are excluded.</summary>
        private bool IsWorking(DateOnly day)
        {
            if (_calendar.IsWorkingDay(day) is { } known)
            {
                _used.Add(day.Year);
                return known;
            }

            Missing.Add(day.Year);
            return !WorkingDayCalendar.IsWeekend(day);
        }

        private DayRange? StopAt(DateOnly day) => _stops.FirstOrDefault(s => s.From <= day && day <= s.To);

        private List<DayRange> StopsWithin(DateOnly from, DateOnly to)
        {
            var within = _stops.Where(s => Overlap(s, from, to) > 0).ToList();
            _stopsMet.UnionWith(within);
            return within;
        }

        /// <summary>Days of the stop inside the period (from, to].</summary>
        private static int Overlap(DayRange stop, DateOnly from, DateOnly to)
        {
            var a = stop.From > from ? stop.From : from.AddDays(1);
            var b = stop.To < to ? stop.To : to;
            return b < a ? 0 : b.DayNumber - a.DayNumber + 1;
        }

        private static IEnumerable<(string Name, DateOnly From, DateOnly To)> Runs(List<(DateOnly Day, string Name)> days)
        {
            (string Name, DateOnly From, DateOnly To)? current = null;
            foreach (var (day, name) in days)
            {
                if (current is { } c && c.Name == name && day.DayNumber - c.To.DayNumber <= 3)
                {
                    current = (name, c.From, day);
                    continue;
                }

                if (current is { } done)
                {
                    yield return done;
                }

                current = (name, day, day);
            }

            if (current is { } last)
            {
                yield return last;
            }
        }

        private string Short(DateOnly day, DateOnly from) =>
            day.Year == from.Year && day.Year == _first.Year ? day.ToString("MM-dd", CultureInfo.InvariantCulture) : Day(day);

        private static string Range(DayRange s) => $"{Day(s.From)}..{Day(s.To)}";
    }
}

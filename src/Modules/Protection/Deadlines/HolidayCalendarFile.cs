using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using IpCity.BuildingBlocks.Errors;
using IpCity.Protection.Contracts;
using IpCity.Protection.Domain;
using MiniExcelLibs;

namespace IpCity.Protection.Deadlines;

/// <summary>A validated year's calendar, one entry per day, ready to store.</summary>
internal sealed record ParsedCalendar(int Year, string Source, string Status, string? Note, IReadOnlyList<(DateOnly Date, HolidayDayKind Kind, string? Name)> Days)
{
    /// <summary>SHA-256 over the normalised content (source, status, note, days in date order).</summary>
    public string ContentHash()
    {
        var sb = new StringBuilder();
        sb.Append(Year.ToString(CultureInfo.InvariantCulture)).Append('\n').Append(Source).Append('\n').Append(Status).Append('\n').Append(Note).Append('\n');
        foreach (var (date, kind, name) in Days)
        {
            sb.Append(DeadlineArithmetic.Day(date)).Append('|').Append(kind.ToString()).Append('|').Append(name).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    public CalendarYear ToCalendarYear() => new(
        Year,
        Days.Where(d => d.Kind == HolidayDayKind.Holiday).ToDictionary(d => d.Date, d => d.Name ?? "节假日"),
        Days.Where(d => d.Kind == HolidayDayKind.AdjustedWorkday).Select(d => d.Date).ToHashSet(),
        Status,
        Source);
}

/// <summary>
/// Reads and checks a year's holiday calendar (DOMAIN.md §7.1). JSON: {"year", "source", "status", "note",
/// "days": [{"date": "2025-01-28", "to": "2025-02-04", "kind": "Holiday", "name": "春节"}, ...]}; XLSX: columns
/// 日期, 至, 类型 (放假 / 调休上班), 名称, the year in the file name (cn-2025.xlsx), source and status as for a starter.
/// Every bad row is reported (row = 1-based index in "days", or the sheet row; field; reason; rule) in one
/// 400 CALENDAR_INVALID, and nothing is loaded.
/// </summary>
internal static class HolidayCalendarFile
{
    public const string InvalidCode = "CALENDAR_INVALID";
    public const string Confirmed = "CONFIRMED";
    public const string Unconfirmed = "UNCONFIRMED";

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static HolidayCalendarInput ReadJson(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<HolidayCalendarInput>(stream, s_json)
                ?? throw Invalid($"文件 {Path.GetFileName(path)} 为空。", []);
        }
        catch (JsonException e)
        {
            throw new IpCityException(InvalidCode, $"文件 {Path.GetFileName(path)} 不是有效的节假日安排 JSON: {e.Message}", 400,
                new Dictionary<string, object?> { ["field"] = e.Path, ["line"] = e.LineNumber });
        }
    }

    /// <summary>An XLSX sheet (日期, 至, 类型, 名称); the year from the file name, the source and status from the caller.</summary>
    public static HolidayCalendarInput ReadXlsx(string path, int year, string source)
    {
        List<IDictionary<string, object?>> rows;
        try
        {
            rows = MiniExcel.Query(path, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        }
        catch (Exception e) when (e is IOException or InvalidDataException or InvalidOperationException or NotSupportedException)
        {
            throw new IpCityException(InvalidCode, $"无法读取 XLSX 文件 {Path.GetFileName(path)}。", 400);
        }

        var days = rows.Select(r => new HolidayDayInput(Cell(r, "日期"), Cell(r, "类型"), NullIfEmpty(Cell(r, "名称")), NullIfEmpty(Cell(r, "至")))).ToList();
        return new HolidayCalendarInput(year, source, Unconfirmed, $"导入自 {Path.GetFileName(path)}", days);
    }

    /// <summary>Checks a calendar; <paramref name="firstRow"/> is the row number reported for days[0] (2 for a sheet under its header row).</summary>
    public static ParsedCalendar Validate(int year, HolidayCalendarInput input, int firstRow = 1)
    {
        ArgumentNullException.ThrowIfNull(input);
        var issues = new List<Dictionary<string, object?>>();
        if (year is < 1990 or > 2200)
        {
            throw Invalid($"年度无效: {year.ToString(CultureInfo.InvariantCulture)}", [Issue(0, "year", "年度须在 1990–2200 之间", "YEAR_INVALID")]);
        }

        if (input.Year is { } stated && stated != year)
        {
            issues.Add(Issue(0, "year", $"文件中的年度 {stated.ToString(CultureInfo.InvariantCulture)} 与 {year.ToString(CultureInfo.InvariantCulture)} 不符", "YEAR_MISMATCH"));
        }

        if (string.IsNullOrWhiteSpace(input.Source) || input.Source.Trim().Length > 500)
        {
            issues.Add(Issue(0, "source", "请给出来源 (国务院办公厅通知名称与文号, 最长 500 字)", "SOURCE_REQUIRED"));
        }

        var status = input.Status?.Trim().ToUpperInvariant();
        if (status is not (Confirmed or Unconfirmed))
        {
            issues.Add(Issue(0, "status", $"状态须为 {Confirmed} 或 {Unconfirmed}", "STATUS_INVALID"));
        }

        if (input.Note is { Length: > 1000 })
        {
            issues.Add(Issue(0, "note", "备注最长 1000 字", "NOTE_TOO_LONG"));
        }

        var seen = new Dictionary<DateOnly, int>();
        var days = new List<(DateOnly Date, HolidayDayKind Kind, string? Name)>();
        var rows = input.Days ?? [];
        if (rows.Count == 0)
        {
            issues.Add(Issue(0, "days", "没有任何日期", "DAYS_REQUIRED"));
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var row = i + firstRow;
            var d = rows[i];
            if (d is null)
            {
                issues.Add(Issue(row, "date", "空行", "ROW_EMPTY"));
                continue;
            }

            var kind = Kind(d.Kind);
            if (kind is null)
            {
                issues.Add(Issue(row, "kind", $"未知类型 “{d.Kind}” (Holiday/放假 或 AdjustedWorkday/调休上班)", "KIND_UNKNOWN"));
            }

            var name = NullIfEmpty(d.Name?.Trim());
            if (name is { Length: > 50 })
            {
                issues.Add(Issue(row, "name", "名称最长 50 字", "NAME_TOO_LONG"));
            }
            else if (kind == HolidayDayKind.Holiday && name is null)
            {
                issues.Add(Issue(row, "name", "放假日须给出节日名称 (如 春节)", "NAME_REQUIRED"));
            }

            var from = Date(d.Date, row, "date", year, issues);
            var to = d.To is null ? from : Date(d.To, row, "to", year, issues);
            if (from is null || to is null || kind is null)
            {
                continue;
            }

            if (to < from)
            {
                issues.Add(Issue(row, "to", $"止日 {d.To} 早于起日 {d.Date}", "RANGE_REVERSED"));
                continue;
            }

            for (var day = from.Value; day <= to.Value; day = day.AddDays(1))
            {
                if (kind == HolidayDayKind.AdjustedWorkday && !WorkingDayCalendar.IsWeekend(day))
                {
                    issues.Add(Issue(row, d.To is null ? "date" : "to", $"{DeadlineArithmetic.Day(day)} 不是周六或周日, 不能标为调休上班", "WORKDAY_NOT_WEEKEND"));
                    continue;
                }

                if (seen.TryGetValue(day, out var earlier))
                {
                    issues.Add(Issue(row, "date", $"{DeadlineArithmetic.Day(day)} 已在第 {earlier.ToString(CultureInfo.InvariantCulture)} 行出现", "DATE_DUPLICATE"));
                    continue;
                }

                seen[day] = row;
                days.Add((day, kind.Value, name));
            }
        }

        if (issues.Count > 0)
        {
            var first = issues[0];
            throw Invalid($"{year.ToString(CultureInfo.InvariantCulture)} 年节假日安排有 {issues.Count.ToString(CultureInfo.InvariantCulture)} 处错误, 未载入。第 {first["row"]} 行 {first["field"]}: {first["reason"]}", issues);
        }

        return new ParsedCalendar(year, input.Source.Trim(), status!, NullIfEmpty(input.Note?.Trim()), days.OrderBy(d => d.Date).ToList());
    }

    /// <summary>The year of a file named like cn-2025.json / cn-2025.xlsx.</summary>
    public static int? YearFromFileName(string path)
    {
        var digits = new string(Path.GetFileNameWithoutExtension(path).Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 4 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;
    }

    public static string KindName(HolidayDayKind kind) => kind == HolidayDayKind.Holiday ? HolidayDayKinds.Holiday : HolidayDayKinds.AdjustedWorkday;

    private static HolidayDayKind? Kind(string? value) => value?.Trim() switch
    {
        HolidayDayKinds.Holiday or "放假" => HolidayDayKind.Holiday,
        HolidayDayKinds.AdjustedWorkday or "调休上班" or "上班" => HolidayDayKind.AdjustedWorkday,
        _ => null,
    };

    private static DateOnly? Date(string? value, int row, string field, int year, List<Dictionary<string, object?>> issues)
    {
        if (!DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            issues.Add(Issue(row, field, $"日期 “{value}” 无效 (格式 yyyy-MM-dd)", "DATE_INVALID"));
            return null;
        }

        if (day.Year != year)
        {
            issues.Add(Issue(row, field, $"日期 {value} 不在 {year.ToString(CultureInfo.InvariantCulture)} 年内", "DATE_OUTSIDE_YEAR"));
            return null;
        }

        return day;
    }

    private static Dictionary<string, object?> Issue(int row, string field, string reason, string rule) =>
        new() { ["row"] = row, ["field"] = field, ["reason"] = reason, ["rule"] = rule };

    private static IpCityException Invalid(string message, List<Dictionary<string, object?>> issues) =>
        new(InvalidCode, message, 400, new Dictionary<string, object?> { ["issues"] = issues });

    private static string Cell(IDictionary<string, object?> row, string header) => row.TryGetValue(header, out var v) ? CellText(v) : string.Empty;

    private static string CellText(object? value) => value switch
    {
        null => string.Empty,
        DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

using System.Globalization;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Protection.Contracts;
using IpCity.Protection.Data;
using IpCity.Protection.Domain;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Protection.Deadlines;

/// <summary>
/// The yearly holiday calendars in the protection store. A load adds a version (the highest is in force);
/// the starter files (reference/holidays/cn-YYYY.json, UNCONFIRMED) are loaded on first use for the years
/// that have none (a year the city office loaded itself is never overwritten by a starter).
/// </summary>
internal sealed class WorkingDayCalendarService : IWorkingDayCalendar
{
    public const string LoadedEvent = "HolidayCalendarLoaded";
    public const string NotLoadedCode = "CALENDAR_NOT_LOADED";
    public const string ForbiddenCode = "CALENDAR_FORBIDDEN";

    private readonly ProtectionDbContext _db;
    private readonly IAuditTrail _audit;
    private readonly IRequestContext _request;
    private readonly TimeProvider _clock;

    public WorkingDayCalendarService(ProtectionDbContext db, IAuditTrail audit, IRequestContext request, TimeProvider clock)
    {
        _db = db;
        _audit = audit;
        _request = request;
        _clock = clock;
    }

    /// <summary>Where the starter calendars are copied at build time.</summary>
    public static string StarterFolder => Path.Combine(AppContext.BaseDirectory, "reference", "holidays");

    private string Actor => _request.ActorName ?? "system";

    public async Task<HolidayCalendarDto?> GetAsync(int year, CancellationToken ct = default)
    {
        await EnsureStarterAsync(ct);
        var versions = await _db.HolidayCalendars.AsNoTracking().Where(c => c.Year == year).OrderByDescending(c => c.Version)
            .Select(c => new { c.Id, c.Version, c.Source, c.Status, c.Note, c.LoadedAtUtc, c.LoadedBy, Days = c.Days.Count })
            .ToListAsync(ct);
        if (versions.Count == 0)
        {
            return null;
        }

        var current = versions[0];
        var days = await _db.HolidayDays.AsNoTracking().Where(d => d.CalendarId == current.Id).OrderBy(d => d.Date).ToListAsync(ct);
        return new HolidayCalendarDto(
            year,
            current.Version,
            current.Source,
            current.Status,
            current.Note,
            current.LoadedAtUtc,
            current.LoadedBy,
            days.Select(d => new HolidayDayDto(d.Date, HolidayCalendarFile.KindName(d.Kind), d.Name)).ToList(),
            versions.Select(v => new HolidayCalendarVersionDto(v.Version, v.Source, v.Status, v.LoadedAtUtc, v.LoadedBy, v.Days)).ToList());
    }

    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken ct = default)
    {
        await EnsureStarterAsync(ct);
        return await _db.HolidayCalendars.AsNoTracking().Select(c => c.Year).Distinct().OrderBy(y => y).ToListAsync(ct);
    }

    public async Task<HolidayCalendarLoadResult> LoadAsync(int year, HolidayCalendarInput input, CancellationToken ct = default)
    {
        RequireCity();
        return await StoreAsync(HolidayCalendarFile.Validate(year, input), "api", ct);
    }

    public async Task<HolidayCalendarLoadResult> LoadFileAsync(string path, CancellationToken ct = default)
    {
        RequireCity();
        return await LoadPathAsync(path, ct);
    }

    public async Task<IReadOnlyList<HolidayCalendarLoadResult>> LoadStarterAsync(CancellationToken ct = default)
    {
        RequireCity();
        return await LoadStarterCoreAsync(ct);
    }

    /// <summary>The calendars in force for every loaded year, for the calculator (loads the starter files on first use).</summary>
    internal async Task<WorkingDayCalendar> SnapshotAsync(CancellationToken ct)
    {
        await EnsureStarterAsync(ct);
        var headers = await _db.HolidayCalendars.AsNoTracking().Select(c => new { c.Id, c.Year, c.Version, c.Status, c.Source }).ToListAsync(ct);
        var current = headers.GroupBy(h => h.Year).Select(g => g.MaxBy(h => h.Version)!).ToList();
        var ids = current.Select(c => c.Id).ToList();
        var days = (await _db.HolidayDays.AsNoTracking().Where(d => ids.Contains(d.CalendarId)).ToListAsync(ct)).ToLookup(d => d.CalendarId);
        return new WorkingDayCalendar(current.Select(c => new CalendarYear(
            c.Year,
            days[c.Id].Where(d => d.Kind == HolidayDayKind.Holiday).ToDictionary(d => d.Date, d => d.Name ?? "节假日"),
            days[c.Id].Where(d => d.Kind == HolidayDayKind.AdjustedWorkday).Select(d => d.Date).ToHashSet(),
            c.Status,
            c.Source)));
    }

    /// <summary>First use: a shipped starter year with no calendar in the store is loaded (as the system would).</summary>
    private async Task EnsureStarterAsync(CancellationToken ct)
    {
        var starters = StarterFiles();
        if (starters.Count == 0)
        {
            return;
        }

        var loaded = await _db.HolidayCalendars.Select(c => c.Year).Distinct().ToListAsync(ct);
        if (starters.Keys.All(loaded.Contains))
        {
            return;
        }

        try
        {
            await LoadStarterCoreAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another request loaded them at the same moment (unique year + version): theirs stand.
            _db.ChangeTracker.Clear();
        }
    }

    private async Task<IReadOnlyList<HolidayCalendarLoadResult>> LoadStarterCoreAsync(CancellationToken ct)
    {
        var starters = StarterFiles();
        if (starters.Count == 0)
        {
            throw new IpCityException("CALENDAR_STARTER_MISSING", $"找不到起始节假日安排 {StarterFolder}/cn-YYYY.json。", 404);
        }

        var loaded = await _db.HolidayCalendars.Select(c => c.Year).Distinct().ToListAsync(ct);
        var results = new List<HolidayCalendarLoadResult>();
        foreach (var (_, file) in starters.Where(s => !loaded.Contains(s.Key)))
        {
            results.Add(await LoadPathAsync(file, ct));
        }

        return results;
    }

    /// <summary>The shipped starter files by year (reference/holidays/cn-YYYY.json).</summary>
    private static SortedDictionary<int, string> StarterFiles()
    {
        var files = new SortedDictionary<int, string>();
        if (Directory.Exists(StarterFolder))
        {
            foreach (var file in Directory.GetFiles(StarterFolder, "cn-*.json"))
            {
                if (HolidayCalendarFile.YearFromFileName(file) is { } year)
                {
                    files[year] = file;
                }
            }
        }

        return files;
    }

    private async Task<HolidayCalendarLoadResult> LoadPathAsync(string path, CancellationToken ct)
    {
        if (!File.Exists(path))
        {
            throw new IpCityException(HolidayCalendarFile.InvalidCode, $"找不到文件 {Path.GetFileName(path)}。", 404);
        }

        var fileYear = HolidayCalendarFile.YearFromFileName(path);
        HolidayCalendarInput input;
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".json":
                input = HolidayCalendarFile.ReadJson(path);
                break;
            case ".xlsx" when fileYear is { } y:
                input = HolidayCalendarFile.ReadXlsx(path, y, $"《国务院办公厅关于{y.ToString(CultureInfo.InvariantCulture)}年部分节假日安排的通知》(自 {Path.GetFileName(path)} 导入, 待核)");
                break;
            case ".xlsx":
                throw new IpCityException(HolidayCalendarFile.InvalidCode, "XLSX 文件名须含年度 (如 cn-2025.xlsx)。", 400, new Dictionary<string, object?> { ["field"] = "year" });
            default:
                throw new IpCityException(HolidayCalendarFile.InvalidCode, "节假日安排文件须为 .json 或 .xlsx。", 400);
        }

        var year = input.Year ?? fileYear
            ?? throw new IpCityException(HolidayCalendarFile.InvalidCode, "文件中没有年度 (year)。", 400, new Dictionary<string, object?> { ["field"] = "year" });
        var firstRow = Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase) ? 2 : 1; // under the header row
        return await StoreAsync(HolidayCalendarFile.Validate(year, input, firstRow), Path.GetFileName(path), ct);
    }

    private async Task<HolidayCalendarLoadResult> StoreAsync(ParsedCalendar parsed, string origin, CancellationToken ct)
    {
        var hash = parsed.ContentHash();
        var previous = await _db.HolidayCalendars.AsNoTracking().Where(c => c.Year == parsed.Year).OrderByDescending(c => c.Version).FirstOrDefaultAsync(ct);
        if (previous?.ContentHash == hash)
        {
            return new HolidayCalendarLoadResult((await GetAsync(parsed.Year, ct))!, Changed: false);
        }

        var calendar = new HolidayCalendar
        {
            Year = parsed.Year,
            Version = (previous?.Version ?? 0) + 1,
            Source = parsed.Source,
            Status = parsed.Status,
            Note = parsed.Note,
            ContentHash = hash,
            LoadedAtUtc = _clock.GetUtcNow().UtcDateTime,
            LoadedBy = Actor,
            Days = parsed.Days.Select(d => new HolidayDay { Date = d.Date, Kind = d.Kind, Name = d.Name }).ToList(),
        };
        var holidays = parsed.Days.Count(d => d.Kind == HolidayDayKind.Holiday);
        await AuditedAdd.SaveAsync(_db, calendar, _audit, () => new AuditEntry(LoadedEvent, AuditOutcome.Success, "HolidayCalendar", parsed.Year.ToString(CultureInfo.InvariantCulture),
            $"version={calendar.Version.ToString(CultureInfo.InvariantCulture)}; previous={(previous is null ? "none" : previous.Version.ToString(CultureInfo.InvariantCulture))}; status={parsed.Status}; holidays={holidays.ToString(CultureInfo.InvariantCulture)}; adjustedWorkdays={(parsed.Days.Count - holidays).ToString(CultureInfo.InvariantCulture)}; origin={origin}; sha256={hash}"), ct);
        _db.ChangeTracker.Clear();
        return new HolidayCalendarLoadResult((await GetAsync(parsed.Year, ct))!, Changed: true);
    }

    private void RequireCity() => CityOffice.Require(_request, ForbiddenCode, "只有市局可以载入或替换节假日安排。");
}

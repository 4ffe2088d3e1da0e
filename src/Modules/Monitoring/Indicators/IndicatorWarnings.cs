using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Security;
using IpCity.Monitoring.Contracts;
using IpCity.Monitoring.Data;
using IpCity.Monitoring.Domain;
using IpCity.Organisations.Contracts;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Monitoring.Indicators;

/// <summary>
/// Stored warnings: the live statuses (<see cref="IIndicatorService.WarningsAsync"/>) become rows addressed to the
/// indicator's owning department (a task-ledger unit, created from the owner's name when the ledger has none) and
/// to the unit concerned. A status that returns to the path clears the row; falling behind again reopens it.
/// </summary>
internal sealed class IndicatorWarnings : IIndicatorWarnings
{
    private static readonly Dictionary<string, string> s_knownOwners = new(StringComparer.Ordinal)
    {
        [MonitoringDepartments.MarketRegulationName] = MonitoringDepartments.MarketRegulation,
    };

    private readonly MonitoringDbContext _db;
    private readonly IIndicatorService _indicators;
    private readonly IOrgUnitDirectory _directory;
    private readonly IRequestContext _request;
    private readonly IAuditTrail _audit;
    private readonly TimeProvider _clock;

    public IndicatorWarnings(MonitoringDbContext db, IIndicatorService indicators, IOrgUnitDirectory directory, IRequestContext request, IAuditTrail audit, TimeProvider clock)
    {
        _db = db;
        _indicators = indicators;
        _directory = directory;
        _request = request;
        _audit = audit;
        _clock = clock;
    }

    public async Task<WarningDispatchResult> DispatchAsync(int year, CancellationToken ct = default)
    {
        var live = await _indicators.WarningsAsync(year, ct);
        var stored = await _db.Warnings.Where(w => w.Year == year).ToListAsync(ct);
        var byKey = stored.ToDictionary(w => (w.IndicatorCode, w.UnitCode));
        var now = _clock.GetUtcNow().UtcDateTime;
        var departments = new Dictionary<string, TaskDepartment>(StringComparer.Ordinal);
        var audit = new List<AuditEntry>();
        int raised = 0, updated = 0, cleared = 0;
        foreach (var w in live)
        {
            if (!byKey.TryGetValue((w.IndicatorCode, w.UnitCode), out var row))
            {
                var department = w.Owner is { Length: > 0 } owner ? await DepartmentAsync(owner, departments, ct) : null;
                row = new IndicatorWarning
                {
                    IndicatorCode = w.IndicatorCode,
                    UnitCode = w.UnitCode,
                    Year = year,
                    Status = w.Status,
                    DepartmentCode = department?.Code,
                    DepartmentName = department?.Name ?? w.Owner,
                    State = WarningState.Open,
                    RaisedAtUtc = now,
                };
                _db.Warnings.Add(row);
                byKey[(w.IndicatorCode, w.UnitCode)] = row;
                raised++;
                audit.Add(Raised(w, row, "raised"));
            }
            else if (row.State == WarningState.Cleared)
            {
                // Behind again after recovering: a new warning on the same row (the earlier one stays in the audit trail).
                row.State = WarningState.Open;
                row.RaisedAtUtc = now;
                row.AcknowledgedBy = null;
                row.AcknowledgedAtUtc = null;
                row.Response = null;
                row.ClearedAtUtc = null;
                raised++;
                audit.Add(Raised(w, row, "raised again"));
            }
            else if (row.Status != w.Status || row.Value != w.Value || row.PathValue != w.PathValue)
            {
                updated++;
            }

            row.Status = w.Status;
            row.Value = w.Value;
            row.PathValue = w.PathValue;
            row.UpdatedAtUtc = now;
        }

        var current = live.Select(w => (w.IndicatorCode, w.UnitCode)).ToHashSet();
        foreach (var row in stored.Where(r => r.State != WarningState.Cleared && !current.Contains((r.IndicatorCode, r.UnitCode))))
        {
            row.State = WarningState.Cleared;
            row.ClearedAtUtc = now;
            row.UpdatedAtUtc = now;
            cleared++;
            audit.Add(new AuditEntry("IndicatorWarningCleared", AuditOutcome.Success, "IndicatorWarning", $"{row.IndicatorCode}/{row.UnitCode}/{year}", "back on the target path"));
        }

        await _db.SaveChangesAsync(ct);
        foreach (var entry in audit)
        {
            await _audit.RecordAsync(entry, ct);
        }

        var open = byKey.Values.Count(r => r.State != WarningState.Cleared);
        return new WarningDispatchResult(year, raised, updated, cleared, open);

        static AuditEntry Raised(WarningDto w, IndicatorWarning row, string what) =>
            new("IndicatorWarningRaised", AuditOutcome.Success, "IndicatorWarning", $"{w.IndicatorCode}/{w.UnitCode}/{row.Year}",
                $"{what}: {w.Status} (value {w.Value?.ToString(CultureInfo.InvariantCulture) ?? "none"}, path {w.PathValue?.ToString(CultureInfo.InvariantCulture) ?? "none"}) → department {row.DepartmentName} ({row.DepartmentCode ?? "none"}) and unit {w.UnitCode}");
    }

    public async Task<IReadOnlyList<WarningDispatchResult>> DispatchComputedYearsAsync(CancellationToken ct = default)
    {
        var years = await _db.Values.Where(v => v.State != ValueState.Superseded).Select(v => v.Year).Distinct().OrderBy(y => y).ToListAsync(ct);
        var results = new List<WarningDispatchResult>();
        foreach (var year in years)
        {
            results.Add(await DispatchAsync(year, ct));
        }

        return results;
    }

    public async Task<IReadOnlyList<WarningNoticeDto>> InboxAsync(FormActor actor, int? year = null, bool includeCleared = false, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var rows = await Visible(actor)
            .Where(w => (year == null || w.Year == year) && (includeCleared || w.State != WarningState.Cleared))
            .OrderByDescending(w => w.Year).ThenBy(w => w.IndicatorCode).ThenBy(w => w.UnitCode)
            .ToListAsync(ct);
        return await DtosAsync(rows, ct);
    }

    public async Task<WarningNoticeDto> AcknowledgeAsync(FormActor actor, long id, AcknowledgeWarningRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        var response = request.Response?.Trim() ?? string.Empty;
        if (response.Length is 0 or > 1000)
        {
            throw new IpCityException("INDICATOR_WARNING_RESPONSE_INVALID", "请填写处理意见 (1–1000 字)。", 400, new Dictionary<string, object?> { ["field"] = "response" });
        }

        var row = await Visible(actor).FirstOrDefaultAsync(w => w.Id == id, ct);
        if (row is null)
        {
            await _audit.RecordAsync(new AuditEntry(AuditEvents.AccessDenied, AuditOutcome.Denied, "IndicatorWarning", id.ToString(CultureInfo.InvariantCulture), "not addressed to the officer or does not exist"), ct);
            throw new IpCityException("INDICATOR_WARNING_NOT_FOUND", "预警不存在。", 404, new Dictionary<string, object?> { ["id"] = id });
        }

        if (row.State == WarningState.Cleared)
        {
            throw new IpCityException("INDICATOR_WARNING_CLEARED", "该预警已解除 (单位已回到目标路径)。", 409, new Dictionary<string, object?> { ["id"] = id });
        }

        row.State = WarningState.Acknowledged;
        row.AcknowledgedBy = actor.Name;
        row.AcknowledgedAtUtc = _clock.GetUtcNow().UtcDateTime;
        row.Response = response;
        row.UpdatedAtUtc = row.AcknowledgedAtUtc.Value;
        await _db.SaveChangesAsync(ct);
        await _audit.RecordAsync(new AuditEntry("IndicatorWarningAcknowledged", AuditOutcome.Success, "IndicatorWarning", $"{row.IndicatorCode}/{row.UnitCode}/{row.Year}", response), ct);
        return (await DtosAsync([row], ct))[0];
    }

    /// <summary>The city office sees every warning; an officer those of the department or unit whose code their account holds.</summary>
    private IQueryable<IndicatorWarning> Visible(FormActor actor) =>
        actor.IsCity ? _db.Warnings
        : actor.UnitCode is { Length: > 0 } unit ? _db.Warnings.Where(w => w.DepartmentCode == unit || w.UnitCode == unit)
        : _db.Warnings.Where(_ => false);

    private async Task<IReadOnlyList<WarningNoticeDto>> DtosAsync(IReadOnlyList<IndicatorWarning> rows, CancellationToken ct)
    {
        var names = (await _db.Definitions.AsNoTracking().Select(d => new { d.Code, d.Name, d.Version }).ToListAsync(ct))
            .GroupBy(d => d.Code).ToDictionary(g => g.Key, g => g.OrderByDescending(d => d.Version).First().Name, StringComparer.Ordinal);
        var units = (await _directory.GetUnitsAsync(null, false, ct)).ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal);
        return rows.Select(w => new WarningNoticeDto(w.Id, w.IndicatorCode, names.GetValueOrDefault(w.IndicatorCode, w.IndicatorCode), w.UnitCode, units.GetValueOrDefault(w.UnitCode), w.Year,
            w.Status, w.Value, w.PathValue, w.DepartmentCode, w.DepartmentName, w.State.ToString(), w.RaisedAtUtc, w.AcknowledgedBy, w.AcknowledgedAtUtc, w.Response, w.ClearedAtUtc)).ToList();
    }

    /// <summary>The ledger unit named like the owner; a new one (known code, else a provisional code the city office can edit) when the ledger has none.</summary>
    private async Task<TaskDepartment> DepartmentAsync(string owner, Dictionary<string, TaskDepartment> cache, CancellationToken ct)
    {
        if (cache.TryGetValue(owner, out var known))
        {
            return known;
        }

        var code = s_knownOwners.GetValueOrDefault(owner) ?? "dept-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(owner)))[..10];
        var found = await _db.TaskDepartments.FirstOrDefaultAsync(d => d.Name == owner, ct)
            ?? await _db.TaskDepartments.FirstOrDefaultAsync(d => d.Code == code, ct);
        if (found is null)
        {
            found = new TaskDepartment { Code = code, Name = owner, Kind = TaskDepartmentKind.Department, CreatedAtUtc = _clock.GetUtcNow().UtcDateTime, CreatedBy = _request.ActorName ?? "system" };
            _db.TaskDepartments.Add(found);
        }

        cache[owner] = found;
        return found;
    }
}

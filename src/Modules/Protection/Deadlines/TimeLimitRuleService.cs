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
/// The time-limit rules (DOMAIN.md §7.6), versioned by effective date. The defaults of
/// <see cref="TimeLimitDefaults"/> are seeded on first use; a change adds a version (audited as
/// "TimeLimitRuleChanged"), earlier versions are kept.
/// </summary>
internal sealed class TimeLimitRuleService : ITimeLimitRules
{
    public const string ChangedEvent = "TimeLimitRuleChanged";
    public const string UnknownCode = "TIME_LIMIT_UNKNOWN";
    public const string InvalidCode = "TIME_LIMIT_INVALID";
    public const string VersionExistsCode = "TIME_LIMIT_VERSION_EXISTS";
    public const string ForbiddenCode = "TIME_LIMIT_FORBIDDEN";

    /// <summary>Nanchang (Asia/Shanghai) has no daylight saving time: the city's date is UTC+8.</summary>
    private static readonly TimeSpan s_cityOffset = TimeSpan.FromHours(8);

    private readonly ProtectionDbContext _db;
    private readonly IAuditTrail _audit;
    private readonly IRequestContext _request;
    private readonly TimeProvider _clock;

    public TimeLimitRuleService(ProtectionDbContext db, IAuditTrail audit, IRequestContext request, TimeProvider clock)
    {
        _db = db;
        _audit = audit;
        _request = request;
        _clock = clock;
    }

    private DateOnly Today => DateOnly.FromDateTime(_clock.GetUtcNow().ToOffset(s_cityOffset).DateTime);

    public async Task<TimeLimitRuleDto> GetAsync(string name, DateOnly asOf, CancellationToken ct = default)
    {
        await EnsureSeededAsync(ct);
        var versions = await VersionsAsync(name, ct);
        var rule = versions.LastOrDefault(v => v.EffectiveFrom <= asOf)
            ?? throw new IpCityException(UnknownCode, $"{DeadlineArithmetic.Day(asOf)} 时期限规则 “{name}” 尚未生效。", 404,
                new Dictionary<string, object?> { ["name"] = name, ["asOf"] = DeadlineArithmetic.Day(asOf) });
        return ToDto(rule);
    }

    public async Task<IReadOnlyList<TimeLimitRuleDto>> ListAsync(DateOnly? asOf = null, CancellationToken ct = default)
    {
        await EnsureSeededAsync(ct);
        var day = asOf ?? Today;
        var rules = await _db.TimeLimitRules.AsNoTracking().Where(r => r.EffectiveFrom <= day).ToListAsync(ct);
        return rules.GroupBy(r => r.Name).Select(g => ToDto(g.MaxBy(r => r.EffectiveFrom)!)).OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
    }

    public async Task<TimeLimitRuleDto> SetAsync(string name, SetTimeLimitRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireCity();
        await EnsureSeededAsync(ct);
        var versions = await VersionsAsync(name, ct);
        var previous = versions.LastOrDefault(v => v.EffectiveFrom <= request.EffectiveFrom) ?? versions[0];
        Check(request);
        if (versions.Any(v => v.EffectiveFrom == request.EffectiveFrom))
        {
            throw new IpCityException(VersionExistsCode, $"“{name}” 自 {DeadlineArithmetic.Day(request.EffectiveFrom)} 起已有一个版本; 请另选生效日期。", 409,
                new Dictionary<string, object?> { ["name"] = name, ["effectiveFrom"] = DeadlineArithmetic.Day(request.EffectiveFrom) });
        }

        var rule = new TimeLimitRule
        {
            Name = previous.Name,
            Amount = request.Amount,
            Unit = request.Unit,
            Status = request.Status?.Trim().ToUpperInvariant() ?? previous.Status,
            Label = previous.Label,
            Source = string.IsNullOrWhiteSpace(request.Source) ? previous.Source : request.Source.Trim(),
            EffectiveFrom = request.EffectiveFrom,
            Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
            ChangedAtUtc = _clock.GetUtcNow().UtcDateTime,
            ChangedBy = _request.ActorName ?? "system",
        };
        await AuditedAdd.SaveAsync(_db, rule, _audit, () => new AuditEntry(ChangedEvent, AuditOutcome.Success, "TimeLimitRule", rule.Name,
            $"effectiveFrom={DeadlineArithmetic.Day(rule.EffectiveFrom)}; amount={rule.Amount.ToString(CultureInfo.InvariantCulture)}; unit={rule.Unit}; status={rule.Status}; " +
            $"previous={previous.Amount.ToString(CultureInfo.InvariantCulture)} {previous.Unit} from {DeadlineArithmetic.Day(previous.EffectiveFrom)}"), ct);
        return ToDto(rule);
    }

    /// <summary>All versions of a rule, oldest first; 404 TIME_LIMIT_UNKNOWN for a name that is not a rule.</summary>
    internal async Task<List<TimeLimitRule>> VersionsAsync(string name, CancellationToken ct)
    {
        var key = name?.Trim() ?? string.Empty;
        var versions = await _db.TimeLimitRules.AsNoTracking().Where(r => r.Name == key).OrderBy(r => r.EffectiveFrom).ToListAsync(ct);
        return versions.Count > 0
            ? versions
            : throw new IpCityException(UnknownCode, $"未知的期限规则 “{name}”。", 404, new Dictionary<string, object?> { ["name"] = name });
    }

    private static void Check(SetTimeLimitRequest request)
    {
        DeadlineArithmetic.CheckAmount(request.Amount, request.Unit, InvalidCode);
        if (request.Status is { } status && status.Trim().ToUpperInvariant() is not ("CONFIRMED" or "UNCONFIRMED"))
        {
            throw Invalid("status", "状态须为 CONFIRMED 或 UNCONFIRMED。");
        }

        if (request.Note is { Length: > 1000 })
        {
            throw Invalid("note", "说明最长 1000 字。");
        }

        if (request.Source is { Length: > 500 })
        {
            throw Invalid("source", "依据最长 500 字。");
        }

        if (request.EffectiveFrom.Year is < 1990 or > 2200)
        {
            throw Invalid("effectiveFrom", "生效日期须在 1990–2200 年之间。");
        }
    }

    private static IpCityException Invalid(string field, string message) =>
        new(InvalidCode, message, 400, new Dictionary<string, object?> { ["field"] = field });

    /// <summary>Adds the default version of every §7.6 rule that has none (first use, or a rule added in a later release).</summary>
    private async Task EnsureSeededAsync(CancellationToken ct)
    {
        var names = await _db.TimeLimitRules.AsNoTracking().Select(r => r.Name).Distinct().ToListAsync(ct);
        var missing = TimeLimitDefaults.All.Where(d => !names.Contains(d.Name)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        foreach (var d in missing)
        {
            _db.TimeLimitRules.Add(new TimeLimitRule
            {
                Name = d.Name,
                Amount = d.Amount,
                Unit = d.Unit,
                Status = d.Status,
                Label = d.Label,
                Source = d.Source,
                EffectiveFrom = d.EffectiveFrom,
                ChangedAtUtc = _clock.GetUtcNow().UtcDateTime,
                ChangedBy = "defaults (DOMAIN.md §7.6)",
            });
        }

        try
        {
            await _db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another request seeded them at the same moment (unique name + effective date): theirs stand.
        }

        _db.ChangeTracker.Clear();
    }

    private void RequireCity() => CityOffice.Require(_request, ForbiddenCode, "只有市局可以修改期限规则。");

    private static TimeLimitRuleDto ToDto(TimeLimitRule r) => new(r.Name, r.Amount, r.Unit, r.Status, r.Label, r.Source, r.EffectiveFrom, r.Note);
}

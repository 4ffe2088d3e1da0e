using System.Globalization;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.IpData.Contracts;
using IpCity.Protection.Contracts;
using IpCity.Protection.Data;
using Microsoft.EntityFrameworkCore;

namespace IpCity.Protection.Overseas;

/// <summary>
/// Risk alerts for a firm (issue 5 §7): its patents' foreign family members from the IP data center, grouped by
/// country, each country flagged when overseas disputes (of any firm) started there in the last N years or a
/// guide warns of risk there. Officers ask for any firm; an Enterprise account only for its own credit code
/// (any other answers 404 with an AccessDenied audit row).
/// </summary>
internal sealed class OverseasRiskAlerts
{
    public const string FirmUnknown = "OVERSEAS_ALERT_FIRM_UNKNOWN";
    public const string Invalid = "OVERSEAS_ALERT_INVALID";
    public const int DefaultYears = 5;
    private const int MaxMembersListed = 100;

    private readonly ProtectionDbContext _db;
    private readonly IOverseasExposure _exposure;
    private readonly IAuditTrail _audit;
    private readonly TimeProvider _clock;

    public OverseasRiskAlerts(ProtectionDbContext db, IOverseasExposure exposure, IAuditTrail audit, TimeProvider clock)
    {
        _db = db;
        _exposure = exposure;
        _audit = audit;
        _clock = clock;
    }

    public async Task<OverseasRiskAlertDto> GetAsync(ProtectionActor actor, string? enterprise, int? years = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var reference = enterprise?.Trim() ?? string.Empty;
        if (reference.Length is 0 or > 200)
        {
            throw new IpCityException(Invalid, "请填写企业的统一社会信用代码或名称。", 400, new Dictionary<string, object?> { ["field"] = "enterprise" });
        }

        var window = years ?? DefaultYears;
        if (window is < 1 or > 30)
        {
            throw new IpCityException(Invalid, "年数须在 1 到 30 之间。", 400, new Dictionary<string, object?> { ["field"] = "years" });
        }

        var exposure = await _exposure.GetAsync(reference, ct);
        var isCode = CreditCodes.IsValid(reference);
        if (!actor.IsOfficer && !IsOwn(actor, reference, isCode, exposure))
        {
            await _audit.RecordAsync(new AuditEntry(AuditEvents.AccessDenied, AuditOutcome.Denied, "OverseasRiskAlert", null, $"role={actor.Role}: not the account's own enterprise"), ct);
            throw Unknown(reference);
        }

        if (exposure is null && !isCode)
        {
            throw Unknown(reference);
        }

        var today = DateOnly.FromDateTime(_clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var since = today.AddYears(-window);
        var members = exposure?.ForeignFamily ?? [];
        var countries = members.Select(m => m.Country).Distinct(StringComparer.Ordinal).ToList();
        var disputes = await _db.OverseasDisputes.AsNoTracking()
            .Where(d => countries.Contains(d.CountryCode) && d.StartedOn >= since)
            .Select(d => new { d.CountryCode, d.Type }).ToListAsync(ct);
        var guides = await _db.CountryGuides.AsNoTracking()
            .Where(g => countries.Contains(g.CountryCode))
            .Select(g => new { g.CountryCode, g.Kind }).ToListAsync(ct);

        var result = members.GroupBy(m => m.Country, StringComparer.Ordinal).Select(g =>
        {
            var inCountry = disputes.Where(d => d.CountryCode == g.Key).ToList();
            var types = inCountry.Select(d => d.Type).Distinct(StringComparer.Ordinal).Select(t => RegisterLabels.Label(RegisterLabels.DisputeTypes, t)).ToList();
            var guideCount = guides.Count(x => x.CountryCode == g.Key);
            var warnings = guides.Count(x => x.CountryCode == g.Key && x.Kind == CountryGuideKinds.RiskWarning);
            var reasons = new List<string>();
            if (inCountry.Count > 0)
            {
                reasons.Add(string.Create(CultureInfo.InvariantCulture, $"近 {window} 年在{Countries.Name(g.Key)}登记的海外纠纷 {inCountry.Count} 起 ({string.Join("、", types)})"));
            }

            if (warnings > 0)
            {
                reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{Countries.Name(g.Key)}有风险预警 {warnings} 条"));
            }

            return new CountryRiskDto(
                g.Key,
                Countries.Name(g.Key),
                g.Count(),
                g.Count(m => m.IsGranted),
                g.Select(m => m.Country + m.Number + m.Kind).Distinct(StringComparer.Ordinal).Take(MaxMembersListed).ToList(),
                inCountry.Count,
                types,
                guideCount,
                warnings,
                reasons.Count > 0,
                reasons);
        })
        .OrderByDescending(c => c.Flagged).ThenByDescending(c => c.FamilyMembers).ThenBy(c => c.CountryCode, StringComparer.Ordinal).ToList();
        return new OverseasRiskAlertDto(reference, exposure?.Name, exposure?.CreditCode ?? (isCode ? reference.ToUpperInvariant() : null), exposure?.Patents ?? 0, window, since, result);
    }

    private static bool IsOwn(ProtectionActor actor, string reference, bool isCode, OverseasExposureDto? exposure)
    {
        if (!actor.IsEnterprise || string.IsNullOrWhiteSpace(actor.EnterpriseCode))
        {
            return false;
        }

        var own = actor.EnterpriseCode.Trim();
        return isCode
            ? string.Equals(reference, own, StringComparison.OrdinalIgnoreCase)
            : exposure?.CreditCode is { } code && string.Equals(code, own, StringComparison.OrdinalIgnoreCase);
    }

    private static IpCityException Unknown(string reference) =>
        new(FirmUnknown, "数据中心中没有找到该企业。", 404, new Dictionary<string, object?> { ["enterprise"] = reference });
}

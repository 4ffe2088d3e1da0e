using System.Globalization;
using IpCity.BuildingBlocks.Auditing;
using IpCity.BuildingBlocks.Errors;
using IpCity.BuildingBlocks.Identifiers;
using IpCity.BuildingBlocks.Security;
using IpCity.IpData.Contracts;
using IpCity.Organisations.Contracts;
using IpCity.Services.Agencies;
using IpCity.Services.Contracts;

namespace IpCity.Services.Brands;

/// <summary>
/// The Madrid portfolio of local holders (issue 6 §4), built from the IP data center's records with their in-force
/// state as the monitoring reads it (<see cref="IHeldTrademarks"/> over <see cref="IIndicatorFacts"/>): records of
/// domestic holders attributed to the city (district officers: to their unit), one entry per IR number.
/// </summary>
internal sealed class MadridPortfolio : IMadridPortfolio
{
    /// <summary>Madrid Protocol art. 7(4): a renewal may still be made within six months after expiry, with a surcharge.</summary>
    public const int GraceMonths = 6;

    private readonly IHeldTrademarks _marks;
    private readonly IOrgUnitDirectory _units;
    private readonly IApplicantQueries _applicants;
    private readonly IAuditTrail _audit;
    private readonly TimeProvider _clock;

    public MadridPortfolio(IHeldTrademarks marks, IOrgUnitDirectory units, IApplicantQueries applicants, IAuditTrail audit, TimeProvider clock)
    {
        _marks = marks;
        _units = units;
        _applicants = applicants;
        _audit = audit;
        _clock = clock;
    }

    public async Task<MadridPage> ListAsync(Actor actor, MadridQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (on, months, entries) = await EntriesAsync(actor, query, ct);
        var pageSize = Math.Clamp(query.PageSize, 1, 500);
        var page = Math.Max(1, query.Page);
        return new MadridPage(entries.Skip((page - 1) * pageSize).Take(pageSize).ToList(), entries.Count, page, pageSize, on, months, Totals(entries));
    }

    public async Task<IReadOnlyList<MadridEntryDto>> ExportAsync(Actor actor, MadridQuery query, string format, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (on, _, entries) = await EntriesAsync(actor, query, ct);
        await _audit.RecordAsync(new AuditEntry(AuditEvents.Exported, AuditOutcome.Success, "MadridPortfolio", format, $"rows={entries.Count.ToString(CultureInfo.InvariantCulture)} on={AgencyRules.Day(on)}"), ct);
        return entries;
    }

    public async Task<MadridStatistics> StatisticsAsync(Actor actor, DateOnly? on, int months = 12, CancellationToken ct = default)
    {
        var day = on ?? AgencyRules.Today(_clock);
        months = Months(months);
        var records = await ScopedAsync(actor, day, ct);
        var all = Build(records, day, months);
        var names = (await _units.GetUnitsAsync(day, false, ct)).ToDictionary(u => u.Code, u => u.ShortName ?? u.Name, StringComparer.Ordinal);

        // Per unit: the entries built from that unit's records (an IR with records in two units counts in both, as the monitoring counts it).
        var byDistrict = records.SelectMany(r => new[] { r.CountyCode, r.ZoneCode }.Where(c => c is not null).Select(c => (Unit: c!, Record: r)))
            .GroupBy(x => x.Unit, StringComparer.Ordinal)
            .Select(g => Row(g.Key, names.GetValueOrDefault(g.Key), Build(g.Select(x => x.Record).ToList(), day, months)))
            .OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        var byParty = all.SelectMany(e => e.Parties.Select(p => (Party: p, Entry: e)))
            .GroupBy(x => x.Party, StringComparer.Ordinal)
            .Select(g => Row(g.Key, null, g.Select(x => x.Entry).ToList()))
            .OrderByDescending(r => r.Entries).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        return new MadridStatistics(day, months, Totals(all), byDistrict, byParty);
    }

    public async Task<HolderMarksDto> HolderMarksAsync(Actor actor, string? creditCode, string? holderName, DateOnly? on, int months = 12, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var day = on ?? AgencyRules.Today(_clock);
        months = Months(months);
        var code = string.IsNullOrWhiteSpace(creditCode) ? null : AgencyRules.Normalise(creditCode);
        if (actor.IsEnterprise)
        {
            code ??= actor.EnterpriseCode;
            if (code is null || !string.Equals(code, actor.EnterpriseCode, StringComparison.Ordinal))
            {
                await _audit.RecordAsync(new AuditEntry(AuditEvents.AccessDenied, AuditOutcome.Denied, "TrademarkHolder", code ?? "-", "enterprise asked for another holder"), ct);
                throw new IpCityException("HOLDER_NOT_FOUND", "未找到该权利人的商标。", 404);
            }
        }
        else if (!actor.IsOfficer)
        {
            throw new IpCityException("HOLDER_NOT_FOUND", "未找到该权利人的商标。", 404);
        }

        if (code is not null && !UnifiedSocialCreditCode.IsValid(code))
        {
            throw new IpCityException("HOLDER_CREDIT_CODE", "统一社会信用代码无效 (18 位, GB 32100 校验位)。", 400, new Dictionary<string, object?> { ["creditCode"] = creditCode });
        }

        var names = new SortedSet<string>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(holderName))
        {
            names.Add(holderName.Trim());
        }

        if (code is not null)
        {
            foreach (var applicant in (await _applicants.ListAsync(code, null, 20, ct)).Where(a => a.CreditCode == code))
            {
                names.Add(applicant.Name);
                if (await _applicants.GetAsync(applicant.Id, ct) is { } portfolio)
                {
                    names.UnionWith(portfolio.Variants);
                }
            }
        }

        if (code is null && names.Count == 0)
        {
            throw new IpCityException("HOLDER_REQUIRED", "请提供权利人的统一社会信用代码或名称。", 400);
        }

        var records = (await _marks.OfHoldersAsync(names, day, ct)).Where(r => !actor.IsDistrict || InUnit(r, actor.UnitCode)).ToList();
        var madrid = Build(records.Where(r => r.MadridIrNumber is not null).ToList(), day, months);
        var national = records.Where(r => r.MadridIrNumber is null).Select(r =>
        {
            var state = StateOf(r, day);
            return new NationalMarkDto(r.Id, r.RegistrationNumber, r.MarkText, Split(r.NiceClasses), r.ExclusiveFrom, r.ExclusiveTo, r.Status, state,
                state == MarkStates.InForce && Due(r.ExclusiveTo, day, months), state == MarkStates.Expired);
        }).ToList();
        return new HolderMarksDto(names.ToList(), day, months, madrid, national,
            madrid.Count(e => e.RenewalDue) + national.Count(n => n.RenewalDue), madrid.Count(e => e.Overdue) + national.Count(n => n.Overdue));
    }

    // ------------------------------------------------------------------ building entries

    private async Task<(DateOnly On, int Months, List<MadridEntryDto> Entries)> EntriesAsync(Actor actor, MadridQuery query, CancellationToken ct)
    {
        var day = query.On ?? AgencyRules.Today(_clock);
        var months = Months(query.Months);
        var records = await ScopedAsync(actor, day, ct);
        if (!string.IsNullOrWhiteSpace(query.County))
        {
            records = records.Where(r => InUnit(r, query.County.Trim())).ToList();
        }

        IEnumerable<MadridEntryDto> entries = Build(records, day, months);
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var t = query.Text.Trim();
            entries = entries.Where(e => e.IrNumber.Contains(t, StringComparison.OrdinalIgnoreCase) || (e.Holder?.Contains(t, StringComparison.OrdinalIgnoreCase) ?? false)
                || (e.Mark?.Contains(t, StringComparison.OrdinalIgnoreCase) ?? false) || e.RegistrationNumbers.Contains(t, StringComparer.Ordinal));
        }

        if (!string.IsNullOrWhiteSpace(query.State))
        {
            entries = entries.Where(e => e.State == query.State.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.Party))
        {
            var party = query.Party.Trim().ToUpperInvariant();
            entries = entries.Where(e => e.Parties.Contains(party, StringComparer.Ordinal));
        }

        entries = query.Due?.Trim() switch
        {
            null or "" => entries,
            "renewal" => entries.Where(e => e.RenewalDue),
            "overdue" => entries.Where(e => e.Overdue),
            var other => throw new IpCityException("MADRID_DUE_FILTER", "due 须为 renewal 或 overdue。", 400, new Dictionary<string, object?> { ["due"] = other }),
        };
        return (day, months, entries.ToList());
    }

    /// <summary>The records in the actor's view: city and department officers the city's, district officers their unit's; others none.</summary>
    private async Task<List<HeldTrademark>> ScopedAsync(Actor actor, DateOnly day, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsOfficer)
        {
            return [];
        }

        var profile = await _units.GetProfileAsync(ct) ?? throw new IpCityException("PROFILE_NOT_LOADED", "请先加载城市配置 (ipcity profile load)。", 409);
        var records = await _marks.MadridRecordsAsync(day, ct);
        return actor.IsDistrict
            ? records.Where(r => actor.UnitCode is { Length: > 0 } && InUnit(r, actor.UnitCode)).ToList()
            : records.Where(r => r.CityCode == profile.CityCode).ToList();
    }

    private static bool InUnit(HeldTrademark r, string? unit) => unit is not null && (r.CountyCode == unit || r.ZoneCode == unit);

    private static int Months(int months) => Math.Clamp(months <= 0 ? 12 : months, 1, 120);

    /// <summary>One entry per IR number: in force when any of its records is (the monitoring's rule); the representative record is the in-force one ending last.</summary>
    internal static List<MadridEntryDto> Build(IReadOnlyList<HeldTrademark> records, DateOnly day, int months) =>
        records.Where(r => r.MadridIrNumber is not null).GroupBy(r => r.MadridIrNumber!, StringComparer.Ordinal).Select(g =>
        {
            var list = g.ToList();
            var inForce = list.Where(r => r.InForce).ToList();
            var states = list.Select(r => StateOf(r, day)).ToList();
            var state = inForce.Count > 0 ? MarkStates.InForce
                : states.Contains(MarkStates.Cancelled) ? MarkStates.Cancelled
                : states.All(s => s == MarkStates.Pending) ? MarkStates.Pending
                : MarkStates.Expired;
            var rep = (inForce.Count > 0 ? inForce : list).OrderByDescending(r => r.ExclusiveTo ?? DateOnly.MaxValue).ThenBy(r => r.Id).First();
            var expiry = (inForce.Count > 0 ? inForce : list).Max(r => r.ExclusiveTo);
            var parties = list.SelectMany(r => Split(r.Designations)).Select(p => p.ToUpperInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var overdue = state == MarkStates.Expired;
            return new MadridEntryDto(g.Key, rep.Holder, rep.MarkText, list.SelectMany(r => Split(r.NiceClasses)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                parties.Count, parties, list.Min(r => r.ExclusiveFrom), expiry, state,
                state == MarkStates.InForce && Due(expiry, day, months), overdue, overdue && expiry is { } e && e >= day.AddMonths(-GraceMonths),
                rep.CountyCode, rep.ZoneCode, list.Select(r => r.RegistrationNumber).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());
        }).OrderBy(e => e.IrNumber, StringComparer.Ordinal).ToList();

    /// <summary>
    /// A record's state on the date. "In force" is the fact's (never recomputed here); a record not in force is expired
    /// past its term, pending before it, and otherwise ended by its status text (the only other reason the rule has).
    /// </summary>
    internal static string StateOf(HeldTrademark r, DateOnly day) =>
        r.InForce ? MarkStates.InForce
        : r.ExclusiveTo is { } to && to < day ? MarkStates.Expired
        : r.ExclusiveFrom is { } from && from > day ? MarkStates.Pending
        : MarkStates.Cancelled;

    private static bool Due(DateOnly? expiry, DateOnly day, int months) => expiry is { } e && e >= day && e <= day.AddMonths(months);

    private static List<string> Split(string? list) =>
        string.IsNullOrWhiteSpace(list) ? [] : list.Split([';', ',', '；', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static MadridTotals Totals(IReadOnlyCollection<MadridEntryDto> entries) =>
        new(entries.Count, entries.Count(e => e.State == MarkStates.InForce), entries.Count(e => e.State == MarkStates.Expired), entries.Count(e => e.State == MarkStates.Cancelled),
            entries.Count(e => e.RenewalDue), entries.Count(e => e.Overdue));

    private static MadridStatisticsRow Row(string key, string? name, IReadOnlyCollection<MadridEntryDto> entries) =>
        new(key, name, entries.Count, entries.Count(e => e.State == MarkStates.InForce), entries.Count(e => e.RenewalDue), entries.Count(e => e.Overdue));
}

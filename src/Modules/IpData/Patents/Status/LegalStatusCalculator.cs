using System.Globalization;
using System.Text.RegularExpressions;
using IpCity.IpData.Contracts;
using IpCity.IpData.Importing;

namespace IpCity.IpData.Patents.Status;

/// <summary>What a legal event does (the importers write no events yet; codes and CNIPA wording are both read).</summary>
internal enum LegalEventKind
{
    Unknown,
    Publication,
    Examination,
    Grant,
    LapseNonPayment,
    Restoration,
    InvalidationRequest,
    Invalidation,
    PartialInvalidation,
    Expiry,
    Surrender,
    Withdrawal,
    Rejection,
    Transfer,
    LicenceRecorded,
    LicenceEnded,
    PledgeRegistered,
    PledgeReleased,
}

internal enum LegalStatusCode
{
    Unknown,
    NotYetFiled,
    Pending,
    InForce,
    LapsedNonPayment,
    Expired,
    Invalidated,
    Withdrawn,
    Rejected,
    Surrendered,
}

internal sealed record LegalEvent(DateOnly Date, string Code, string Description);

internal sealed record LegalStatusInput(string ApplicationCountry, PatentType Type, DateOnly? ApplicationDate, DateOnly? GrantDate, IReadOnlyList<LegalEvent> Events);

internal sealed record ClassifiedEvent(LegalEvent Event, LegalEventKind Kind, bool Effective, bool ChangesStatus, bool Derived);

internal sealed record LegalStatusOutcome(
    LegalStatusCode Status,
    DateOnly? Since,
    DateOnly? TermEnds,
    IReadOnlyList<ClassifiedEvent> Timeline,
    IReadOnlyList<ClassifiedEvent> OwnershipChanges,
    IReadOnlyList<ClassifiedEvent> Licences,
    IReadOnlyList<ClassifiedEvent> Pledges,
    IReadOnlyList<string> Notes)
{
    public bool InForce => Status == LegalStatusCode.InForce;
}

/// <summary>
/// The legal status of a patent on any date, from its filing date, grant date, type and legal events
/// (DOMAIN.md §1.1 "In force": lapsed for non-payment, invalidated, expired or abandoned before the date
/// are not in force). Pure: no clock, no database. Unknown event codes stay on the timeline and change nothing.
/// </summary>
internal static partial class LegalStatusCalculator
{
    private static readonly Dictionary<string, LegalEventKind> s_codes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["PUBLICATION"] = LegalEventKind.Publication,
        ["EXAMINATION"] = LegalEventKind.Examination,
        ["GRANT"] = LegalEventKind.Grant,
        ["LAPSE"] = LegalEventKind.LapseNonPayment,
        ["RESTORE"] = LegalEventKind.Restoration,
        ["INVALID_REQUEST"] = LegalEventKind.InvalidationRequest,
        ["INVALID"] = LegalEventKind.Invalidation,
        ["INVALID_PART"] = LegalEventKind.PartialInvalidation,
        ["EXPIRE"] = LegalEventKind.Expiry,
        ["SURRENDER"] = LegalEventKind.Surrender,
        ["WITHDRAW"] = LegalEventKind.Withdrawal,
        ["REJECT"] = LegalEventKind.Rejection,
        ["TRANSFER"] = LegalEventKind.Transfer,
        ["LICENCE"] = LegalEventKind.LicenceRecorded,
        ["LICENCE_END"] = LegalEventKind.LicenceEnded,
        ["PLEDGE"] = LegalEventKind.PledgeRegistered,
        ["PLEDGE_END"] = LegalEventKind.PledgeReleased,
    };

    /// <summary>CNIPA wording (法律状态 event names), checked in this order against code and description.</summary>
    private static readonly (string[] All, string[] Any, LegalEventKind Kind)[] s_phrases =
    [
        (["质押"], ["注销", "解除"], LegalEventKind.PledgeReleased),
        (["质押"], [], LegalEventKind.PledgeRegistered),
        (["许可"], ["注销", "解除", "终止"], LegalEventKind.LicenceEnded),
        (["许可"], [], LegalEventKind.LicenceRecorded),
        ([], ["转移", "转让"], LegalEventKind.Transfer),
        (["恢复"], [], LegalEventKind.Restoration),
        (["无效"], ["请求"], LegalEventKind.InvalidationRequest),
        (["部分无效"], [], LegalEventKind.PartialInvalidation),
        (["无效"], [], LegalEventKind.Invalidation),
        (["期限届满"], [], LegalEventKind.Expiry),
        ([], ["未缴年费", "终止"], LegalEventKind.LapseNonPayment),
        (["视为放弃"], [], LegalEventKind.Withdrawal),
        (["放弃"], [], LegalEventKind.Surrender),
        (["撤回"], [], LegalEventKind.Withdrawal),
        (["驳回"], [], LegalEventKind.Rejection),
        (["授权"], [], LegalEventKind.Grant),
        (["实质审查"], [], LegalEventKind.Examination),
        ([], ["公开", "公布"], LegalEventKind.Publication),
    ];

    [GeneratedRegex(@"(?:登记号|备案号|合同号|registration|contract)\s*[:：]?\s*(?<ref>[A-Za-z0-9\-]{4,})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Reference();

    public static LegalEventKind Classify(string code, string description)
    {
        if (s_codes.TryGetValue(code.Trim(), out var kind))
        {
            return kind;
        }

        var text = code + " " + description;
        foreach (var (all, any, k) in s_phrases)
        {
            if (all.All(p => text.Contains(p, StringComparison.Ordinal)) && (any.Length == 0 || any.Any(p => text.Contains(p, StringComparison.Ordinal))))
            {
                return k;
            }
        }

        return LegalEventKind.Unknown;
    }

    /// <summary>The day the term ends (the first day the right is expired), or null when no term rule applies.</summary>
    public static DateOnly? TermEnd(string applicationCountry, PatentType type, DateOnly? applicationDate, LegalStatusOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (applicationDate is not { } filed)
        {
            return null;
        }

        var cn = string.Equals(applicationCountry, "CN", StringComparison.OrdinalIgnoreCase);
        int? years = type switch
        {
            PatentType.Invention or PatentType.Plant or PatentType.StatutoryInvention => options.InventionTermYears,
            PatentType.UtilityModel when cn => options.UtilityModelTermYears,
            PatentType.Design when cn => filed >= options.DesignLongTermFrom ? options.DesignTermYears : options.DesignTermYearsBefore,
            _ => null,
        };
        return years is { } y ? filed.AddYears(y) : null;
    }

    public static LegalStatusOutcome Compute(LegalStatusInput input, DateOnly asOf, LegalStatusOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var notes = new List<string>();
        var termEnds = TermEnd(input.ApplicationCountry, input.Type, input.ApplicationDate, options);
        if (termEnds is null)
        {
            notes.Add("无适用的保护期限规则 (no term rule for this country and patent type): 不按期限届满判断。");
        }

        // The recorded events, plus the application and the grant publication when no event states them.
        var all = input.Events.Select(e => (Event: e, Kind: Classify(e.Code, e.Description), Derived: false)).ToList();
        if (input.GrantDate is { } grantDate && !all.Any(e => e.Kind == LegalEventKind.Grant))
        {
            all.Add((new LegalEvent(grantDate, "GRANT", "授权公告"), LegalEventKind.Grant, true));
        }

        all = [.. all.OrderBy(e => e.Event.Date).ThenBy(e => e.Kind == LegalEventKind.Grant ? 0 : 1)];
        var firstGrant = all.Where(e => e.Kind == LegalEventKind.Grant).Select(e => (DateOnly?)e.Event.Date).FirstOrDefault();
        if (input.ApplicationDate is null && all.Count > 0)
        {
            notes.Add("缺少申请日 (no filing date): 仅按事件判断。");
        }

        var steps = new Step[all.Count];
        for (var i = 0; i < all.Count; i++)
        {
            steps[i] = new Step(all[i].Event.Date, EffectiveOn(all[i].Event.Date, all[i].Kind, input.ApplicationDate, firstGrant, options), all[i].Kind, i);
        }

        var changes = new HashSet<int>();
        var (status, since) = Run(input.ApplicationDate, all.Count > 0, termEnds, firstGrant, steps, asOf, changes, notes);
        var termEvent = termEnds is { } end && firstGrant is not null ? new LegalEvent(end, "TERM_END", "保护期限届满") : null;

        var timeline = new List<ClassifiedEvent>();
        if (input.ApplicationDate is { } applied)
        {
            timeline.Add(new ClassifiedEvent(new LegalEvent(applied, "APPLICATION", "申请"), LegalEventKind.Unknown, applied <= asOf, false, true));
        }

        timeline.AddRange(all.Select((e, i) => new ClassifiedEvent(e.Event, e.Kind, EffectiveOn(e.Event.Date, e.Kind, input.ApplicationDate, firstGrant, options) <= asOf, changes.Contains(i), e.Derived)));
        if (termEvent is not null)
        {
            timeline.Add(new ClassifiedEvent(termEvent, LegalEventKind.Expiry, termEvent.Date <= asOf, changes.Contains(TermIndex), true));
        }

        var effective = all.Where(e => !e.Derived && e.Event.Date <= asOf).Select(e => (e.Event, e.Kind)).ToList();
        return new LegalStatusOutcome(
            status,
            since,
            termEnds,
            [.. timeline.OrderBy(t => t.Event.Date)],
            effective.Where(e => e.Kind == LegalEventKind.Transfer).Select(e => new ClassifiedEvent(e.Event, e.Kind, true, false, false)).ToList(),
            Open(effective, LegalEventKind.LicenceRecorded, LegalEventKind.LicenceEnded),
            Open(effective, LegalEventKind.PledgeRegistered, LegalEventKind.PledgeReleased),
            notes);
    }

    /// <summary>An event already classified: what the status pass of the indicators reads.</summary>
    internal readonly record struct KindedEvent(DateOnly Date, LegalEventKind Kind);

    /// <summary>
    /// The status alone, for passes over every patent (the indicators): the same state machine as
    /// <see cref="Compute"/>, without the timeline, the notes or any allocation beyond <paramref name="buffer"/>.
    /// <paramref name="events"/> are in recorded order (the order <see cref="Compute"/> receives them).
    /// </summary>
    public static LegalStatusCode StatusOn(string applicationCountry, PatentType type, DateOnly? applicationDate, DateOnly? grantDate,
        ReadOnlySpan<KindedEvent> events, DateOnly asOf, LegalStatusOptions options, ref Step[] buffer)
    {
        ArgumentNullException.ThrowIfNull(options);
        DateOnly? firstGrant = null;
        var relevant = 0;
        foreach (var e in events)
        {
            if (e.Kind == LegalEventKind.Grant && (firstGrant is null || e.Date < firstGrant))
            {
                firstGrant = e.Date;
            }

            relevant += ChangesStatus(e.Kind) ? 1 : 0;
        }

        var derivedGrant = firstGrant is null && grantDate is not null;
        if (derivedGrant)
        {
            firstGrant = grantDate;
            relevant++;
        }

        if (buffer.Length < relevant)
        {
            buffer = new Step[Math.Max(relevant, buffer.Length * 2)];
        }

        // Events that change nothing in the state machine (transfers, licences, publications …) are left out:
        // the term check they would trigger runs again at the next event and at the end, with the same result.
        var n = 0;
        for (var i = 0; i < events.Length; i++)
        {
            if (ChangesStatus(events[i].Kind))
            {
                buffer[n++] = new Step(events[i].Date, EffectiveOn(events[i].Date, events[i].Kind, applicationDate, firstGrant, options), events[i].Kind, i);
            }
        }

        if (derivedGrant)
        {
            buffer[n++] = new Step(grantDate!.Value, grantDate.Value, LegalEventKind.Grant, events.Length);
        }

        var term = TermEnd(applicationCountry, type, applicationDate, options);
        return Run(applicationDate, events.Length > 0 || derivedGrant, term, firstGrant, buffer.AsSpan(0, n), asOf, null, null).Status;
    }

    /// <summary>One event in the state machine: its date, the day it takes effect, what it does, and its position among the events.</summary>
    internal readonly record struct Step(DateOnly Date, DateOnly On, LegalEventKind Kind, int Index);

    private const int TermIndex = -1;

    private static bool ChangesStatus(LegalEventKind kind) => kind is LegalEventKind.Grant or LegalEventKind.LapseNonPayment or LegalEventKind.Restoration
        or LegalEventKind.Invalidation or LegalEventKind.Surrender or LegalEventKind.Expiry or LegalEventKind.Withdrawal or LegalEventKind.Rejection;

    /// <summary>The day an event takes effect: its date, except a lapse without the grace period (from the annuity due date).</summary>
    private static DateOnly EffectiveOn(DateOnly date, LegalEventKind kind, DateOnly? filed, DateOnly? firstGrant, LegalStatusOptions options) =>
        kind == LegalEventKind.LapseNonPayment ? LapseEffective(date, filed, firstGrant, options) : date;

    /// <summary>
    /// The state machine: events in the order they take effect (a grant first on its day, then by date and
    /// position), up to the reference date; then the end of term. Records the positions of the events that
    /// changed the status (<see cref="TermIndex"/> for the end of term) when asked.
    /// </summary>
    private static (LegalStatusCode Status, DateOnly? Since) Run(DateOnly? filed, bool hasEvents, DateOnly? termEnds, DateOnly? firstGrant, Span<Step> steps, DateOnly asOf, HashSet<int>? changes, List<string>? notes)
    {
        steps.Sort(static (a, b) =>
        {
            var c = a.On.CompareTo(b.On);
            if (c == 0)
            {
                c = (a.Kind == LegalEventKind.Grant ? 0 : 1).CompareTo(b.Kind == LegalEventKind.Grant ? 0 : 1);
            }

            if (c == 0)
            {
                c = a.Date.CompareTo(b.Date);
            }

            return c != 0 ? c : a.Index.CompareTo(b.Index);
        });

        var status = LegalStatusCode.Unknown;
        DateOnly? since = null;
        if (filed is { } f)
        {
            (status, since) = asOf < f ? (LegalStatusCode.NotYetFiled, (DateOnly?)null) : (LegalStatusCode.Pending, f);
        }
        else if (hasEvents)
        {
            status = LegalStatusCode.Pending;
        }

        void Set(LegalStatusCode s, DateOnly from, int cause)
        {
            status = s;
            since = from;
            changes?.Add(cause);
        }

        var term = termEnds is { } end && firstGrant is not null ? end : (DateOnly?)null;
        foreach (var step in steps)
        {
            if (step.On > asOf || status == LegalStatusCode.NotYetFiled)
            {
                break;
            }

            if (status == LegalStatusCode.InForce && term is { } t && step.On >= t)
            {
                Set(LegalStatusCode.Expired, t, TermIndex);
            }

            switch (step.Kind)
            {
                case LegalEventKind.Grant when status == LegalStatusCode.Pending:
                    Set(LegalStatusCode.InForce, step.Date, step.Index);
                    break;
                case LegalEventKind.LapseNonPayment when status == LegalStatusCode.InForce:
                    Set(LegalStatusCode.LapsedNonPayment, step.On, step.Index);
                    break;
                case LegalEventKind.Withdrawal when status == LegalStatusCode.Pending:
                    Set(LegalStatusCode.Withdrawn, step.Date, step.Index);
                    break;
                case LegalEventKind.Rejection when status == LegalStatusCode.Pending:
                    Set(LegalStatusCode.Rejected, step.Date, step.Index);
                    break;
                case LegalEventKind.Restoration when status == LegalStatusCode.LapsedNonPayment:
                    // 恢复权利: the right continues as if it had not lapsed.
                    Set(LegalStatusCode.InForce, firstGrant ?? step.Date, step.Index);
                    break;
                case LegalEventKind.Restoration when status is LegalStatusCode.Withdrawn or LegalStatusCode.Rejected:
                    // 恢复权利 after 视为撤回, or a rejection set aside on re-examination: the application is pending again.
                    Set(LegalStatusCode.Pending, filed ?? step.Date, step.Index);
                    break;
                case LegalEventKind.Restoration:
                    notes?.Add(string.Create(CultureInfo.InvariantCulture, $"{step.Date:yyyy-MM-dd} 的恢复事件之前没有可恢复的失效 (restoration without a preceding lapse or withdrawal): 已忽略。"));
                    break;
                case LegalEventKind.Invalidation when IsLive(status):
                    Set(LegalStatusCode.Invalidated, step.Date, step.Index);
                    break;
                case LegalEventKind.Surrender when IsLive(status):
                    Set(status == LegalStatusCode.Pending ? LegalStatusCode.Withdrawn : LegalStatusCode.Surrendered, step.Date, step.Index);
                    break;
                case LegalEventKind.Expiry when status == LegalStatusCode.InForce:
                    Set(LegalStatusCode.Expired, step.Date, step.Index);
                    break;
            }
        }

        if (status == LegalStatusCode.InForce && term is { } last && asOf >= last)
        {
            Set(LegalStatusCode.Expired, last, TermIndex);
        }

        return (status, since);
    }

    private static bool IsLive(LegalStatusCode status) => status is LegalStatusCode.Pending or LegalStatusCode.InForce;

    private static DateOnly LapseEffective(DateOnly announced, DateOnly? filed, DateOnly? granted, LegalStatusOptions options)
    {
        if (options.GracePeriodCountsAsValid || filed is not { } f)
        {
            return announced;
        }

        // The annuity falls due on the filing-date anniversary; unpaid, the right ends from that day.
        var due = f.AddYears(announced.Year - f.Year);
        if (due > announced)
        {
            due = due.AddYears(-1);
        }

        return granted is { } g && due < g ? g : due;
    }

    /// <summary>Registrations not ended on the date: an end closes the one with the same reference, else the oldest open one.</summary>
    private static List<ClassifiedEvent> Open(List<(LegalEvent Event, LegalEventKind Kind)> effective, LegalEventKind start, LegalEventKind end)
    {
        var open = new List<LegalEvent>();
        foreach (var (e, kind) in effective)
        {
            if (kind == start)
            {
                open.Add(e);
            }
            else if (kind == end && open.Count > 0)
            {
                var reference = ReferenceOf(e);
                var match = reference is null ? null : open.FirstOrDefault(o => ReferenceOf(o) == reference);
                open.Remove(match ?? open[0]);
            }
        }

        return open.Select(e => new ClassifiedEvent(e, start, true, false, false)).ToList();
    }

    internal static string? ReferenceOf(LegalEvent e)
    {
        var m = Reference().Match(e.Code + " " + e.Description);
        return m.Success ? m.Groups["ref"].Value.ToUpperInvariant() : null;
    }
}

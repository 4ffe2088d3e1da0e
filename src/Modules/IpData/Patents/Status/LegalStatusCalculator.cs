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

        // The day an event takes effect: its date, except a lapse without the grace period (from the annuity due date).
        DateOnly EffectiveOn(LegalEvent e, LegalEventKind kind) =>
            kind == LegalEventKind.LapseNonPayment ? LapseEffective(e.Date, input.ApplicationDate, firstGrant, options) : e.Date;

        var status = LegalStatusCode.Unknown;
        DateOnly? since = null;
        var changes = new HashSet<LegalEvent>(ReferenceEqualityComparer.Instance);
        if (input.ApplicationDate is { } filed)
        {
            (status, since) = asOf < filed ? (LegalStatusCode.NotYetFiled, (DateOnly?)null) : (LegalStatusCode.Pending, filed);
        }
        else if (all.Count > 0)
        {
            status = LegalStatusCode.Pending;
            notes.Add("缺少申请日 (no filing date): 仅按事件判断。");
        }

        void Set(LegalStatusCode s, DateOnly from, LegalEvent cause)
        {
            status = s;
            since = from;
            changes.Add(cause);
        }

        var termEvent = termEnds is { } end && firstGrant is not null ? new LegalEvent(end, "TERM_END", "保护期限届满") : null;
        var ordered = all.Select(x => (x.Event, x.Kind, On: EffectiveOn(x.Event, x.Kind))).OrderBy(x => x.On).ThenBy(x => x.Kind == LegalEventKind.Grant ? 0 : 1);
        foreach (var (e, kind, on) in ordered.Where(x => x.On <= asOf && status != LegalStatusCode.NotYetFiled))
        {
            if (status == LegalStatusCode.InForce && termEvent is not null && on >= termEvent.Date)
            {
                Set(LegalStatusCode.Expired, termEvent.Date, termEvent);
            }

            switch (kind)
            {
                case LegalEventKind.Grant when status == LegalStatusCode.Pending:
                    Set(LegalStatusCode.InForce, e.Date, e);
                    break;
                case LegalEventKind.LapseNonPayment when status == LegalStatusCode.InForce:
                    Set(LegalStatusCode.LapsedNonPayment, on, e);
                    break;
                case LegalEventKind.Withdrawal when status == LegalStatusCode.Pending:
                    Set(LegalStatusCode.Withdrawn, e.Date, e);
                    break;
                case LegalEventKind.Rejection when status == LegalStatusCode.Pending:
                    Set(LegalStatusCode.Rejected, e.Date, e);
                    break;
                case LegalEventKind.Restoration when status == LegalStatusCode.LapsedNonPayment:
                    // 恢复权利: the right continues as if it had not lapsed.
                    Set(LegalStatusCode.InForce, firstGrant ?? e.Date, e);
                    break;
                case LegalEventKind.Restoration when status is LegalStatusCode.Withdrawn or LegalStatusCode.Rejected:
                    // 恢复权利 after 视为撤回, or a rejection set aside on re-examination: the application is pending again.
                    Set(LegalStatusCode.Pending, input.ApplicationDate ?? e.Date, e);
                    break;
                case LegalEventKind.Restoration:
                    notes.Add(string.Create(CultureInfo.InvariantCulture, $"{e.Date:yyyy-MM-dd} 的恢复事件之前没有可恢复的失效 (restoration without a preceding lapse or withdrawal): 已忽略。"));
                    break;
                case LegalEventKind.Invalidation when IsLive(status):
                    Set(LegalStatusCode.Invalidated, e.Date, e);
                    break;
                case LegalEventKind.Surrender when IsLive(status):
                    Set(status == LegalStatusCode.Pending ? LegalStatusCode.Withdrawn : LegalStatusCode.Surrendered, e.Date, e);
                    break;
                case LegalEventKind.Expiry when status == LegalStatusCode.InForce:
                    Set(LegalStatusCode.Expired, e.Date, e);
                    break;
            }
        }

        if (status == LegalStatusCode.InForce && termEvent is not null && asOf >= termEvent.Date)
        {
            Set(LegalStatusCode.Expired, termEvent.Date, termEvent);
        }

        var timeline = new List<ClassifiedEvent>();
        if (input.ApplicationDate is { } applied)
        {
            timeline.Add(new ClassifiedEvent(new LegalEvent(applied, "APPLICATION", "申请"), LegalEventKind.Unknown, applied <= asOf, false, true));
        }

        timeline.AddRange(all.Select(e => new ClassifiedEvent(e.Event, e.Kind, EffectiveOn(e.Event, e.Kind) <= asOf, changes.Contains(e.Event), e.Derived)));
        if (termEvent is not null)
        {
            timeline.Add(new ClassifiedEvent(termEvent, LegalEventKind.Expiry, termEvent.Date <= asOf, changes.Contains(termEvent), true));
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

    private static string? ReferenceOf(LegalEvent e)
    {
        var m = Reference().Match(e.Code + " " + e.Description);
        return m.Success ? m.Groups["ref"].Value.ToUpperInvariant() : null;
    }
}

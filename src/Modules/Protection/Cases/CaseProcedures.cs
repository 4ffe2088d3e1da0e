using IpCity.Protection.Contracts;

namespace IpCity.Protection.Cases;

/// <summary>
/// One case type's procedure (DOMAIN.md §7): its name, the handlers it needs, the time-limit rules of its
/// filing decision and of its decision, whether anonymous reports are allowed, and whether it counts for the
/// closure rate (§1.5 scope). Moves are the same table for every type, minus what the type does not have.
/// </summary>
internal sealed record Procedure(
    string Type,
    int HandlersRequired,
    bool OddHandlers,
    string FilingRule,
    string? DecisionRule,
    string? ExtensionRule,
    bool Penalty,
    bool Dispute,
    bool AnonymousAllowed,
    bool InClosureRate)
{
    public string Name => CaseTypes.Name(Type);
}

internal static class CaseProcedures
{
    private static readonly Dictionary<string, Procedure> s_all = new Procedure[]
    {
        // 专利法 §65, 《专利行政执法办法》: 立案 within 5 working days, 3 or more handlers (odd), 3 months + 1.
        new(CaseTypes.PatentInfringementAdjudication, 3, true, TimeLimits.AdjudicationFilingDecision, TimeLimits.AdjudicationHearingLimit, TimeLimits.AdjudicationExtension, false, true, false, true),
        // §7.4: the respondent's statement within 15 days decides 立案 or 不予立案; no statutory handling limit.
        new(CaseTypes.PatentDisputeMediation, 1, false, TimeLimits.MediationStatementPeriod, null, null, false, true, false, true),
        new(CaseTypes.TrademarkDisputeMediation, 1, false, TimeLimits.MediationStatementPeriod, null, null, false, true, false, true),
        // §7.2 (SAMR procedure): 15 working days to 立案, 90 days + 30 to decide, two enforcement officers (行政处罚法 §42).
        new(CaseTypes.PatentCounterfeiting, 2, false, TimeLimits.PenaltyLeadToFiling, TimeLimits.PenaltyDecisionLimit, TimeLimits.PenaltyFirstExtension, true, false, true, true),
        new(CaseTypes.TrademarkInfringement, 2, false, TimeLimits.PenaltyLeadToFiling, TimeLimits.PenaltyDecisionLimit, TimeLimits.PenaltyFirstExtension, true, false, true, true),
        new(CaseTypes.AgencyViolation, 2, false, TimeLimits.PenaltyLeadToFiling, TimeLimits.PenaltyDecisionLimit, TimeLimits.PenaltyFirstExtension, true, false, true, false),
        new(CaseTypes.Other, 1, false, TimeLimits.PenaltyLeadToFiling, null, null, false, false, false, false),
    }.ToDictionary(p => p.Type, StringComparer.Ordinal);

    public static IReadOnlyCollection<Procedure> All => s_all.Values;

    public static Procedure? Find(string type) => s_all.GetValueOrDefault(type);

    public static string StateName(string state) => CaseStates.Name(state);

    public static string ClosureName(string? mode) => ClosureModes.Name(mode);

    /// <summary>The state an action leads to from <paramref name="state"/> for the procedure, or null when the move is not allowed.</summary>
    public static string? Next(Procedure p, string state, string action) => (state, action) switch
    {
        (CaseStates.Intake, CaseActions.File) => CaseStates.Filed,
        (CaseStates.Intake, CaseActions.Refuse) => CaseStates.NotFiled,
        (CaseStates.Filed, CaseActions.Investigate) => CaseStates.Investigation,
        (CaseStates.Investigation, CaseActions.Notify) when !p.Dispute || p.DecisionRule is not null => CaseStates.Notification,
        (CaseStates.Investigation, CaseActions.Decide) when p.Dispute && p.DecisionRule is not null => CaseStates.Decided,
        (CaseStates.Notification, CaseActions.Decide) => CaseStates.Decided,
        (CaseStates.Investigation or CaseStates.Notification, CaseActions.Mediate) when p.Dispute => CaseStates.Decided,
        (CaseStates.Decided, CaseActions.Execute) when p.Penalty => CaseStates.Execution,
        (CaseStates.Decided or CaseStates.Execution, CaseActions.Close) => CaseStates.Closed,
        (CaseStates.Filed or CaseStates.Investigation or CaseStates.Notification or CaseStates.Suspended, CaseActions.Withdraw) when p.Dispute => CaseStates.Closed,
        (CaseStates.Filed or CaseStates.Investigation or CaseStates.Notification or CaseStates.Suspended, CaseActions.Cancel) => CaseStates.Closed,
        (CaseStates.Filed or CaseStates.Investigation or CaseStates.Notification, CaseActions.Refer) => CaseStates.Closed,
        (CaseStates.Filed or CaseStates.Investigation or CaseStates.Notification, CaseActions.Suspend) => CaseStates.Suspended,
        (CaseStates.Filed or CaseStates.Investigation or CaseStates.Notification or CaseStates.Suspended, CaseActions.Extend) when p.ExtensionRule is not null => state,
        _ => null,
    };

    private static readonly string[] s_moves =
    [
        CaseActions.File, CaseActions.Refuse, CaseActions.Investigate, CaseActions.Notify, CaseActions.Decide, CaseActions.Mediate, CaseActions.Execute,
        CaseActions.Close, CaseActions.Withdraw, CaseActions.Cancel, CaseActions.Refer, CaseActions.Suspend, CaseActions.Extend,
    ];

    /// <summary>The moves open from a state (Resume only, and first, from a suspension: it is not in the move table).</summary>
    public static IReadOnlyList<string> Allowed(Procedure p, string state) =>
        [.. state == CaseStates.Suspended ? [CaseActions.Resume] : Array.Empty<string>(), .. s_moves.Where(a => Next(p, state, a) is not null)];
}

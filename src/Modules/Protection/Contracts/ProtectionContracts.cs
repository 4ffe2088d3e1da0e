namespace IpCity.Protection.Contracts;

/// <summary>Case types of the protection register (DOMAIN.md §7; Outline 五).</summary>
public static class CaseTypes
{
    /// <summary>专利侵权纠纷行政裁决 (DOMAIN.md §7.3).</summary>
    public const string PatentInfringementAdjudication = "PatentInfringementAdjudication";

    /// <summary>专利纠纷调解 (§7.4).</summary>
    public const string PatentDisputeMediation = "PatentDisputeMediation";

    /// <summary>假冒专利 (行政处罚, §7.2).</summary>
    public const string PatentCounterfeiting = "PatentCounterfeiting";

    /// <summary>商标侵权 (行政处罚, §7.5).</summary>
    public const string TrademarkInfringement = "TrademarkInfringement";

    /// <summary>商标纠纷调解 (§7.4, 商标法 §60).</summary>
    public const string TrademarkDisputeMediation = "TrademarkDisputeMediation";

    /// <summary>专利/商标代理违法 (行政处罚, §7.2).</summary>
    public const string AgencyViolation = "AgencyViolation";

    public const string Other = "Other";

    public static readonly IReadOnlyList<string> All =
        [PatentInfringementAdjudication, PatentDisputeMediation, PatentCounterfeiting, TrademarkInfringement, TrademarkDisputeMediation, AgencyViolation, Other];

    public static string Name(string type) => type switch
    {
        PatentInfringementAdjudication => "专利侵权纠纷行政裁决",
        PatentDisputeMediation => "专利纠纷调解",
        PatentCounterfeiting => "假冒专利",
        TrademarkInfringement => "商标侵权",
        TrademarkDisputeMediation => "商标纠纷调解",
        AgencyViolation => "专利/商标代理违法",
        Other => "其他",
        _ => type,
    };
}

/// <summary>
/// Who acts on the protection register, from the sign-in claims: role, unit (district officers see their unit's
/// cases only), enterprise (an Enterprise account sees only cases and records where it is a party) and labels
/// (confidential cases also need <see cref="IpCity.BuildingBlocks.Security.Labels.Confidential"/>).
/// </summary>
public sealed record ProtectionActor(string Name, string Role, string? UnitCode, string? EnterpriseCode, IReadOnlyList<string> Labels)
{
    public static ProtectionActor From(System.Security.Claims.ClaimsPrincipal user)
    {
        var a = IpCity.BuildingBlocks.Security.Actor.From(user);
        return new ProtectionActor(a.Name, a.Role, a.UnitCode, a.EnterpriseCode, a.Labels);
    }

    public bool IsCity => Role == IpCity.BuildingBlocks.Security.Roles.CityOfficer;

    public bool IsDistrict => Role == IpCity.BuildingBlocks.Security.Roles.DistrictOfficer;

    public bool IsEnterprise => Role == IpCity.BuildingBlocks.Security.Roles.Enterprise;

    public bool IsOfficer => Role is IpCity.BuildingBlocks.Security.Roles.CityOfficer or IpCity.BuildingBlocks.Security.Roles.DistrictOfficer or IpCity.BuildingBlocks.Security.Roles.DeptOfficer;

    public bool Holds(string label) => Labels.Contains(label, StringComparer.Ordinal);
}

/// <summary>How a time limit is counted (DOMAIN.md §7.1).</summary>
public enum PeriodUnit
{
    /// <summary>工作日: Saturdays, Sundays and statutory holidays excluded, 调休 working weekend days included.</summary>
    WorkingDays,

    /// <summary>日: calendar days, the start day not counted; a last day that is not a working day moves to the next working day.</summary>
    Days,

    /// <summary>月: the same date of the target month (its last day when that date does not exist).</summary>
    Months,
}

public sealed record Period(int Amount, PeriodUnit Unit);

/// <summary>A closed interval of days (both ends included), e.g. a clock stop for 鉴定.</summary>
public sealed record DayRange(DateOnly From, DateOnly To);

/// <summary>A time limit to compute: from <see cref="Start"/> (not counted), the period, then approved extensions, skipping clock stops.</summary>
public sealed record DeadlineRequest(DateOnly Start, Period Period, IReadOnlyList<DayRange>? ClockStops = null, IReadOnlyList<Period>? Extensions = null);

/// <summary>
/// The due date with the explanation the UI shows (one line per step, zh-CN), and the years the calculation
/// needed but whose holiday calendar is not loaded (the result is then flagged, never guessed silently).
/// </summary>
public sealed record DeadlineResult(DateOnly Due, IReadOnlyList<string> Trail, IReadOnlyList<int> MissingCalendarYears)
{
    public bool CalendarMissing => MissingCalendarYears.Count > 0;
}

/// <summary>Working-day arithmetic over the yearly holiday calendar the city office maintains.</summary>
public interface IDeadlineCalculator
{
    Task<DeadlineResult> ComputeAsync(DeadlineRequest request, CancellationToken ct = default);

    /// <summary>True on a working day (weekday not a holiday, or a 调休 working weekend day); null when the day's year has no calendar.</summary>
    Task<bool?> IsWorkingDayAsync(DateOnly day, CancellationToken ct = default);
}

/// <summary>A configurable time limit (DOMAIN.md §7.6), e.g. "Adjudication.FilingDecision" = 5 working days, CONFIRMED.</summary>
public sealed record TimeLimitRuleDto(string Name, int Amount, PeriodUnit Unit, string Status, string Label, string? Source, DateOnly EffectiveFrom, string? Note)
{
    public Period Period => new(Amount, Unit);
}

/// <summary>
/// A new version of a time limit from <see cref="EffectiveFrom"/>. <see cref="Status"/> (CONFIRMED / UNCONFIRMED) and
/// <see cref="Source"/> are kept from the version before when left out.
/// </summary>
public sealed record SetTimeLimitRequest(int Amount, PeriodUnit Unit, DateOnly EffectiveFrom, string? Note, string? Status = null, string? Source = null);

/// <summary>The time-limit rules, versioned by effective date; preloaded with DOMAIN.md §7.6 defaults and their status.</summary>
public interface ITimeLimitRules
{
    /// <summary>The rule in force on <paramref name="asOf"/>; 404 TIME_LIMIT_UNKNOWN for an unknown name.</summary>
    Task<TimeLimitRuleDto> GetAsync(string name, DateOnly asOf, CancellationToken ct = default);

    Task<IReadOnlyList<TimeLimitRuleDto>> ListAsync(DateOnly? asOf = null, CancellationToken ct = default);

    /// <summary>A new version of a rule from a date on (CityOfficer); earlier versions kept, the change audited.</summary>
    Task<TimeLimitRuleDto> SetAsync(string name, SetTimeLimitRequest request, CancellationToken ct = default);
}

/// <summary>Well-known time-limit rule names (DOMAIN.md §7.6).</summary>
public static class TimeLimits
{
    public const string PenaltyLeadToFiling = "Penalty.LeadToFiling";
    public const string PenaltyLeadToFilingExtension = "Penalty.LeadToFilingExtension";
    public const string PenaltyDecisionLimit = "Penalty.DecisionLimit";
    public const string PenaltyFirstExtension = "Penalty.FirstExtension";
    public const string PenaltyLegalReview = "Penalty.LegalReview";
    public const string PenaltyStatementPeriod = "Penalty.StatementPeriod";
    public const string PenaltyPreservationDecision = "Penalty.PreservationDecision";
    public const string PenaltySeizureLimit = "Penalty.SeizureLimit";
    public const string PenaltySeizureExtension = "Penalty.SeizureExtension";
    public const string PenaltyPaymentPeriod = "Penalty.PaymentPeriod";
    public const string AdjudicationFilingDecision = "Adjudication.FilingDecision";
    public const string AdjudicationRespondentServicePeriod = "Adjudication.RespondentServicePeriod";
    public const string AdjudicationAnswerPeriod = "Adjudication.AnswerPeriod";
    public const string AdjudicationHearingLimit = "Adjudication.HearingLimit";
    public const string AdjudicationExtension = "Adjudication.Extension";
    public const string AdjudicationAppealPeriod = "Adjudication.AppealPeriod";
    public const string MediationStatementPeriod = "Mediation.StatementPeriod";
}

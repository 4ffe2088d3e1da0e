using IpCity.Protection.Contracts;
using IpCity.Protection.Domain;

namespace IpCity.Protection.Cases;

/// <summary>
/// The time limits of a case as it stands, from the configurable rules (DOMAIN.md §7.6) and the working-day
/// calendar: the filing decision while in intake, the decision limit (clock stops and approved extensions
/// applied) while open, the statement period after 告知, the payment period after a fine, the appeal period
/// after an adjudication. All dates are Beijing dates.
/// </summary>
internal sealed class CaseDeadlines
{
    /// <summary>Days before a due date from which an open time limit shows as a reminder.</summary>
    public const int ReminderDays = 7;

    private readonly IDeadlineCalculator _calculator;
    private readonly ITimeLimitRules _rules;
    private readonly TimeProvider _clock;

    public CaseDeadlines(IDeadlineCalculator calculator, ITimeLimitRules rules, TimeProvider clock)
    {
        _calculator = calculator;
        _rules = rules;
        _clock = clock;
    }

    public DateOnly Today => DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime.AddHours(8));

    public async Task<IReadOnlyList<CaseDeadlineDto>> ForAsync(ProtectionCase c, Procedure p, CancellationToken ct)
    {
        var today = Today;
        var result = new List<CaseDeadlineDto>();
        if (c.State is CaseStates.Closed or CaseStates.NotFiled)
        {
            return result;
        }

        if (c.State == CaseStates.Intake)
        {
            result.Add(await OneAsync(p.FilingRule, c.ReceivedOn, [], [], today, paused: false, ct));
        }

        if (c.FiledOn is { } filed && p.DecisionRule is { } decision)
        {
            var (stops, extensions) = StopsAndExtensions(c, today);
            result.Add(await OneAsync(decision, filed, stops, extensions, today, paused: c.State == CaseStates.Suspended, ct));
        }

        if (c.State == CaseStates.Notification && p.Penalty && c.NotifiedOn is { } notified)
        {
            result.Add(await OneAsync(TimeLimits.PenaltyStatementPeriod, notified, [], [], today, paused: false, ct));
        }

        if (c.State is CaseStates.Decided or CaseStates.Execution && c.DecidedOn is { } decided)
        {
            if (p.Penalty && c.Fine is > 0)
            {
                result.Add(await OneAsync(TimeLimits.PenaltyPaymentPeriod, decided, [], [], today, paused: false, ct));
            }
            else if (p.Type == CaseTypes.PatentInfringementAdjudication)
            {
                result.Add(await OneAsync(TimeLimits.AdjudicationAppealPeriod, decided, [], [], today, paused: false, ct));
            }
        }

        return result;
    }

    /// <summary>The decision limit of a filed case (null when its procedure has none), clock stops up to <paramref name="asOf"/>.</summary>
    public async Task<DeadlineResult?> DecisionDueAsync(ProtectionCase c, Procedure p, DateOnly asOf, CancellationToken ct)
    {
        if (c.FiledOn is not { } filed || p.DecisionRule is not { } decision)
        {
            return null;
        }

        var (stops, extensions) = StopsAndExtensions(c, asOf);
        var rule = await _rules.GetAsync(decision, filed, ct);
        return await _calculator.ComputeAsync(new DeadlineRequest(filed, rule.Period, stops, extensions), ct);
    }

    /// <summary>Clock stops (an open one runs to <paramref name="asOf"/>) and approved extensions, in order.</summary>
    private static (List<DayRange> Stops, List<Period> Extensions) StopsAndExtensions(ProtectionCase c, DateOnly asOf)
    {
        var stops = c.Suspensions.OrderBy(s => s.From).Select(s => new DayRange(s.From, s.To ?? (asOf > s.From ? asOf : s.From))).ToList();
        var extensions = c.Extensions.OrderBy(e => e.ApprovedOn).Select(e => new Period(e.Amount, Enum.Parse<PeriodUnit>(e.Unit))).ToList();
        return (stops, extensions);
    }

    private async Task<CaseDeadlineDto> OneAsync(string ruleName, DateOnly start, List<DayRange> stops, List<Period> extensions, DateOnly today, bool paused, CancellationToken ct)
    {
        var rule = await _rules.GetAsync(ruleName, start, ct);
        var due = await _calculator.ComputeAsync(new DeadlineRequest(start, rule.Period, stops, extensions), ct);
        var left = due.Due.DayNumber - today.DayNumber;
        var state = paused ? "Paused" : left < 0 ? "Overdue" : left <= ReminderDays ? "Reminder" : "Running";
        return new CaseDeadlineDto(rule.Name, rule.Label, start, due.Due, left, state, due.Trail, due.CalendarMissing);
    }
}

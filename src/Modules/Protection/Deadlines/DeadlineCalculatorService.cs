using IpCity.Protection.Contracts;

namespace IpCity.Protection.Deadlines;

/// <summary><see cref="IDeadlineCalculator"/> over the calendars in the store; the arithmetic is <see cref="DeadlineArithmetic"/>.</summary>
internal sealed class DeadlineCalculatorService : IDeadlineCalculator
{
    private readonly WorkingDayCalendarService _calendars;
    private readonly DeadlineRules _rules;
    private WorkingDayCalendar? _snapshot;

    public DeadlineCalculatorService(WorkingDayCalendarService calendars, DeadlineRules rules)
    {
        _calendars = calendars;
        _rules = rules;
    }

    public async Task<DeadlineResult> ComputeAsync(DeadlineRequest request, CancellationToken ct = default) =>
        DeadlineArithmetic.Compute(request, await SnapshotAsync(ct), _rules);

    public async Task<bool?> IsWorkingDayAsync(DateOnly day, CancellationToken ct = default) =>
        (await SnapshotAsync(ct)).IsWorkingDay(day);

    /// <summary>Read once per scope (a request or a job step): a handler may ask about many days.</summary>
    private async Task<WorkingDayCalendar> SnapshotAsync(CancellationToken ct) => _snapshot ??= await _calendars.SnapshotAsync(ct);
}
